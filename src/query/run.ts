import type { Quad } from '@rdfjs/types';
import type { Store } from 'oxigraph';
import { NewskgError } from '../core/errors.js';
import { DEFAULT_DATA_BASE } from '../core/vocab.js';
import { quadSortKey } from '../graph/index.js';
import { serialize } from '../serialize/index.js';
import { PRELUDE_LINES, withProjectPrefixes } from './prefixes.js';
import type { SparqlJsonResults } from './results.js';
import { formatTable } from './table.js';

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export type QueryOutputFormat = 'table' | 'csv' | 'tsv' | 'json';

export const QUERY_OUTPUT_FORMATS: readonly QueryOutputFormat[] = ['table', 'csv', 'tsv', 'json'];

export interface QueryOptions {
  format: QueryOutputFormat;
  /** Where the query came from (a file name, or "-e"): named in errors. */
  source?: string;
  /** Table only: longest cell in characters (0: no limit). */
  maxWidth?: number;
}

/**
 * Runs a SPARQL 1.1 query and returns its output as text:
 * SELECT and ASK as a table or the standard CSV, TSV and JSON results formats;
 * CONSTRUCT and DESCRIBE as Turtle (JSON-LD with format "json").
 * A query the engine rejects throws QUERY_INVALID naming the line and column in the query.
 */
export async function runQuery(store: Store, query: string, options: QueryOptions): Promise<string> {
  const form = queryForm(query);
  if (form === 'construct' || form === 'describe') {
    if (options.format === 'json') return endLine(execute(store, query, options.source, 'json') as string);
    const quads = (execute(store, query, options.source) as unknown as Quad[]).slice();
    quads.sort((a, b) => compare(quadSortKey(a), quadSortKey(b)));
    return quads.length ? serialize(quads, 'turtle', { base: DEFAULT_DATA_BASE }) : '# no triples\n';
  }
  if (options.format === 'table') {
    const results = JSON.parse(execute(store, query, options.source, 'json') as string) as SparqlJsonResults;
    return formatTable(results, options.maxWidth ? { maxWidth: options.maxWidth } : {});
  }
  return endLine(execute(store, query, options.source, options.format) as string);
}

/** The query form, read from the first keyword after the prologue (PREFIX and BASE declarations, comments). */
export function queryForm(query: string): QueryForm | undefined {
  let rest = query;
  for (;;) {
    rest = rest.replace(/^(?:\s+|#[^\n]*)+/, '');
    const declaration = /^(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)/i.exec(rest);
    if (!declaration) break;
    rest = rest.slice(declaration[0].length);
  }
  return /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(rest)?.[1]?.toLowerCase() as QueryForm | undefined;
}

function execute(store: Store, query: string, source: string | undefined, resultsFormat?: string): ReturnType<Store['query']> {
  try {
    return store.query(withProjectPrefixes(query), resultsFormat ? { results_format: resultsFormat } : {});
  } catch (error) {
    throw queryError(error, source);
  }
}

/** Oxigraph says "error at 3:2: expected OPTIONAL"; the line counts the prefix prelude. */
function queryError(error: unknown, source: string | undefined): NewskgError {
  const message = error instanceof Error ? error.message : String(error);
  const where = source ? { source } : {};
  const at = /^error at (\d+):(\d+):\s*/.exec(message);
  if (!at) return new NewskgError('QUERY_INVALID', message, where);
  const line = Math.max(1, Number(at[1]) - PRELUDE_LINES);
  return new NewskgError('QUERY_INVALID', message.slice(at[0].length), { ...where, line, column: Number(at[2]) });
}

function endLine(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
