import { instancePrefixes } from '../core/iri-layout.js';
import { DEFAULT_DATA_BASE, PREFIXES } from '../core/vocab.js';

/**
 * Vocabulary prefixes (newskg:, schema:, sem:...), instance prefixes (person:, statement:...)
 * under the default base, and wd: for the Wikidata entities actors link to.
 */
export const QUERY_PREFIXES: Readonly<Record<string, string>> = {
  ...PREFIXES,
  ...instancePrefixes(DEFAULT_DATA_BASE),
  wd: 'http://www.wikidata.org/entity/',
};

const LONGEST_FIRST = Object.entries(QUERY_PREFIXES).sort((a, b) => b[1].length - a[1].length);

/**
 * The query with the project prefixes declared on one line before it, so `newskg:Statement`
 * works without a PREFIX line; the query's own declarations come later and win. Errors
 * report lines of the query as written: subtract PRELUDE_LINES.
 */
export function withProjectPrefixes(query: string): string {
  const prelude = Object.entries(QUERY_PREFIXES)
    .map(([prefix, namespace]) => `PREFIX ${prefix}: <${namespace}>`)
    .join(' ');
  return `${prelude}\n${query}`;
}

export const PRELUDE_LINES = 1;

/** `schema:name`, `person:dmitry-rogozin`: for reading in a table, not for parsing. */
export function shortenIri(iri: string): string {
  for (const [prefix, namespace] of LONGEST_FIRST) {
    if (iri.length > namespace.length && iri.startsWith(namespace)) {
      const local = iri.slice(namespace.length);
      if (!/[\s<>"{}|^`\\]/.test(local)) return `${prefix}:${local}`;
    }
  }
  return `<${iri}>`;
}
