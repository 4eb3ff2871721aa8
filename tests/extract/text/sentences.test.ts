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

  it('does not split after a quoted question signed with any past-tense verb: “Why?” Kaine demanded', () => {
    expect(split('“Why wait any longer?” Maria Kaine demanded. Nobody answered.')).toEqual([
      '“Why wait any longer?” Maria Kaine demanded.',
      'Nobody answered.',
    ]);
  });

  it('still splits after a quoted question followed by a new sentence about a name', () => {
    expect(split('“Why now?” The Kremlin has no answer.')).toEqual(['“Why now?”', 'The Kremlin has no answer.']);
  });

  it('does not split after a quoted question signed by a name: “Why?” Lavrov asked', () => {
    expect(split('“Why now?” Sergey Lavrov asked. Nobody answered.')).toEqual(['“Why now?” Sergey Lavrov asked.', 'Nobody answered.']);
  });

  it('still splits after a quoted question followed by a new sentence', () => {
    expect(split('“Why now?” The room went quiet.')).toEqual(['“Why now?”', 'The room went quiet.']);
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

  it('reads the headline as sentences of paragraph -1, before the body', () => {
    const text = 'Minister Says Talks Will Resume\n\nThe talks failed. Moscow blamed Washington.';
    const headline = { start: 0, end: 31, text: text.slice(0, 31) };
    const body = { start: 33, end: text.length, text: text.slice(33) };
    const sentences = splitSentences(text, [body], headline);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Minister Says Talks Will Resume', -1],
      ['The talks failed.', 0],
      ['Moscow blamed Washington.', 0],
    ]);
  });

  it('does not read a headline twice when it overlaps a paragraph', () => {
    const text = 'Talks resume in Geneva.';
    expect(splitSentences(text, whole(text), { start: 0, end: text.length, text }).map((s) => s.paragraph)).toEqual([0]);
  });
});
