import { describe, expect, it } from 'vitest';
import { findIssns, issnCheckDigitOk } from '../../src/ingest/issn.js';

describe('issnCheckDigitOk', () => {
  it.each([['2330-717X'], ['0317-8471'], ['1234-5679'], ['12345679']])('accepts %s', (issn) => {
    expect(issnCheckDigitOk(issn)).toBe(true);
  });

  it.each([['2330-7170'], ['1234-5678'], ['1234-567']])('rejects %s', (issn) => {
    expect(issnCheckDigitOk(issn)).toBe(false);
  });
});

describe('findIssns', () => {
  it('finds the number after "ISSN" with its offsets', () => {
    const text = 'ISSN 2330-717X';
    const [found] = findIssns(text);
    expect(found).toMatchObject({ value: '2330-717X', valid: true });
    expect(text.slice(found!.start, found!.end)).toBe('2330-717X');
  });

  it('normalises a lower-case x and a missing hyphen', () => {
    expect(findIssns('ISSN: 2330717x (online)').map((f) => f.value)).toEqual(['2330-717X']);
  });

  it('marks a wrong check digit', () => {
    expect(findIssns('ISSN 2330-7170')[0]?.valid).toBe(false);
  });

  it('ignores numbers without the ISSN label', () => {
    expect(findIssns('Call 2330-717X today')).toEqual([]);
  });
});
