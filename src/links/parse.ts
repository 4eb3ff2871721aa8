import { NewskgError } from '../core/errors.js';
import { isAbsoluteIri, showIri } from '../core/iri.js';
import type { ActorType } from '../core/types.js';
import { LinksTable, type LinkEntry } from './table.js';

/**
 * The links table format: one entry per line, `name<TAB>IRI` with an optional third column, the
 * actor type (Person, Organization, Country or Place) for names several kinds of actor bear.
 * Lines starting with "#" and blank lines are skipped. An IRI may be written in angle brackets; a
 * Wikidata item may be written as its id ("Q7184") or its page address, and becomes its entity IRI.
 */

const TYPES: ReadonlySet<string> = new Set<ActorType>(['Person', 'Organization', 'Country', 'Place']);

const WIKIDATA_ITEM = /^(?:Q[1-9][0-9]*|https?:\/\/(?:www\.)?wikidata\.org\/(?:wiki|entity)\/(Q[1-9][0-9]*))$/;

/** The one IRI Wikidata items are written as in the graph (the form country data links to). */
function canonicalIri(iri: string): string {
  const m = WIKIDATA_ITEM.exec(iri);
  if (!m) return iri;
  return `http://www.wikidata.org/entity/${m[1] ?? iri}`;
}

/** Pure: parses the table text; `source` names the table in errors. */
export function parseLinksTable(text: string, source: string): LinksTable {
  const entries: LinkEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || raw.trimStart().startsWith('#')) return;
    const fail = (message: string): never => {
      throw new NewskgError('OPTION_INVALID', `links table line ${line}: ${message}`, { source, line });
    };
    const columns = raw.split('\t').map((column) => column.trim());
    while (columns.length > 2 && columns[columns.length - 1] === '') columns.pop();
    if (columns.length < 2) fail('expected "name<TAB>IRI" (columns are separated by a tab)');
    if (columns.length > 3) fail(`expected at most 3 columns (name, IRI, type), found ${columns.length}`);
    const [name, written, type] = columns as [string, string, string | undefined];
    if (!name) fail('the name column is empty');
    if (!written) fail(`no IRI for "${name}"`);
    const iri = canonicalIri(written.startsWith('<') && written.endsWith('>') ? written.slice(1, -1) : written);
    if (!isAbsoluteIri(iri)) fail(`"${showIri(written)}" is not an absolute IRI`);
    if (type !== undefined && type !== '' && !TYPES.has(type))
      fail(`unknown actor type "${type}" (use Person, Organization, Country or Place)`);
    entries.push({ name: name.replace(/\s+/g, ' '), iri, line, ...(type ? { type: type as ActorType } : {}) });
  });
  return new LinksTable(entries);
}
