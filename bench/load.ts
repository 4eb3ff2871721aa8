/**
 * npm run bench:load: triples per second of `newskg load` into Virtuoso against Virtuoso's own
 * bulk loader (ld_dir + rdf_loader_run through isql) on the same N-Quads.
 *
 * Writes a JSON Lines corpus of BENCH_LOAD_ARTICLES (default 10,000) articles (bench/corpus.ts),
 * exports it with `newskg export --nquads`, then, each on a fresh throwaway Virtuoso
 * (scripts/virtuoso/start.sh, ports 11141/18941 unless VIRTUOSO_SQL_PORT / VIRTUOSO_HTTP_PORT):
 *  1. the bulk loader: ld_dir + rdf_loader_run, then a checkpoint (timed apart);
 *  2. `newskg load --parallel P` over the Graph Store Protocol for each P of BENCH_LOAD_PARALLEL
 *     (default "4,8"), and for the last one a rerun, which finds every graph unchanged.
 * BENCH_LOAD_NQ=file skips the corpus and the export and loads that file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = Number(process.env['BENCH_LOAD_ARTICLES'] ?? 10_000);
const PARALLEL = (process.env['BENCH_LOAD_PARALLEL'] ?? '4,8').split(',').map(Number);
const PORTS = {
  VIRTUOSO_SQL_PORT: process.env['VIRTUOSO_SQL_PORT'] ?? '11141',
  VIRTUOSO_HTTP_PORT: process.env['VIRTUOSO_HTTP_PORT'] ?? '18941',
};

interface Virtuoso {
  dir: string;
  password: string;
  sqlPort: string;
  graphStore: string;
}

function startVirtuoso(): Virtuoso {
  const out = execFileSync('bash', [join(ROOT, 'scripts/virtuoso/start.sh')], {
    env: { ...process.env, ...PORTS },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const vars = Object.fromEntries([...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  return {
    dir: vars['VIRTUOSO_DIR']!,
    password: vars['NEWSKG_TEST_STORE_PASSWORD']!,
    sqlPort: PORTS.VIRTUOSO_SQL_PORT,
    graphStore: vars['NEWSKG_TEST_STORE_GSP']!,
  };
}

function stopVirtuoso(store: Virtuoso): void {
  execFileSync('bash', [join(ROOT, 'scripts/virtuoso/stop.sh'), store.dir], { stdio: 'ignore' });
}

/** Runs SQL through isql (statements on standard input, so the password is the only secret on the command line of a local tool). */
function isql(store: Virtuoso, sql: string): string {
  return execFileSync('isql-vt', [`127.0.0.1:${store.sqlPort}`, 'dba', store.password], { input: sql, encoding: 'utf8' });
}

function seconds(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function quadsIn(store: Virtuoso): number {
  const out = isql(
    store,
    "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <urn:newskg:load> && STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) };\n",
  );
  return Number(/^\s*(\d+)\s*$/m.exec(out)?.[1] ?? NaN);
}

function newskgLoad(store: Virtuoso, file: string, parallel: number): { seconds: number; summary: string } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      CLI,
      'load',
      file,
      '--endpoint',
      store.graphStore,
      '--user',
      'dba',
      '--password-env',
      'BENCH_STORE_PASSWORD',
      '--parallel',
      String(parallel),
      '--quiet',
    ],
    {
      env: { ...process.env, BENCH_STORE_PASSWORD: store.password },
      encoding: 'utf8',
    },
  );
  const elapsed = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`newskg load ended with ${run.status}:\n${run.stderr}`);
  return { seconds: elapsed, summary: run.stderr.trim().split('\n').at(-1)! };
}

const rate = (triples: number, s: number) => `${Math.round(triples / s).toLocaleString('en')}`.padStart(10);

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'newskg-bench-load-'));
  try {
    console.log(
      `newskg bench:load: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at start`,
    );
    let nquads = process.env['BENCH_LOAD_NQ'];
    if (!nquads) {
      const corpus = join(work, 'corpus.jsonl');
      await writeCorpus(corpus, ARTICLES);
      nquads = join(work, 'corpus.nq');
      const exported = spawnSync(process.execPath, [CLI, 'export', corpus, '--nquads', nquads, '--quiet'], { encoding: 'utf8' });
      if (exported.status !== 0) throw new Error(`newskg export ended with ${exported.status}:\n${exported.stderr}`);
    }
    console.log(
      `data: ${nquads === process.env['BENCH_LOAD_NQ'] ? nquads : `${ARTICLES} articles of bench/corpus.ts`}, ${(statSync(nquads).size / 1e6).toFixed(0)} MB of N-Quads`,
    );
    console.log('run                                                   seconds     triples/s    quads in store');

    const bulk = startVirtuoso();
    let triples: number;
    try {
      const folder = join(bulk.dir, 'bulk');
      mkdirSync(folder);
      copyFileSync(nquads, join(folder, 'corpus.nq'));
      const loading = seconds(() => isql(bulk, `ld_dir('${folder}', '*.nq', 'urn:newskg:unnamed');\nrdf_loader_run();\n`));
      const checkpoint = seconds(() => isql(bulk, 'checkpoint;\n'));
      triples = quadsIn(bulk);
      console.log(
        `Virtuoso bulk loader (ld_dir + rdf_loader_run)     ${loading.toFixed(1).padStart(8)}    ${rate(triples, loading)}    ${triples}`,
      );
      console.log(
        `  + checkpoint                                      ${checkpoint.toFixed(1).padStart(8)}    ${rate(triples, loading + checkpoint)}`,
      );
    } finally {
      stopVirtuoso(bulk);
    }

    for (const [i, parallel] of PARALLEL.entries()) {
      const store = startVirtuoso();
      try {
        const first = newskgLoad(store, nquads, parallel);
        const held = quadsIn(store);
        console.log(
          `${`newskg load --parallel ${parallel} (GSP)`.padEnd(50)}${first.seconds.toFixed(1).padStart(8)}    ${rate(held, first.seconds)}    ${held}`,
        );
        if (i === PARALLEL.length - 1) {
          const again = newskgLoad(store, nquads, parallel);
          console.log(
            `  rerun, every graph unchanged                      ${again.seconds.toFixed(1).padStart(8)}    (${again.summary.replace(/^newskg: /, '')})`,
          );
        }
      } finally {
        stopVirtuoso(store);
      }
    }
    console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
