import { describe, expect, it } from 'vitest';
import { authorType, isNotAName, isOrganisationName, isPersonName } from '../../src/ingest/names.js';

describe('isPersonName', () => {
  it.each([
    ['Hassan Beheshtipour'],
    ['JULIE HIRSCHFELD DAVIS'],
    ["Sean O'Neill"],
    ['Anne-Marie de la Cruz'],
    ['J. R. Smith'],
    ['Bashar al-Assad'],
  ])('accepts %s', (name) => {
    expect(isPersonName(name)).toBe(true);
  });

  it.each([['the talks'], ['Monday'], ['The Guardian'], ['A. B.'], ['Then Russia']])('rejects %s', (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe('isOrganisationName', () => {
  it.each([['Eurasia Review'], ['Press TV'], ['The Harbour Gazette'], ['Council of Europe'], ['example.com']])('accepts %s', (name) => {
    expect(isOrganisationName(name)).toBe(true);
  });

  it.each([['is a network'], ['the talks failed'], ['Russia needs more than just such a course of action']])('rejects %s', (name) => {
    expect(isOrganisationName(name)).toBe(false);
  });
});

describe('authorType', () => {
  it.each([['Jane Doe'], ['JANE DOE'], ['Ursula von der Leyen']])('takes %s for a person', (name) => {
    expect(authorType(name)).toBe('Person');
  });

  it.each([['Harbour Gazette News'], ['The Editorial Board'], ['Reuters'], ['TMZ'], ['Meridian Media Group']])(
    'takes %s for an organisation',
    (name) => {
      expect(authorType(name)).toBe('Organization');
    },
  );
});

describe('isNotAName', () => {
  it('spots words that start sentences or name times', () => {
    expect(isNotAName('Monday morning')).toBe(true);
    expect(isNotAName('Reuters')).toBe(false);
  });
});
