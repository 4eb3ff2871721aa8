import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, link, safeHref } from '../../src/view/html.js';

describe('html helpers', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('links only http(s) URLs', () => {
    expect(safeHref('https://www.wikidata.org/entity/Q159')).toBe('https://www.wikidata.org/entity/Q159');
    for (const iri of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'urn:issn:2330-717X',
      'not a url',
    ]) {
      expect(safeHref(iri)).toBeUndefined();
    }
    expect(link('javascript:alert(1)', 'Northport <b>')).toBe('Northport &lt;b&gt;');
    expect(link('https://example.org/a?b="c"', 'x')).toBe('<a href="https://example.org/a?b=%22c%22" rel="noopener noreferrer">x</a>');
  });

  it('writes JSON that cannot close its script element or start a comment', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script><!--', line: '\u2028' });
    expect(json).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script><!--', line: '\u2028' });
  });
});
