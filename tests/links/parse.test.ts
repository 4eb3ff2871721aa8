import { describe, expect, it } from 'vitest';
import { NewskgError } from '../../src/core/errors.js';
import { parseLinksTable } from '../../src/links/index.js';

const WD = 'http://www.wikidata.org/entity/';

function errorOf(text: string): NewskgError {
  try {
    parseLinksTable(text, 'links.tsv');
  } catch (error) {
    if (error instanceof NewskgError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('parseLinksTable', () => {
  it('reads name and IRI columns separated by a tab', () => {
    const table = parseLinksTable(`NATO\t${WD}Q7184\n`, 'links.tsv');
    expect(table.entries).toEqual([{ name: 'NATO', iri: `${WD}Q7184`, line: 1 }]);
  });

  it('skips comment lines and blank lines, and counts them in line numbers', () => {
    const table = parseLinksTable(`# actors of the missile row\n\nNATO\t${WD}Q7184\n   \n`, 'links.tsv');
    expect(table.entries.map((e) => e.line)).toEqual([3]);
  });

  it('keeps the optional type column', () => {
    const table = parseLinksTable(`Georgia\t${WD}Q230\tCountry\nGeorgia\t${WD}Q1428\tPlace\n`, 'links.tsv');
    expect(table.entries.map((e) => e.type)).toEqual(['Country', 'Place']);
  });

  it('accepts an IRI in angle brackets and Windows line ends', () => {
    const table = parseLinksTable('Press TV\t<https://example.org/org/press-tv>\r\n', 'links.tsv');
    expect(table.entries[0]!.iri).toBe('https://example.org/org/press-tv');
  });

  it('writes a Wikidata id or page address as the Wikidata entity IRI', () => {
    const table = parseLinksTable('NATO\tQ7184\nUnited Nations\thttps://www.wikidata.org/wiki/Q1065\n', 'links.tsv');
    expect(table.entries.map((e) => e.iri)).toEqual([`${WD}Q7184`, `${WD}Q1065`]);
  });

  it('rejects a line without a tab, naming the file and the line', () => {
    const error = errorOf(`NATO\t${WD}Q7184\nDmitry Rogozin http://example.org/rogozin\n`);
    expect(error.code).toBe('OPTION_INVALID');
    expect(error.location).toEqual({ source: 'links.tsv', line: 2 });
    expect(error.toLine()).toMatch(/^links\.tsv:2: OPTION_INVALID: .*name<TAB>IRI/);
  });

  it('rejects an IRI that is not absolute', () => {
    const error = errorOf('NATO\tnato-page\n');
    expect(error.code).toBe('OPTION_INVALID');
    expect(error.location.line).toBe(1);
    expect(error.message).toContain('"nato-page" is not an absolute IRI');
  });

  it('rejects an IRI with white space in it', () => {
    expect(errorOf('NATO\thttp://example.org/north atlantic\n').message).toContain('not an absolute IRI');
  });

  it('rejects an empty IRI column', () => {
    expect(errorOf('NATO\t\tOrganization\n').message).toContain('no IRI for "NATO"');
  });

  it('rejects an unknown actor type', () => {
    expect(errorOf(`NATO\t${WD}Q7184\tAlliance\n`).message).toContain('unknown actor type "Alliance"');
  });

  it('rejects a fourth column', () => {
    expect(errorOf(`NATO\t${WD}Q7184\tOrganization\textra\n`).message).toContain('at most 3 columns');
  });
});
