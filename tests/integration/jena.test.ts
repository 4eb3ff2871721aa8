/**
 * The query pack in Apache Jena (TDB2, Debian's libapache-jena-java) gives the same rows, as
 * sets, as `newskg query` (the embedded Oxigraph) on the sample and the fixture articles.
 * tests/integration/virtuoso.test.ts holds Virtuoso to the same rows, so all three agree.
 * Skipped, with the reason printed, when Jena is not installed; NEWSKG_REQUIRE_JENA=1 (.ci/run)
 * makes that a failure.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJena, loadTdb2, tdb2Query } from '../../bench/engines/jena.js';
import type { Jena } from '../../bench/engines/jena.js';
import { loadDataset, runQuery } from '../../src/query/index.js';
import type { QueryDataset } from '../../src/query/index.js';
import { ROOT, SAMPLE, runCli } from '../helpers/cli.js';
import { canonicalRows, groupConcatVariables, rowKey, rowsFromJson } from './sparql-results.js';

const QUERIES = join(ROOT, 'queries');
const FILES = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.rq'))
  .sort();
const work = mkdtempSync(join(tmpdir(), 'newskg-jena-it-'));
const lookup = findJena(work);
const skipReason = 'skip' in lookup ? lookup.skip : undefined;
if (skipReason) {
  rmSync(work, { recursive: true, force: true });
  if (process.env['NEWSKG_REQUIRE_JENA']) throw new Error(`NEWSKG_REQUIRE_JENA is set but ${skipReason}`);
  console.warn(`tests/integration/jena.test.ts skipped: ${skipReason}`);
}

describe.skipIf(skipReason !== undefined)('the query pack in Apache Jena TDB2', () => {
  let jena: Jena;
  let dataset: QueryDataset;
  const location = join(work, 'tdb2');

  beforeAll(async () => {
    jena = (lookup as { jena: Jena }).jena;
    const fixtures = ['tests/fixtures/corpus', 'tests/fixtures/store'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(ROOT, dir, f)),
    );
    const nquads = join(work, 'articles.nq');
    const run = runCli(['export', SAMPLE, ...fixtures, '--nquads', nquads, '--keep-invalid', '-q']);
    if (run.status !== 0 && run.status !== 1) throw new Error(`newskg export failed (${run.status}): ${run.stderr}`);
    loadTdb2(jena, location, [nquads]);
    dataset = await loadDataset([nquads]);
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const file of FILES) {
    it(`${file}: the same rows as newskg query`, async () => {
      const query = readFileSync(join(QUERIES, file), 'utf8');
      const concat = groupConcatVariables(query);
      const reference = canonicalRows(rowsFromJson(JSON.parse(await runQuery(dataset.store, query, { format: 'json' }))), concat).map((r) =>
        rowKey(r),
      );
      expect(reference.length, `${file} returns rows in newskg query`).toBeGreaterThan(0);
      const run = await tdb2Query(jena, location, join(QUERIES, file), { format: 'json', warmups: 0, runs: 1, timeoutMs: 60_000 });
      expect(run.timedOut, `${file} finished in Jena within a minute`).toBe(false);
      const rows = canonicalRows(rowsFromJson(JSON.parse(run.stdout)), concat).map((r) => rowKey(r));
      expect([...new Set(rows)].sort()).toEqual([...new Set(reference)].sort());
    }, 90_000);
  }
});
