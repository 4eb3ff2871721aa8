/**
 * npm run bench:load: triples per second of `newskg load` into Virtuoso against Virtuoso's own
 * bulk loader (ld_dir + rdf_loader_run through isql) on the same N-Quads.
 *
 * Writes a JSON Lines corpus of BENCH_LOAD_ARTICLES (default 10,000) articles (bench/corpus.ts),
 * exports it with `newskg export --nquads`, then, each on a fresh throwaway Virtuoso
 * (scripts/virtuoso/start.sh, ports 11141/18941 unless VIRTUOSO_SQL_PORT / VIRTUOSO_HTTP_PORT):
 *  1. the bulk loader: ld_dir + rdf_loader_run, then a checkpoint (timed apart);
 *  2. `newskg load --parallel P` over the Graph Store Protocol for each P of BENCH_LOAD_PARALLEL
 *     (default "4");
 *  3. `newskg load --protocol virtuoso` (N-Quads batches through Virtuoso's SPARQL endpoint), then a
 *     rerun, which finds every graph unchanged.
 * BENCH_LOAD_ROUNDS=N (default 1) repeats 1-3 in turn, each on a fresh store, so each newskg run is
 * paired with the bulk loader run just before it on a shared host; the medians close the table.
 * Server CPU is the Virtuoso process's user + system time over the load, from /proc.
 * BENCH_LOAD_ROUTES picks routes (default "bulk,gsp,virtuoso"; GSP takes about an hour at 10,000
 * articles); BENCH_LOAD_BASELINE=path/to/dist/cli/main.js adds `--protocol virtuoso` with another
 * build (run before this tree's, in the same round) to compare a change against.
 * BENCH_LOAD_RERUN=0 skips the rerun (some minutes at 10,000 articles).
 * BENCH_LOAD_NQ=file skips the corpus and the export and loads that file. Server settings
 * (VIRTUOSO_BUFFERS, ...) go to scripts/virtuoso/start.sh, so both routes run with the same.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = Number(process.env['BENCH_LOAD_ARTICLES'] ?? 10_000);
const PARALLEL = (process.env['BENCH_LOAD_PARALLEL'] ?? '4').split(',').map(Number);
const ROUNDS = Number(process.env['BENCH_LOAD_ROUNDS'] ?? 1);
const ROUTES = new Set((process.env['BENCH_LOAD_ROUTES'] ?? 'bulk,gsp,virtuoso').split(',').map((r) => r.trim()));
const BASELINE = process.env['BENCH_LOAD_BASELINE'];
const RERUN = process.env['BENCH_LOAD_RERUN'] !== '0';
const PORTS = {
  VIRTUOSO_SQL_PORT: process.env['VIRTUOSO_SQL_PORT'] ?? '11141',
  VIRTUOSO_HTTP_PORT: process.env['VIRTUOSO_HTTP_PORT'] ?? '18941',
};

interface Virtuoso {
  dir: string;
  password: string;
  sqlPort: string;
  graphStore: string;
  sparqlAuth: string;
  pid: number;
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
    sparqlAuth: vars['NEWSKG_TEST_STORE_SPARQL_AUTH']!,
    pid: Number(/^VIRT_PID=(\d+)/m.exec(readFileSync(join(vars['VIRTUOSO_DIR']!, 'virtuoso.lck'), 'utf8'))?.[1]),
  };
}

/** The server's user + system CPU seconds so far (/proc/PID/stat fields 14 and 15, in clock ticks of 1/100 s). */
function serverCpu(store: Virtuoso): number {
  const fields = readFileSync(`/proc/${store.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
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

interface Route {
  name: string;
  /** newskg load's arguments for the route; none for the bulk loader. */
  args?: (store: Virtuoso) => string[];
  /** The newskg CLI to run (default this tree's build). */
  cli?: string;
}

/**
 * Runs newskg load; exit 3 (graphs failed, e.g. a batch the count check found short) is what a user
 * answers by running the same load again, so it is run again (the time added) until it ends 0, at most twice.
 */
function newskgLoad(store: Virtuoso, file: string, args: string[], cli = CLI): { seconds: number; summary: string; reruns: string[] } {
  const first = newskgLoadOnce(store, file, args, cli);
  const reruns: string[] = [];
  let { seconds, status, summary } = first;
  while (status === 3 && reruns.length < 2) {
    reruns.push(summary.replace(/^newskg: /, '').replace(/ into \S+ \(\w+\)/, ''));
    const again = newskgLoadOnce(store, file, args, cli);
    ({ status, summary } = again);
    seconds += again.seconds;
  }
  if (status !== 0) throw new Error(`newskg load ended with ${status}:\n${summary}`);
  return { seconds, summary, reruns };
}

function newskgLoadOnce(
  store: Virtuoso,
  file: string,
  args: string[],
  cli: string,
): { seconds: number; status: number | null; summary: string } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [cli, 'load', file, ...args, '--user', 'dba', '--password-env', 'BENCH_STORE_PASSWORD', '--quiet'],
    {
      env: { ...process.env, BENCH_STORE_PASSWORD: store.password },
      encoding: 'utf8',
    },
  );
  const elapsed = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 3) throw new Error(`newskg load ended with ${run.status}:\n${run.stderr}`);
  return { seconds: elapsed, status: run.status, summary: run.stderr.trim().split('\n').at(-1)! };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};
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
    const virtuosoArgs = (v: Virtuoso) => ['--endpoint', v.sparqlAuth, '--protocol', 'virtuoso'];
    const routes: Route[] = [
      ...(ROUTES.has('bulk') ? [{ name: 'Virtuoso bulk loader (ld_dir + rdf_loader_run)' }] : []),
      ...(ROUTES.has('gsp')
        ? PARALLEL.map((p) => ({
            name: `newskg load --parallel ${p} (GSP)`,
            args: (v: Virtuoso) => ['--endpoint', v.graphStore, '--parallel', String(p)],
          }))
        : []),
      ...(BASELINE ? [{ name: '--protocol virtuoso, baseline build', args: virtuosoArgs, cli: BASELINE }] : []),
      ...(ROUTES.has('virtuoso') ? [{ name: 'newskg load --protocol virtuoso', args: virtuosoArgs }] : []),
    ];
    console.log(
      'run                                              seconds   triples/s   server CPU   share of bulk   quads in store   load avg',
    );
    const rates = new Map<string, number[]>();
    const shares = new Map<string, number[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      let bulkRate = NaN;
      for (const route of routes) {
        const store = startVirtuoso();
        try {
          const cpu = serverCpu(store);
          let loading: number;
          let extra = '';
          if (!route.args) {
            const folder = join(store.dir, 'bulk');
            mkdirSync(folder);
            copyFileSync(nquads, join(folder, 'corpus.nq'));
            loading = seconds(() => isql(store, `ld_dir('${folder}', '*.nq', 'urn:newskg:unnamed');\nrdf_loader_run();\n`));
            const checkpoint = seconds(() => isql(store, 'checkpoint;\n'));
            extra = `  (+ checkpoint ${checkpoint.toFixed(1)} s)`;
          } else {
            const run = newskgLoad(store, nquads, route.args(store), route.cli);
            loading = run.seconds;
            if (run.reruns.length) extra = `  (exit 3, run again: ${run.reruns.join('; ')})`;
          }
          const used = serverCpu(store) - cpu;
          const held = quadsIn(store);
          const perSecond = held / loading;
          if (!route.args) bulkRate = perSecond;
          const share = perSecond / bulkRate;
          rates.set(route.name, [...(rates.get(route.name) ?? []), perSecond]);
          shares.set(route.name, [...(shares.get(route.name) ?? []), share]);
          console.log(
            `${`${ROUNDS > 1 ? `${round}. ` : ''}${route.name}`.padEnd(47)}${loading.toFixed(1).padStart(8)}  ${rate(held, loading)}  ${`${used.toFixed(1)} s`.padStart(11)}   ${share.toFixed(2).padStart(13)}   ${String(held).padStart(14)}   ${loadavg()[0]!.toFixed(1).padStart(8)}${extra}`,
          );
          if (RERUN && round === ROUNDS && route === routes.at(-1) && route.args) {
            const again = newskgLoad(store, nquads, route.args(store), route.cli);
            console.log(
              `  rerun, every graph unchanged ${again.seconds.toFixed(1).padStart(24)}    (${again.summary.replace(/^newskg: /, '')})`,
            );
          }
        } finally {
          stopVirtuoso(store);
        }
      }
    }
    if (ROUNDS > 1) {
      console.log(`medians of ${ROUNDS} rounds                             triples/s   share of bulk`);
      for (const route of routes)
        console.log(
          `  ${route.name.padEnd(47)}${rate(median(rates.get(route.name)!), 1)}   ${median(shares.get(route.name)!).toFixed(2).padStart(13)}`,
        );
    }
    console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
