import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/core/types.js';
import { splitSentences } from '../../../src/extract/text/sentences.js';

const whole = (text: string): Span[] => [{ start: 0, end: text.length, text }];
const split = (text: string): string[] => splitSentences(text, whole(text)).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on a full stop followed by a capital', () => {
    expect(split('The talks failed. Moscow blamed Washington.')).toEqual(['The talks failed.', 'Moscow blamed Washington.']);
  });

  it('does not split after a title or an initial', () => {
    expect(split('Mr. Lavrov met J. Smith in the U.S. capital.')).toEqual(['Mr. Lavrov met J. Smith in the U.S. capital.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('“We are ready.” Then he left.')).toEqual(['“We are ready.”', 'Then he left.']);
  });

  it('does not split before a lower-case continuation: “Why?” he asked', () => {
    expect(split('“Why now?” he asked.')).toEqual(['“Why now?” he asked.']);
  });

  it('does not split before a dash signing a quotation', () => {
    expect(split('“We will win.” ― Jane Doe')).toEqual(['“We will win.” ― Jane Doe']);
  });

  it('keeps a list number with the sentence it opens', () => {
    expect(split('1. It is unlikely that the talks resume. They may.')).toEqual(['1. It is unlikely that the talks resume.', 'They may.']);
  });

  it('keeps offsets into the document and the paragraph index', () => {
    const text = 'First paragraph.\n\nSecond one. Third.';
    const paragraphs: Span[] = [
      { start: 0, end: 16, text: 'First paragraph.' },
      { start: 18, end: text.length, text: 'Second one. Third.' },
    ];
    expect(splitSentences(text, paragraphs)).toEqual([
      { start: 0, end: 16, paragraph: 0 },
      { start: 18, end: 29, paragraph: 1 },
      { start: 30, end: 36, paragraph: 1 },
    ]);
  });
});
