import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLE, cli } from '../helpers/cli.js';
import { QueryDataset, loadDataset, collectDataFiles, runQuery } from '../../src/query/index.js';
import type { SparqlJsonResults } from '../../src/query/index.js';

export const CORPUS_DIR = join(ROOT, 'tests/fixtures/corpus');
export const CORPUS = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(CORPUS_DIR, f));
export const QUERIES_DIR = join(ROOT, 'queries');

export function scratch(prefix = 'newskg-query-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Exports articles afresh with the CLI, as a user would; returns the output directory. */
export async function exportArticles(files: readonly string[], formats: string, options: readonly string[] = []): Promise<string> {
  const out = scratch('newskg-export-');
  const run = await cli(['export', ...files, '-o', out, '--format', formats, '--quiet', ...options]);
  if (run.status !== 0) throw new Error(`export failed (${run.status}): ${run.stderr}`);
  return out;
}

export const exportSample = (formats = 'turtle,jsonld', options: readonly string[] = []) => exportArticles([SAMPLE], formats, options);
export const exportCorpus = (formats = 'nquads', options: readonly string[] = []) => exportArticles(CORPUS, formats, options);

export async function datasetOf(paths: readonly string[]): Promise<QueryDataset> {
  return loadDataset(await collectDataFiles(paths));
}

/** A row as plain strings (IRIs shortened as in a table are not wanted here: full values). */
export type Row = Record<string, string>;

export async function select(dataset: QueryDataset, query: string): Promise<Row[]> {
  const results = JSON.parse(await runQuery(dataset.store, query, { format: 'json' })) as SparqlJsonResults;
  return (results.results?.bindings ?? []).map((binding) =>
    Object.fromEntries(
      (results.head.vars ?? []).map((v) => [v, typeof binding[v]?.value === 'string' ? (binding[v]!.value as string) : '']),
    ),
  );
}

export function writeQuery(text: string, name = 'q.rq'): string {
  const file = join(scratch(), name);
  writeFileSync(file, text);
  return file;
}
