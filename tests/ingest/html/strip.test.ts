import { describe, expect, it } from 'vitest';
import { stripRawText } from '../../../src/ingest/html/index.js';

describe('stripRawText', () => {
  it('removes scripts, styles and comments but keeps the text around them apart', () => {
    const { html } = stripRawText('<p>one<script>var x = "<p>two</p>";</script>three</p><style>p{}</style><!-- four --><p>five</p>');
    expect(html).not.toMatch(/two|four|p\{\}/);
    expect(html).toContain('one three');
    expect(html).toContain('<p>five</p>');
  });

  it('keeps JSON-LD script contents aside, in page order', () => {
    const page =
      '<script type="application/ld+json">{"a":1}</script><script>x()</script><script type=\'application/ld+json\' id="b">{"b":2}</script>';
    expect(stripRawText(page).jsonLd).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('matches tags in any case and a closing tag with spaces', () => {
    expect(stripRawText('<SCRIPT>alert(1)</SCRIPT ><p>kept</p>').html).toBe(' <p>kept</p>');
  });

  it('drops the rest of a page cut off inside a script', () => {
    expect(stripRawText('<p>kept</p><script>var state = {"items": [1, 2').html).toBe('<p>kept</p> ');
  });

  it('drops the rest of a page cut off inside an opening tag or a comment', () => {
    expect(stripRawText('<p>kept</p><script src="a.js').html).toBe('<p>kept</p> ');
    expect(stripRawText('<p>kept</p><!-- never closed').html).toBe('<p>kept</p> ');
  });

  it('drops inline SVG, whose path data can be as large as a script', () => {
    expect(stripRawText('<p>a</p><svg viewBox="0 0 1 1"><path d="M0 0L1 1"/><title>icon</title></svg><p>b</p>').html).toBe(
      '<p>a</p> <p>b</p>',
    );
  });
});
