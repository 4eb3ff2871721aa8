import { describe, expect, it } from 'vitest';
import { parseLinksTable } from '../../src/links/index.js';

const table = parseLinksTable(
  [
    'North Atlantic Treaty Organization\thttp://example.org/nato',
    'São Paulo\thttp://example.org/sao-paulo\tPlace',
    'Georgia\thttp://example.org/georgia-country\tCountry',
    'Georgia\thttp://example.org/georgia-state\tPlace',
    'the West\thttp://example.org/west',
    'NATO\thttp://example.org/nato-2',
  ].join('\n'),
  'links.tsv',
);

describe('LinksTable.lookup', () => {
  it('finds an actor by one of its aliases', () => {
    expect(table.lookup('Organization', ['NATO', 'North Atlantic Treaty Organization'])).toEqual([
      'http://example.org/nato',
      'http://example.org/nato-2',
    ]);
  });

  it('matches without regard to case or accents', () => {
    expect(table.lookup('Place', ['SAO PAULO'])).toEqual(['http://example.org/sao-paulo']);
  });

  it('uses the type column to tell apart actors with the same name', () => {
    expect(table.lookup('Country', ['Georgia'])).toEqual(['http://example.org/georgia-country']);
    expect(table.lookup('Place', ['Georgia'])).toEqual(['http://example.org/georgia-state']);
  });

  it('does not link an actor of another type than the entry names', () => {
    expect(table.lookup('Person', ['São Paulo'])).toEqual([]);
  });

  it('ignores a leading "the" and extra spaces', () => {
    expect(table.lookup('Organization', ['West'])).toEqual(['http://example.org/west']);
    expect(table.lookup('Organization', ['the  West'])).toEqual(['http://example.org/west']);
  });

  it('finds nothing for a name not in the table', () => {
    expect(table.lookup('Person', ['Dmitry Rogozin'])).toEqual([]);
  });
});
