import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/text/tokens.js';

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens in words and splits punctuation', () => {
    expect(tokenize('Russia’s anti-missile plan, he said.').map((t) => t.text)).toEqual([
      'Russia’s',
      'anti-missile',
      'plan',
      ',',
      'he',
      'said',
      '.',
    ]);
  });

  it('keeps the dot of a known abbreviation only', () => {
    expect(tokenize('Mr. Obama left the U.S. early.').map((t) => t.text)).toEqual(['Mr.', 'Obama', 'left', 'the', 'U.S.', 'early', '.']);
  });

  it('gives offsets into the text and a lower-cased form with ASCII apostrophes', () => {
    const text = 'He said: “Don’t.”';
    const tokens = tokenize(text, 3);
    expect(tokens[0]).toEqual({ start: 3, end: 7, text: 'said', lower: 'said' });
    const dont = tokens.find((t) => t.text === 'Don’t');
    expect(dont?.lower).toBe("don't");
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
