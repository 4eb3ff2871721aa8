import { XSD } from '../core/vocab.js';
import { shortenIri } from './prefixes.js';
import type { SparqlJsonResults, SparqlJsonTerm } from './results.js';

export interface TableOptions {
  /** Longest cell, in characters; longer values end in "…". 0 or undefined: no limit. */
  maxWidth?: number;
}

const NUMERIC = new Set<string>([
  XSD.integer,
  XSD.decimal,
  XSD.nonNegativeInteger,
  XSD.$base + 'double',
  XSD.$base + 'float',
  XSD.$base + 'long',
  XSD.$base + 'int',
]);

/**
 * SELECT results as an aligned text table for reading in a terminal: IRIs shortened with the
 * project prefixes, literals as their text, numbers right-aligned, a row count at the end.
 */
export function formatTable(results: SparqlJsonResults, options: TableOptions = {}): string {
  if (results.boolean !== undefined) return `${results.boolean}\n`;
  const vars = results.head.vars ?? [];
  const rows = results.results?.bindings ?? [];
  const cells = rows.map((row) => vars.map((v) => clip(cellText(row[v]), options.maxWidth)));
  const numeric = vars.map((v) => rows.length > 0 && rows.every((row) => row[v] === undefined || isNumber(row[v]!)));
  const widths = vars.map((v, i) => cells.reduce((width, c) => Math.max(width, c[i]!.length), v.length));
  const line = (values: readonly string[], alignRight: readonly boolean[]) =>
    values
      .map((value, i) => (alignRight[i] ? value.padStart(widths[i]!) : value.padEnd(widths[i]!)))
      .join(' | ')
      .trimEnd();
  const header = line(
    vars,
    vars.map(() => false),
  );
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const body = cells.map((c) => line(c, numeric));
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [header, rule, ...body, count].join('\n') + '\n';
}

function cellText(term: SparqlJsonTerm | undefined): string {
  if (!term) return '';
  const text = termText(term);
  return text.replace(/\s+/g, ' ').trim();
}

function termText(term: SparqlJsonTerm): string {
  if (typeof term.value !== 'string') {
    const { subject, predicate, object } = term.value;
    return `<< ${termText(subject)} ${termText(predicate)} ${termText(object)} >>`;
  }
  switch (term.type) {
    case 'uri':
      return shortenIri(term.value);
    case 'bnode':
      return `_:${term.value}`;
    default:
      return term.value;
  }
}

function isNumber(term: SparqlJsonTerm): boolean {
  return term.type === 'literal' && term.datatype !== undefined && NUMERIC.has(term.datatype);
}

function clip(text: string, maxWidth: number | undefined): string {
  if (!maxWidth || text.length <= maxWidth) return text;
  return `${text.slice(0, Math.max(1, maxWidth - 1)).trimEnd()}…`;
}
