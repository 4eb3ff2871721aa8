import { describe, expect, it } from 'vitest';
import { parseByline, splitAuthorList } from '../../src/ingest/byline.js';

function names(line: string): string[] | undefined {
  const parsed = parseByline(line);
  if (!parsed) return undefined;
  for (const a of parsed.authors) expect(line.slice(a.start, a.end)).toBe(a.value);
  return parsed.authors.map((a) => a.value);
}

describe('parseByline', () => {
  it.each([
    ['By Hassan Beheshtipour', ['Hassan Beheshtipour']],
    ['By Clara Jensen and Tomas Okafor', ['Clara Jensen', 'Tomas Okafor']],
    ['BY JULIE HIRSCHFELD DAVIS, MARK LANDLER and CORAL DAVENPORT', ['JULIE HIRSCHFELD DAVIS', 'MARK LANDLER', 'CORAL DAVENPORT']],
    ['By Jane Doe | March 3, 2024', ['Jane Doe']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['By Jane Doe in Moscow', ['Jane Doe']],
    ['Written by Ursula von der Leyen', ['Ursula von der Leyen']],
    ['By J. R. Smith Jr.', ['J. R. Smith Jr.']],
    ['Maria Santos, Senior Correspondent', ['Maria Santos']],
    ['By The Editorial Board', ['The Editorial Board']],
    ['Benjamin Stone, Harbour Times business reporter', ['Benjamin Stone']],
    ['By JANE DOE March 11, 2015 3:46 PM', ['JANE DOE']],
    ['By Jane Doe Wednesday, 11 March 2015', ['Jane Doe']],
    ['By Theresa May and Jane March', ['Theresa May', 'Jane March']],
    ['3/26/2015 7:11 AM PST BY HARBOUR GAZETTE STAFF', ['HARBOUR GAZETTE']],
    ['By Harbour Times Staff Writer', ['Harbour Times']],
  ])('reads %s', (line, expected) => {
    expect(names(line)).toEqual(expected);
  });

  it('gives where the text after the names starts', () => {
    const line = 'By Jane Doe | March 3, 2024';
    expect(line.slice(parseByline(line)!.restStart)).toBe(' | March 3, 2024');
  });

  it.each([
    ['By then, the talks had collapsed.'],
    ['By Monday'],
    ['By contrast'],
    ['Russia, the correspondent said, had refused.'],
    ['Bystanders fled the square'],
    ['On March 3, 2024 the town was hit by floods'],
    ['By Richard (R.J.) Eskow'],
  ])('does not take %s for a byline', (line) => {
    expect(parseByline(line)).toBeUndefined();
  });
});

describe('splitAuthorList', () => {
  it('splits names and drops what is not a name', () => {
    expect(splitAuthorList('A. Smith, Bea Jones and Carl Diaz')).toEqual(['A. Smith', 'Bea Jones', 'Carl Diaz']);
    expect(splitAuthorList('By JANE DOE. Email: jdoe@example.com,Twitter: @jdoe')).toEqual(['JANE DOE']);
    expect(splitAuthorList('Jane Doe,Sam Roe contributed research.')).toEqual(['Jane Doe', 'Sam Roe']);
  });
});
