import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryDataset } from '../../src/query/index.js';
import { QUERIES_DIR, datasetOf, exportCorpus, exportSample, select } from './helpers.js';
import type { Row } from './helpers.js';

// The query pack on each export profile of the same articles (the sample and the four-article
// corpus): what a query says it needs in its header is what it gets, and a profile that has what
// the query needs gives the same rows as full.

const QUERY_FILES = readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith('.rq'))
  .sort();
const query = (name: string) => readFileSync(join(QUERIES_DIR, name), 'utf8');
const profileLine = (name: string) =>
  query(name)
    .split('\n')
    .find((line) => line.startsWith('# Profile:')) ?? '';
const LEAN_QUERIES = QUERY_FILES.filter((name) => profileLine(name).startsWith('# Profile: any'));

/** Columns a query's header says lean leaves empty ("lean leaves ?evidence empty", "?trigger stays empty"). */
const emptyOnLean = (name: string) => [...profileLine(name).matchAll(/\?([A-Za-z]+)/g)].map((m) => m[1]!);

type Profile = 'full' | 'standard' | 'lean';
const datasets = {} as Record<Profile, QueryDataset>;

beforeAll(async () => {
  for (const profile of ['full', 'standard', 'lean'] as const) {
    const options = ['--profile', profile];
    datasets[profile] = await datasetOf([await exportSample('turtle', options), await exportCorpus('nquads', options)]);
  }
}, 240_000);

/** Rows as a sorted list of JSON lines, with some columns left out: the same set whatever the engine's tie order. */
async function rowsOf(profile: Profile, name: string, without: readonly string[] = []): Promise<string[]> {
  const rows = await select(datasets[profile], query(name));
  return rows.map((row: Row) => JSON.stringify(Object.entries(row).filter(([k]) => !without.includes(k)))).sort();
}

describe('each query of the pack', () => {
  it.each(QUERY_FILES)('%s says which profile it needs', (name) => {
    expect(profileLine(name)).toMatch(/^# Profile: (any|standard or full)\b/);
  });

  it.each(QUERY_FILES)('%s gives on standard the rows it gives on full', async (name) => {
    const full = await rowsOf('full', name);
    expect(full.length).toBeGreaterThan(0);
    expect(await rowsOf('standard', name)).toEqual(full);
  });

  it.each(LEAN_QUERIES)('%s, which works on any profile, gives on lean the rows of full', async (name) => {
    const without = emptyOnLean(name);
    expect(await rowsOf('lean', name, without)).toEqual(await rowsOf('full', name, without));
  });
});

describe('a query that needs standard, run on lean', () => {
  it('finds no sentence to share: co-mention-sentences.rq is empty', async () => {
    expect(await rowsOf('lean', 'co-mention-sentences.rq')).toEqual([]);
  });
});
