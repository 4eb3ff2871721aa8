import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/ingest/html/dom.js';
import { buildArticleText, repairSkeleton, textBlocks } from '../../../src/ingest/html/index.js';

function blocksOf(body: string): string[] {
  const document = parseDocument(repairSkeleton(`<body>${body}</body>`));
  return textBlocks(document.querySelectorAll('body')[0]!);
}

describe('textBlocks', () => {
  it('gives one block per paragraph with whitespace collapsed', () => {
    expect(blocksOf('<div><p>First   line\n  continues</p>\n<p>Second</p></div>')).toEqual(['First line continues', 'Second']);
  });

  it('keeps inline elements inside their paragraph', () => {
    expect(blocksOf('<p>The <a href="/x">minister</a> <em>said</em> no.</p>')).toEqual(['The minister said no.']);
  });

  it('turns <br> into a line break within the block', () => {
    expect(blocksOf('<p>Line one<br>Line two</p>')).toEqual(['Line one\nLine two']);
  });

  it('decodes entities and drops invisible characters', () => {
    expect(blocksOf('<p>Caf&eacute; &ldquo;open&rdquo; &amp; soft&shy;ware&#8203;</p>')).toEqual(['Café “open” & software']);
  });

  it('separates headings, list items and table rows', () => {
    expect(blocksOf('<h2>Sub</h2><ul><li>One</li><li>Two</li></ul><table><tr><td>a</td><td>b</td></tr></table>')).toEqual([
      'Sub',
      'One',
      'Two',
      'a b',
    ]);
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(blocksOf('<pre>a  b\nc</pre>')).toEqual(['a b\nc']);
  });

  it('walks deeply nested markup without recursion limits', () => {
    expect(blocksOf(`${'<div>'.repeat(5000)}<p>deep</p>${'</div>'.repeat(5000)}`)).toEqual(['deep']);
  });
});

describe('buildArticleText', () => {
  it('puts headline, byline and blocks on paragraphs of their own', () => {
    expect(buildArticleText({ headline: 'Title', byline: 'By A. Writer', blocks: ['One.', 'Two.'] })).toBe(
      'Title\n\nBy A. Writer\n\nOne.\n\nTwo.',
    );
  });

  it('does not repeat a headline the content already starts with', () => {
    expect(buildArticleText({ headline: 'Title', blocks: ['Title', 'Body.'] })).toBe('Title\n\nBody.');
  });

  it('does not repeat a byline the content already prints', () => {
    expect(buildArticleText({ headline: 'Title', byline: 'Jo Bloggs', blocks: ['By Jo Bloggs, Rome', 'Body.'] })).toBe(
      'Title\n\nBy Jo Bloggs, Rome\n\nBody.',
    );
  });
});
