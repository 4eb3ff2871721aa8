import { describe, expect, it } from 'vitest';
import { countSentences, endsWithTerminal, firstSentenceEnd, normaliseSpace, trimTrailingPeriod } from '../../src/ingest/text.js';

describe('text helpers', () => {
  it('finds the end of the first sentence past abbreviations', () => {
    const text = 'Mr. Lavrov met U.S. officials in Sochi. They talked.';
    expect(text.slice(0, firstSentenceEnd(text))).toBe('Mr. Lavrov met U.S. officials in Sochi.');
  });

  it('counts sentences', () => {
    expect(countSentences('One. Two! Three?')).toBe(3);
  });

  it('tells a line that ends a sentence', () => {
    expect(endsWithTerminal('He left.”')).toBe(true);
    expect(endsWithTerminal('Stalemate in talks')).toBe(false);
  });

  it('keeps the period of an abbreviation but drops a sentence period', () => {
    expect(trimTrailingPeriod('The Harbour Gazette.')).toBe('The Harbour Gazette');
    expect(trimTrailingPeriod('Harbour Media Inc.')).toBe('Harbour Media Inc.');
    expect(trimTrailingPeriod('the U.S.')).toBe('the U.S.');
  });

  it('collapses whitespace', () => {
    expect(normaliseSpace(' a \r\n b ')).toBe('a b');
  });
});
