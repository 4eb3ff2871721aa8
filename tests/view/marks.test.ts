import { describe, expect, it } from 'vitest';
import { renderMarked } from '../../src/view/marks.js';
import type { Mark } from '../../src/view/marks.js';

const mark = (start: number, end: number, name: string, layer = 0): Mark => ({
  start,
  end,
  layer,
  attrs: { 'data-m': name },
  partAttrs: { 'data-part': name },
});

describe('renderMarked', () => {
  it('nests a range inside another', () => {
    expect(renderMarked('the Riverside bridge', 0, [mark(4, 20, 'outer'), mark(4, 13, 'inner', 1)])).toBe(
      'the <span data-m="outer"><span data-m="inner">Riverside</span> bridge</span>',
    );
  });

  it('puts the lower layer outside when two ranges cover the same characters', () => {
    expect(renderMarked('Lopez', 0, [mark(0, 5, 'mention', 7), mark(0, 5, 'statement', 2)])).toBe(
      '<span data-m="statement"><span data-m="mention">Lopez</span></span>',
    );
  });

  it('continues a range cut by the end of another in a part element, so each range has one first element', () => {
    // "one two three": A covers "one two", B covers "two three"
    const html = renderMarked('one two three', 0, [mark(0, 7, 'A'), mark(4, 13, 'B')]);
    expect(html).toBe('<span data-m="A">one <span data-m="B">two</span></span><span data-part="B"> three</span>');
  });

  it('places ranges by their offsets in a piece of text that starts later', () => {
    expect(renderMarked('bridge', 100, [mark(100, 106, 'b'), mark(0, 5, 'elsewhere')])).toBe('<span data-m="b">bridge</span>');
  });

  it('escapes the text and the attribute values', () => {
    const hostile: Mark = { start: 0, end: 8, layer: 0, attrs: { title: '"><img src=x onerror=alert(1)>' }, partAttrs: {} };
    expect(renderMarked('<script>alert(1)</script>', 0, [hostile])).toBe(
      '<span title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;</span>alert(1)&lt;/script&gt;',
    );
  });
});
