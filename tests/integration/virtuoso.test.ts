/**
 * newskg load against a real Virtuoso: the sample and two small corpora are exported with
 * the CLI, loaded with both protocols, counted per graph, loaded again (same counts), and
 * every query in queries/ must give the same rows on Virtuoso as on the embedded Oxigraph.
 * Runs when .ci/run has started a store (NEWSKG_TEST_STORE...) or virtuoso-t is installed;
 * otherwise it is skipped with the reason printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Parser, Writer } from 'n3';
import { Store } from 'oxigraph';
import type { Term } from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOAD_STATE_GRAPH,
  StoreClient,
  graphStoreAppend,
  graphStorePut,
  listRdfFiles,
  nTriplesLines,
  readGraphFile,
} from '../../src/store/index.js';
import type { GraphBatches } from '../../src/store/index.js';
import { closeQueue, connectRedis, openQueue } from '../../src/queue/index.js';
import { article } from '../batch/helpers.js';
import { ROOT, SAMPLE, runCli } from '../helpers/cli.js';
import type { CliRun } from '../helpers/cli.js';
import type { Row } from './sparql-results.js';
import { canonicalRows, groupConcatVariables, orderVariables, rowKey, rowsFromJson, rowsFromOxigraph } from './sparql-results.js';
import type { TestStore } from './store-env.js';
import { findTestStore, stopOwnVirtuoso } from './store-env.js';

const lookup = findTestStore();
const skipReason = 'skip' in lookup ? lookup.skip : undefined;
if (skipReason) {
  if (process.env['NEWSKG_REQUIRE_STORE']) throw new Error(`NEWSKG_REQUIRE_STORE is set but ${skipReason}`);
  console.warn(`tests/integration/virtuoso.test.ts skipped: ${skipReason}`);
}

const PASSWORD_VAR = 'NEWSKG_IT_STORE_PASSWORD';
/** The queue worker's test runs only where .ci/run started Redis (the queue test starts its own otherwise, on its port). */
const REDIS_URL = process.env['NEWSKG_TEST_REDIS_URL'];
const QUERIES = join(ROOT, 'queries');
const CORPORA = ['tests/fixtures/corpus', 'tests/fixtures/store'].map((d) => join(ROOT, d)).filter((d) => existsSync(d));

describe.skipIf(skipReason !== undefined)('newskg load into Virtuoso', () => {
  let store: TestStore;
  let work: string;
  let inputs: string[];
  const expected = new Map<string, number>();
  const oxigraph = new Store();

  beforeAll(() => {
    store = (lookup as { store: TestStore }).store;
    process.env[PASSWORD_VAR] = store.password;
    work = mkdtempSync(join(tmpdir(), 'newskg-virtuoso-it-'));
    // the sample as TriG (named graphs), the corpora as Turtle (graph = the article IRI)
    exportArticles([SAMPLE], join(work, 'sample'), 'trig');
    for (const [i, dir] of CORPORA.entries()) {
      const texts = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dir, f));
      exportArticles(texts, join(work, `corpus-${i}`), 'turtle');
    }
    inputs = readdirSync(work).map((d) => join(work, d));
  }, 120_000);

  beforeAll(async () => {
    // article graphs left by earlier runs (other exporter versions, other IRIs) would join the union
    const client = new StoreClient({ credentials: { user: store.user, password: store.password } });
    for (const row of await selectFromStore('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a <https://w3id.org/newskg/ontology#Article> } }')) {
      await client.send({
        method: 'POST',
        url: store.sparqlAuth,
        headers: { 'content-type': 'application/sparql-update' },
        body: `DROP SILENT GRAPH ${row['g']}`,
      });
    }
    // and what newskg recorded of them: a graph listed there is skipped when loaded again
    await client.send({
      method: 'POST',
      url: store.sparqlAuth,
      headers: { 'content-type': 'application/sparql-update' },
      body: `DROP SILENT GRAPH <${LOAD_STATE_GRAPH}>`,
    });
  }, 120_000);

  beforeAll(async () => {
    const batches: GraphBatches = new Map();
    for (const file of await listRdfFiles(inputs)) await readGraphFile(file, batches);
    const writer = new Writer({ format: 'N-Quads' });
    let nquads = '';
    for (const [graph, quads] of batches) {
      const lines = nTriplesLines(quads);
      expected.set(graph, lines.length);
      for (const q of quads)
        nquads += writer.quadToString(q.subject, q.predicate, q.object, { termType: 'NamedNode', value: graph } as never);
    }
    oxigraph.load(nquads, { format: 'application/n-quads' });
  });

  afterAll(() => {
    delete process.env[PASSWORD_VAR];
    if (work) rmSync(work, { recursive: true, force: true });
    stopOwnVirtuoso('store' in lookup ? lookup.store : undefined);
  });

  it('exported the sample and at least three corpus articles', () => {
    expect(expected.size).toBeGreaterThanOrEqual(4);
  });

  it('loads every graph over the Graph Store Protocol with Digest auth', async () => {
    const run = load('--protocol', 'gsp');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(`newskg: ${expected.size} graph\\(s\\) loaded into .* \\(gsp\\), ${sum(expected)} triples, 0 failed`),
    );
    expect(await countsInStore()).toEqual(sortedCounts(expected));
  }, 60_000);

  it('leaves the same triples per graph when the same files are loaded again', async () => {
    expect(load('--protocol', 'gsp').status).toBe(0);
    expect(await countsInStore()).toEqual(sortedCounts(expected));
  }, 60_000);

  it('replaces the graphs with SPARQL Update, twice, and the counts stay the same', async () => {
    for (let i = 0; i < 2; i++) {
      const run = load('--protocol', 'update', '--endpoint', store.sparqlAuth);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('(update)');
    }
    expect(await countsInStore()).toEqual(sortedCounts(expected));
  }, 120_000);

  it('replaces the graphs through Virtuoso’s own loader (--protocol virtuoso): a triple added behind its back is gone, and a rerun sends nothing', async () => {
    const client = new StoreClient({ credentials: { user: store.user, password: store.password } });
    const [graph] = [...expected.keys()];
    await client.send(graphStoreAppend(store.graphStore, graph!, ['<urn:x-test:s> <urn:x-test:p> "added behind newskg\'s back" .']));
    const replaced = load('--protocol', 'virtuoso', '--endpoint', store.sparqlAuth, '--force');
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stderr).toMatch(
      new RegExp(`newskg: ${expected.size} graph\\(s\\) loaded into .* \\(virtuoso\\), ${sum(expected)} triples, 0 failed`),
    );
    expect(await countsInStore()).toEqual(sortedCounts(expected));
    const again = load('--protocol', 'virtuoso', '--endpoint', store.sparqlAuth);
    expect(again.stderr).toMatch(new RegExp(`newskg: 0 graph\\(s\\) loaded .*, 0 triples, ${expected.size} unchanged, 0 failed`));
  }, 120_000);

  it('queries the union of the named graphs when a query names no graph', async () => {
    const rows = await selectFromStore('SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/newskg/ontology#Article> }');
    expect(Number(rows[0]!['n']!.replace(/^number /, ''))).toBeGreaterThanOrEqual(expected.size);
  });

  it('gives the same rows as the embedded Oxigraph for every query in queries/', async () => {
    const files = readdirSync(QUERIES)
      .filter((f) => f.endsWith('.rq'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const query = readFileSync(join(QUERIES, file), 'utf8');
      const json = await selectJson(query).catch((error: Error) => {
        throw new Error(`${file} failed on Virtuoso: ${error.message}`);
      });
      const concat = groupConcatVariables(query);
      const virtuoso = canonicalRows(rowsFromJson(json), concat);
      const reference = canonicalRows(
        rowsFromOxigraph(oxigraph.query(query, { use_default_graph_as_union: true }) as Map<string, Term>[]),
        concat,
      );
      expect(reference.length, `${file} returns rows on Oxigraph`).toBeGreaterThan(0);
      // compared as sets: both engines repeat a row once per graph holding a shared triple (see distinctRows)
      expect(distinctRows(virtuoso.map((r) => rowKey(r))).sort(), `${file}: same rows`).toEqual(
        distinctRows(reference.map((r) => rowKey(r))).sort(),
      );
      const order = orderVariables(query, json.head.vars);
      if (order.length) {
        expect(collapseRuns(virtuoso.map((r) => rowKey(r, order))), `${file}: same order of ${order.join(', ')}`).toEqual(
          collapseRuns(reference.map((r) => rowKey(r, order))),
        );
      }
    }
  }, 60_000);

  it('stops with the one-line authentication error and exit 3 on a wrong password', () => {
    process.env['NEWSKG_IT_WRONG_PASSWORD'] = 'definitely-not-it';
    const run = runCli([
      'load',
      ...inputs,
      '--endpoint',
      store.graphStore,
      '--user',
      store.user,
      '--password-env',
      'NEWSKG_IT_WRONG_PASSWORD',
    ]);
    delete process.env['NEWSKG_IT_WRONG_PASSWORD'];
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(
      `error: authentication failed for ${store.graphStore}: check --user and the password in $NEWSKG_IT_WRONG_PASSWORD`,
    );
    expect(run.stderr).not.toContain('definitely-not-it');
    expect(run.stderr).not.toContain(store.password);
  });

  it('keeps the store in step with an incremental export: load --sync replaces changed graphs, drops removed ones, keeps foreign ones', async () => {
    const corpus = join(work, 'sync-articles');
    const out = join(work, 'sync-out');
    mkdirSync(corpus);
    const write = (name: string, text: string) => writeFileSync(join(corpus, name), text);
    write(
      'ferry.txt',
      'Ferry service resumes\n\nApril 2, 2024\n\nThe ferry between Ostrel and Navik resumed on Monday after a two-week strike, the operator said.',
    );
    write(
      'library.txt',
      'Library extends hours\n\nApril 3, 2024\n\nThe central library of Ostrel will open on Sundays from May, the culture office announced.',
    );
    write(
      'stadium.txt',
      'Stadium vote delayed\n\nApril 4, 2024\n\nCouncillor Mira Dovic said on Tuesday that the vote on the new stadium would be delayed until June.',
    );
    const client = new StoreClient({ credentials: { user: store.user, password: store.password } });
    const foreign = 'urn:x-not-newskg:kept';
    await client.send(graphStorePut(store.graphStore, foreign, ['<urn:x-not-newskg:s> <urn:x-not-newskg:p> "not loaded by newskg" .']));

    const round = async (): Promise<{ load: CliRun; graphs: Set<string> }> => {
      const exported = runCli([
        'export',
        corpus,
        '-o',
        out,
        '--since-manifest',
        join(out, 'manifest.jsonl'),
        '--keep-invalid',
        '-q',
        '--jobs',
        '1',
      ]);
      expect(exported.status, exported.stderr).toBe(0);
      const batches: GraphBatches = new Map();
      for (const file of await listRdfFiles([out])) await readGraphFile(file, batches);
      const run = runCli([
        'load',
        out,
        '--endpoint',
        store.graphStore,
        '--user',
        store.user,
        '--password-env',
        PASSWORD_VAR,
        '--quiet',
        '--sync',
      ]);
      expect(run.status, run.stderr).toBe(0);
      return { load: run, graphs: new Set(batches.keys()) };
    };
    // of the graphs this test ever exported, and the foreign one, those the store holds
    const seen = new Set<string>([foreign]);
    const graphsInStore = async (): Promise<Set<string>> => {
      const values = [...seen].map((g) => `<${g}>`).join(' ');
      const rows = await selectFromStore(`SELECT DISTINCT ?g WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } }`);
      return new Set(rows.map((r) => r['g']!.slice(1, -1)));
    };

    const first = await round();
    for (const g of first.graphs) seen.add(g);
    expect(await graphsInStore()).toEqual(new Set([...first.graphs, foreign]));

    write(
      'library.txt',
      'Library extends hours\n\nApril 3, 2024\n\nThe central library of Ostrel will open on Sundays from May and on holidays from June, the culture office announced.',
    );
    rmSync(join(corpus, 'stadium.txt'));
    write('tram.txt', 'Tram line opens\n\nApril 5, 2024\n\nThe new tram line to the airport of Navik opened on Friday, the city said.');
    const second = await round();
    for (const g of second.graphs) seen.add(g);
    expect(second.load.stderr).toMatch(/newskg: \d+ graph\(s\) loaded .* \d+ unchanged, \d+ dropped, 0 failed/);
    expect(await graphsInStore()).toEqual(new Set([...second.graphs, foreign]));
    expect([...first.graphs].filter((g) => !second.graphs.has(g)).length).toBeGreaterThan(0);

    const third = await round();
    expect(third.load.stderr).toMatch(new RegExp(`newskg: 0 graph\\(s\\) loaded .*, 0 triples, ${third.graphs.size} unchanged, 0 failed`));
  }, 180_000);

  // Last in the file: its graphs are dropped again, so the query comparison above never sees them.
  it.skipIf(!REDIS_URL)(
    'a queue worker loads into Virtuoso through its own loader (--protocol virtuoso): every graph with the triples export writes',
    async () => {
      const dir = join(work, 'queued');
      mkdirSync(dir);
      for (let n = 0; n < 4; n++) writeFileSync(join(dir, `queued-${n}.txt`), article(n + 500));
      const reference = join(work, 'queued.nq');
      expect(runCli(['export', dir, '--nquads', reference, '--jobs', '1', '-q']).status).toBe(0);
      const counts = new Map<string, number>();
      for (const quad of new Parser({ format: 'N-Quads' }).parse(readFileSync(reference, 'utf8')))
        counts.set(quad.graph.value, (counts.get(quad.graph.value) ?? 0) + 1);

      const connection = await connectRedis(new URL(REDIS_URL!));
      const queue = openQueue(connection, `it-virtuoso-${randomBytes(4).toString('hex')}`);
      try {
        const queueArgs = ['--queue', REDIS_URL!, '--name', queue.name];
        expect(runCli(['enqueue', dir, ...queueArgs]).status).toBe(0);
        const run = runCli([
          'worker',
          ...queueArgs,
          '--endpoint',
          store.sparqlAuth,
          '--protocol',
          'virtuoso',
          '--user',
          store.user,
          '--password-env',
          PASSWORD_VAR,
          '--until-empty',
        ]);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain('4 article(s) done');
        const values = [...counts.keys()].map((g) => `<${g}>`).join(' ');
        const rows = await selectFromStore(
          `SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`,
        );
        expect(new Map(rows.map((r) => [r['g']!.slice(1, -1), Number(r['n']!.replace(/^number /, ''))]))).toEqual(counts);
      } finally {
        await queue.bull.obliterate({ force: true }).catch(() => undefined);
        await closeQueue(queue);
        await connection.close();
        const client = new StoreClient({ credentials: { user: store.user, password: store.password } });
        for (const graph of counts.keys())
          await client.send({
            method: 'POST',
            url: store.sparqlAuth,
            headers: { 'content-type': 'application/sparql-update' },
            body: `DROP SILENT GRAPH <${graph}>`,
          });
      }
    },
    180_000,
  );

  function load(...args: string[]): CliRun {
    const endpoint = args.includes('--endpoint') ? [] : ['--endpoint', store.graphStore];
    return runCli(['load', ...inputs, ...endpoint, '--user', store.user, '--password-env', PASSWORD_VAR, '--quiet', ...args]);
  }

  async function selectJson(query: string): Promise<{ head: { vars: string[] }; results: { bindings: never[] } }> {
    const request = (): Promise<Response> =>
      fetch(store.sparql, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query }).toString(),
      });
    // Virtuoso closes idle keep-alive connections; a query sent on one that it has just closed is sent again once
    const response = await request().catch((error: Error & { cause?: { code?: string } }) => {
      if (error.cause?.code === 'UND_ERR_SOCKET') return request();
      throw error;
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as never;
  }

  async function selectFromStore(query: string): Promise<Row[]> {
    return rowsFromJson(await selectJson(query));
  }

  async function countsInStore(): Promise<[string, number][]> {
    const values = [...expected.keys()].map((g) => `<${g}>`).join(' ');
    const rows = await selectFromStore(`SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { ${values} } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g`);
    return rows
      .map((r): [string, number] => [r['g']!.slice(1, -1), Number(r['n']!.replace(/^number /, ''))])
      .sort(([a], [b]) => (a < b ? -1 : 1));
  }
});

function exportArticles(files: string[], out: string, format: string): void {
  const run = runCli(['export', ...files, '-o', out, '-f', format, '--keep-invalid', '-q']);
  if (run.status !== 0 && run.status !== 1) throw new Error(`newskg export failed (${run.status}): ${run.stderr}`);
}

/**
 * Virtuoso's union default graph is a bag (openlink/virtuoso-opensource#1406), and so is
 * Oxigraph 0.5's (oxigraph/oxigraph#1919, a set from 0.6): a row repeats once per article
 * graph that holds a shared actor triple. Rows are compared as sets so the test does not
 * depend on that choice.
 */
function distinctRows(keys: string[]): string[] {
  return [...new Set(keys)];
}

/** The ordered sequence with repeats of the same key next to each other merged. */
function collapseRuns(keys: string[]): string[] {
  return keys.filter((key, i) => i === 0 || keys[i - 1] !== key);
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

function sortedCounts(counts: Map<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}
