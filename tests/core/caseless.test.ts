import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless, caselessSource } from '../../src/core/caseless.js';

/** Every match of a global pattern: index, captures and named groups. */
function matches(pattern: RegExp, text: string): unknown[] {
  const out: unknown[] = [];
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push([m.index, [...m], m.groups]);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

// Patterns of the kinds the time rules and the tense reader use: word alternations, classes with
// letter ranges and escapes, named groups, lookbehind and lookahead, quantifiers.
const PATTERNS: readonly RegExp[] = [
  /\b(?:every|each) (?:other )?(?<n>\d{1,3}|two|three) (?<u>days?|weeks?)\b(?!-)/gi,
  /(?<=\b(?:in|within) )(?<q>a few|several) (?<u>Months|YEARS)\b(?! (?:of|ago)\b)/gi,
  /\b(?:was|were|[a-z]{2,}[^e\W]ed|[a-z]+ied)\b/gi,
  /^(?:\s+(?:be|not|[a-z]+ly)\b)*\s+(?:[a-z]+(?:ed|en)|last)\b/i,
  /\bQ(?<q>[1-4])(?:[ -]?(?<y>20\d\d|['’]\d\d))?\b/gi,
  /[^a-f0-9\s]+|[K-Nx-z_]{2}/gi,
  /\b(?:Sept|Sep|Oct)\.? (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b/gi,
];

// Letters in both cases, the characters whose case mapping reaches ASCII (Kelvin sign, dotless i,
// long s, dotted capital I), accented letters, digits, spaces and punctuation.
const ALPHABET = [
  ...'aAbBdDeEfFiIkKlLmMnNoOqQrRsStTuUwWxXyYzZ',
  'K',
  'ı',
  'ſ',
  'İ',
  'é',
  'É',
  ...'0123456789',
  ' ',
  ' ',
  '-',
  '’',
  "'",
  '.',
  '_',
];
const WORDS = ['every', 'Each', 'OTHER', 'two', 'Three', 'days', 'WEEK', 'in', 'within', 'a few', 'several', 'months', 'Years', 'was'];
const WORDS_MORE = ['were', 'tried', 'worked', 'agreed', 'be', 'not', 'really', 'last', 'q3', 'Q4', '2021', 'sept.', 'OCT', '3rd', '21st'];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ALPHABET),
      fc.constantFrom(...WORDS, ...WORDS_MORE).map((w) => ` ${w} `),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('caseless', () => {
  it('writes each literal letter as a class of its two cases and widens classes, keeping escapes, groups and quantifiers', () => {
    expect(caselessSource('every')).toBe('[eE][vV][eE][rR][yY]');
    expect(caselessSource('[a-z]{2,}[^e\\W]ed')).toBe('[a-zA-Z]{2,}[^e\\WE][eE][dD]');
    expect(caselessSource('(?<q>\\d+)\\b(?!-)(?<=\\s)')).toBe('(?<q>\\d+)\\b(?!-)(?<=\\s)');
    expect(caselessSource('[K-N0-9’]')).toBe('[K-N0-9’k-n]');
  });

  it('finds what the case-insensitive pattern finds, on any text', () => {
    for (const pattern of PATTERNS) {
      const rewritten = caseless(pattern);
      expect(rewritten.flags).not.toContain('i');
      fc.assert(
        fc.property(text, (t) => {
          expect(matches(rewritten, t)).toEqual(matches(pattern, t));
        }),
        { seed: 20261208, numRuns: 300 },
      );
    }
  });

  it('still matches "Every", "EVERY" and "every", and not the Kelvin sign for k', () => {
    const week = caseless(/\bevery week\b/gi);
    expect('Every week, EVERY WEEK, every week'.match(week)).toEqual(['Every week', 'EVERY WEEK', 'every week']);
    expect(caseless(/\bkm\b/i).test('\u212Am')).toBe(false);
  });

  it('returns a pattern without the i flag as it is', () => {
    const pattern = /Monday/g;
    expect(caseless(pattern)).toBe(pattern);
  });

  it.each([
    [/(a)\1/i, 'backreference'],
    [/(?<a>x)\k<a>/i, 'named backreference'],
    [/\u0041/i, 'unicode escape'],
    [/café/i, 'letter outside ASCII'],
    [/[ -~]/i, 'range across letters'],
    [/\p{L}/iu, 'u flag'],
  ])('refuses %s (%s) when the pattern is defined', (pattern) => {
    expect(() => caseless(pattern)).toThrow(/caseless/);
  });
});
