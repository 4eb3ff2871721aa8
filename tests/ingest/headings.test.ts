import { describe, expect, it } from 'vitest';
import { isHeadingShape } from '../../src/ingest/headings.js';
import { splitLines } from '../../src/ingest/lines.js';

const line = (text: string) => splitLines(text)[0]!;

describe('isHeadingShape', () => {
  it.each([['Stalemate in missile shield talks'], ['Who does the future of Libya belong to?'], ['FULL TEXT.'], ['1. Background']])(
    'accepts %s',
    (text) => {
      expect(isHeadingShape(line(text))).toBe(true);
    },
  );

  it.each([
    ['The tourists will play nine matches against'],
    ['- a bullet item'],
    ['Russia needs more than just such a course of action.'],
    ['"I am an emotional player," said Tarango. "'],
    ['Q: Why now?'],
    ['LONDON 1996-08-30'],
    ['Totals 1,234 5,678 9,012'],
    ['"Who wins?"'],
    ["Aren't those the very things the founders said they hated about the old system?"],
  ])('rejects %s', (text) => {
    expect(isHeadingShape(line(text))).toBe(false);
  });
});
