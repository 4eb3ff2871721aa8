import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/lines.js';

describe('splitLines', () => {
  it('gives trimmed lines with offsets into the unchanged text', () => {
    const text = '  Headline  \n\nBody line one.\nBody line two.\n';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Headline', 'Body line one.', 'Body line two.']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('treats CRLF, CR and LF alike and leaves the break out of the line', () => {
    const text = 'One\r\nTwo\rThree\nFour';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3, 4]);
    expect(text.slice(lines[0]!.start, lines[0]!.end)).toBe('One');
  });

  it('marks blank lines before and after a line', () => {
    const lines = splitLines('A\r\n\r\nB\nC\n\n\nD');
    expect(lines.map((l) => [l.text, l.gapBefore, l.gapAfter])).toEqual([
      ['A', true, true],
      ['B', true, false],
      ['C', false, true],
      ['D', true, true],
    ]);
  });

  it('counts no-break and zero-width spaces as blank', () => {
    const lines = splitLines('A\n\u00a0\u200b \nB');
    expect(lines.map((l) => l.text)).toEqual(['A', 'B']);
    expect(lines[1]!.gapBefore).toBe(true);
  });

  it('counts words', () => {
    expect(splitLines('Three short words')[0]!.words).toBe(3);
  });
});
