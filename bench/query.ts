/**
 * npm run bench:query: every query of queries/ timed in three engines on stores of 1,000 and
 * 10,000 generated articles.
 *
 * For each size: writes a JSON Lines corpus (bench/corpus.ts, dated 2006-2015 so that the
 * date-range example of queries/events-in-range.rq has events to find), exports it as one
 * N-Quads stream with the real CLI, then loads that file into
 *  - the embedded Oxigraph of `newskg query` (in a worker thread, so a query can be stopped),
 *  - a throwaway Virtuoso on ports 1112/8891 (scripts/virtuoso/start.sh), with its bulk loader,
 *  - Apache Jena TDB2 (tdb2.tdbloader; queries with tdb2.tdbquery over the union graph),
 * and runs every query `BENCH_WARMUPS` times unmeasured, then `BENCH_RUNS` times measured, with
 * results written as TSV. A cell is the median of the measured runs, in seconds, or "timeout"
 * when a run took longer than BENCH_TIMEOUT seconds.
 *
 * BENCH_SCALE=0.01 shrinks the corpora (a quick check); BENCH_SIZES=1000 picks sizes and
 * BENCH_ENGINES=oxigraph,jena engines. BENCH_KEEP=<folder> keeps each size's corpus and export
 * there ({folder}/{size}/corpus.nq) and reuses them on the next run instead of exporting again
 * (the export of 10,000 articles takes ~2 minutes and 6.6 GB); without it they are deleted. Virtuoso gets BENCH_VIRTUOSO_BUFFERS pages of cache
 * (default 340000, 2.6 GB) and runs under a virtual memory limit of twice that plus 4 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';
import { findJena, loadTdb2, tdb2Query } from './engines/jena.js';
import { OxigraphEngine } from './engines/oxigraph.js';
import { bulkLoad, sparqlSelect, startVirtuoso, stopVirtuoso } from './engines/virtuoso.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const QUERIES = join(ROOT, 'queries');
const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map((n) => Math.max(5, Math.round(Number(n) * SCALE)));
const WARMUPS = Number(process.env['BENCH_WARMUPS'] ?? 1);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const TIMEOUT_S = Number(process.env['BENCH_TIMEOUT'] ?? 60);
const ENGINES = (process.env['BENCH_ENGINES'] ?? 'oxigraph,virtuoso,jena').split(',');
const VIRTUOSO_BUFFERS = Number(process.env['BENCH_VIRTUOSO_BUFFERS'] ?? 340000);
const JOBS = availableParallelism();
const KEEP = process.env['BENCH_KEEP'];

type Cell = { seconds: number; rows: number } | { failure: string };

interface SizeResult {
  articles: number;
  quads: number;
  bytes: number;
  exportSeconds: number;
  /** Per engine: seconds to load, or why it could not. */
  loads: Map<string, { seconds: number; quads: number } | { failure: string }>;
  /** Per engine, per query file. */
  cells: Map<string, Map<string, Cell>>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rows of a TSV result: lines after the header. */
function tsvRows(text: string): number {
  const lines = text.split('\n').filter((line) => line.length > 0);
  return Math.max(0, lines.length - 1);
}

function exportCorpus(corpus: string, nquads: string): Promise<{ seconds: number; quads: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'export', corpus, '--nquads', nquads, '--jobs', String(JOBS), '--quiet'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const summary = /(\d+) article\(s\) exported, (\d+) triples/.exec(stderr);
      if (code !== 0 || !summary) return reject(new Error(`newskg export ended with ${code}:\n${stderr}`));
      resolve({ seconds: (performance.now() - started) / 1000, quads: Number(summary[2]) });
    });
  });
}

async function runOxigraph(nquads: string, queries: Map<string, string>, result: SizeResult): Promise<void> {
  const engine = new OxigraphEngine([nquads]);
  const cells = new Map<string, Cell>();
  result.cells.set('oxigraph', cells);
  try {
    result.loads.set('oxigraph', await engine.load());
  } catch (error) {
    result.loads.set('oxigraph', { failure: (error as Error).message });
    await engine.close();
    return;
  }
  try {
    for (const [file, query] of queries) {
      try {
        // a first run on its own, so that a query past the timeout costs one timeout, not one per run
        const first = await engine.query(query, 0, 1, TIMEOUT_S * 1000);
        const answer = first.timedOut ? first : await engine.query(query, Math.max(0, WARMUPS - 1), RUNS, TIMEOUT_S * 1000 * RUNS);
        if (answer.timedOut || Math.max(...answer.seconds) > TIMEOUT_S) cells.set(file, { failure: 'timeout' });
        else
          cells.set(file, {
            seconds: median(answer.seconds),
            rows: (JSON.parse(answer.output) as { results: { bindings: unknown[] } }).results.bindings.length,
          });
      } catch (error) {
        cells.set(file, { failure: `error: ${(error as Error).message.slice(0, 200)}` });
      }
      progress('oxigraph', file, cells.get(file)!);
    }
  } finally {
    await engine.close();
  }
}

async function runVirtuoso(nquads: string, queries: Map<string, string>, result: SizeResult): Promise<void> {
  const cells = new Map<string, Cell>();
  result.cells.set('virtuoso', cells);
  const virtuoso = startVirtuoso(ROOT, { sql: 1112, http: 8891 }, { buffers: VIRTUOSO_BUFFERS, querySeconds: TIMEOUT_S });
  versions.set('virtuoso', `Virtuoso ${virtuoso.version}`);
  try {
    const started = performance.now();
    const quads = bulkLoad(virtuoso, nquads);
    result.loads.set('virtuoso', { seconds: (performance.now() - started) / 1000, quads });
    for (const [file, query] of queries) {
      const seconds: number[] = [];
      let rows = 0;
      let failure: string | undefined;
      for (let i = 0; i < WARMUPS + RUNS && !failure; i++) {
        const t0 = performance.now();
        try {
          const response = await sparqlSelect(virtuoso.sparql, query, 'text/tab-separated-values', (TIMEOUT_S + 30) * 1000);
          if (response.partial) failure = 'timeout';
          rows = tsvRows(response.text);
        } catch (error) {
          failure = (error as Error).name === 'TimeoutError' ? 'timeout' : `error: ${(error as Error).message.slice(0, 200)}`;
        }
        if (i >= WARMUPS) seconds.push((performance.now() - t0) / 1000);
      }
      cells.set(file, failure ? { failure } : { seconds: median(seconds), rows });
      progress('virtuoso', file, cells.get(file)!);
    }
  } catch (error) {
    if (!result.loads.has('virtuoso')) result.loads.set('virtuoso', { failure: (error as Error).message });
    else throw error;
  } finally {
    stopVirtuoso(ROOT, virtuoso);
  }
}

async function runJena(dir: string, nquads: string, queries: Map<string, string>, result: SizeResult): Promise<void> {
  const cells = new Map<string, Cell>();
  result.cells.set('jena', cells);
  const lookup = findJena(dir);
  if ('skip' in lookup) {
    result.loads.set('jena', { failure: lookup.skip });
    return;
  }
  versions.set('jena', `Apache Jena ${lookup.jena.version} (TDB2)`);
  const location = join(dir, 'tdb2');
  try {
    const started = performance.now();
    loadTdb2(lookup.jena, location, [nquads]);
    result.loads.set('jena', { seconds: (performance.now() - started) / 1000, quads: result.quads });
    for (const [file, query] of queries) {
      // the text read at the start, as the other engines get it, even if queries/ changes meanwhile
      const queryFile = join(dir, file);
      writeFileSync(queryFile, query);
      try {
        // a first run on its own (the JVM starting up on top), so that a query past the timeout costs one timeout
        const first = await tdb2Query(lookup.jena, location, queryFile, {
          format: 'tsv',
          warmups: 0,
          runs: 1,
          timeoutMs: TIMEOUT_S * 1000 + 15_000,
        });
        const run = first.timedOut
          ? first
          : await tdb2Query(lookup.jena, location, queryFile, {
              format: 'tsv',
              warmups: WARMUPS,
              runs: RUNS,
              timeoutMs: TIMEOUT_S * 1000 * (WARMUPS + RUNS) + 15_000,
            });
        if (run.timedOut || Math.max(...run.seconds) > TIMEOUT_S) cells.set(file, { failure: 'timeout' });
        else cells.set(file, { seconds: median(run.seconds), rows: tsvRows(first.stdout) });
      } catch (error) {
        cells.set(file, { failure: `error: ${(error as Error).message.slice(0, 200)}` });
      }
      progress('jena', file, cells.get(file)!);
    }
  } catch (error) {
    result.loads.set('jena', { failure: (error as Error).message.slice(0, 300) });
  } finally {
    rmSync(location, { recursive: true, force: true });
  }
}

const versions = new Map<string, string>();

function cellText(cell: Cell | undefined): string {
  if (!cell) return '-';
  return 'failure' in cell ? cell.failure.split(':')[0]! : cell.seconds.toFixed(3);
}

function progress(engine: string, file: string, cell: Cell): void {
  process.stderr.write(`  ${engine} ${file}: ${'failure' in cell ? cell.failure : `${cellText(cell)} (${cell.rows} rows)`}\n`);
}

function printTables(results: SizeResult[], files: string[]): void {
  const engines = ENGINES;
  for (const r of results) {
    console.log(
      `\n${r.articles} articles: ${r.quads} quads, ${(r.bytes / 2 ** 20).toFixed(0)} MB of N-Quads, exported in ${r.exportSeconds.toFixed(0)} s (--jobs ${JOBS})`,
    );
    for (const engine of engines) {
      const load = r.loads.get(engine);
      if (!load) continue;
      if ('failure' in load) console.log(`  load ${engine}: failed: ${load.failure}`);
      else
        console.log(
          `  load ${engine}: ${load.seconds.toFixed(0)} s, ${Math.round(r.quads / load.seconds)} quads/s${load.quads !== r.quads ? ` (${load.quads} quads in the store)` : ''}`,
        );
    }
  }
  const header = [
    'query',
    ...results.flatMap((r) => engines.map((e) => `${e} ${r.articles}`)),
    ...results.map((r) => `rows ${r.articles}`),
  ];
  const lines = files.map((file) => {
    const name = file.replace(/\.rq$/, '');
    const times = results.flatMap((r) => engines.map((e) => cellText(r.cells.get(e)?.get(file))));
    const rows = results.map((r) => {
      const counts = new Set(
        engines
          .map((e) => r.cells.get(e)?.get(file))
          .filter((c): c is { seconds: number; rows: number } => !!c && 'rows' in c)
          .map((c) => c.rows),
      );
      return [...counts].join('/') || '-';
    });
    return [name, ...times, ...rows];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(
    `\nmedian seconds of ${RUNS} runs after ${WARMUPS} warm-up(s), TSV results, timeout ${TIMEOUT_S} s; rows: the counts the engines returned (a/b: they differ)`,
  );
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-bench-query-'));
  if (KEEP) mkdirSync(KEEP, { recursive: true });
  const files = readdirSync(QUERIES)
    .filter((f) => f.endsWith('.rq'))
    .sort();
  const queries = new Map(files.map((f) => [f, readFileSync(join(QUERIES, f), 'utf8')]));
  const oxigraphVersion = (JSON.parse(readFileSync(join(ROOT, 'node_modules/oxigraph/package.json'), 'utf8')) as { version: string })
    .version;
  versions.set('oxigraph', `Oxigraph ${oxigraphVersion} (npm, in memory)`);
  console.log(
    `newskg bench:query: ${cpus()[0]?.model ?? 'unknown CPU'}, ${JOBS} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at start`,
  );
  const results: SizeResult[] = [];
  try {
    for (const articles of SIZES) {
      const work = join(dir, String(articles));
      mkdirSync(work);
      const kept = KEEP ? join(KEEP, String(articles)) : work;
      mkdirSync(kept, { recursive: true });
      const corpus = join(kept, 'corpus.jsonl');
      const nquads = join(kept, 'corpus.nq');
      const summary = join(kept, 'export.json');
      let exported: { seconds: number; quads: number };
      if (KEEP && existsSync(summary) && existsSync(nquads)) {
        exported = JSON.parse(readFileSync(summary, 'utf8')) as { seconds: number; quads: number };
        process.stderr.write(`${articles} articles: reusing ${nquads}\n`);
      } else {
        await writeCorpus(corpus, articles, 0, { firstYear: 2006 });
        process.stderr.write(`${articles} articles: exporting\n`);
        exported = await exportCorpus(corpus, nquads);
        writeFileSync(summary, JSON.stringify(exported));
      }
      const result: SizeResult = {
        articles,
        quads: exported.quads,
        bytes: statSync(nquads).size,
        exportSeconds: exported.seconds,
        loads: new Map(),
        cells: new Map(),
      };
      results.push(result);
      if (ENGINES.includes('oxigraph')) await runOxigraph(nquads, queries, result);
      if (ENGINES.includes('virtuoso')) await runVirtuoso(nquads, queries, result);
      if (ENGINES.includes('jena')) await runJena(work, nquads, queries, result);
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`engines: ${ENGINES.map((e) => versions.get(e) ?? e).join('; ')}`);
    printTables(results, files);
    console.log(`\nload average ${loadavg()[0]!.toFixed(2)} at the end (other processes share the cores)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
