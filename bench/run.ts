/**
 * npm run bench: end-to-end throughput and memory of `newskg export` on a synthetic corpus.
 *
 * Generates JSON Lines corpora of sample-sized articles (bench/corpus.ts) in a temp dir, runs the
 * real CLI (node dist/cli/main.js export ...) and prints one table:
 *  - articles/s and KB of text/s end to end (validation, Turtle + JSON-LD files, N-Quads stream)
 *    with --jobs 1 and with every core, with the CPU time per article of the whole process;
 *  - start-up: the same export of two articles (workers loading modules, lexicons, shapes);
 *  - mean time per article of each stage (the CLI's --timings, measured inside runArticle);
 *  - peak RSS of streaming runs over 1,000 and 10,000 articles (N-Quads to standard output);
 *  - the floor: reading the same JSON Lines and tokenizing the text, nothing else, in one thread.
 *
 * BENCH_SCALE=0.1 shrinks every corpus (a quick check); the figures in bench/README.md are at 1.
 */
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../src/extract/text/tokens.js';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const size = (n: number) => Math.max(10, Math.round(n * SCALE));
const THROUGHPUT = size(300);
const MEMORY = [size(1000), size(10000)] as const;
const JOBS = availableParallelism();

interface CliRun {
  seconds: number;
  articles: number;
  triples: number;
  stages: Record<string, number>;
  peakMb: number;
  /** User + system CPU of the whole CLI process (all threads). */
  cpuSeconds: number;
  stderr: string;
}

/** Runs the built CLI; stdout is discarded (N-Quads to "-" go to /dev/null). */
function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'export', ...args, '--quiet', '--timings'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const summary = /(\d+) article\(s\) exported, (\d+) triples/.exec(stderr);
      const timings = /timings \(ms per article, \d+ timed\): (.*); peak RSS (\d+) MB; CPU ([\d.]+) s/.exec(stderr);
      if (code !== 0 || !summary || !timings) return reject(new Error(`newskg export ${args.join(' ')} ended with ${code}:\n${stderr}`));
      const stages = Object.fromEntries(timings[1]!.split(', ').map((part) => [part.split(' ')[0]!, Number(part.split(' ')[1])]));
      resolve({
        seconds,
        articles: Number(summary[1]),
        triples: Number(summary[2]),
        stages,
        peakMb: Number(timings[2]),
        cpuSeconds: Number(timings[3]),
        stderr,
      });
    });
  });
}

/** The floor: read the JSON Lines, parse each record and tokenize its text, in this thread. */
async function floor(path: string): Promise<{ seconds: number; articles: number; chars: number }> {
  const started = performance.now();
  let articles = 0;
  let chars = 0;
  let tokens = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text: string };
    tokens += tokenize(text).length;
    chars += text.length;
    articles++;
  }
  if (tokens === 0) throw new Error('the floor pass found no tokens');
  return { seconds: (performance.now() - started) / 1000, articles, chars };
}

/**
 * Mean ms per article of each serializer, measured in this process on the first `count` articles:
 * UTF-8 bytes from quads ordered once, as a worker of the export does.
 */
async function serializeByFormat(path: string, count: number): Promise<Record<string, number>> {
  const { runArticle } = await import('../src/pipeline.js');
  const { orderQuads } = await import('../src/graph/index.js');
  const { serializeBytes } = await import('../src/serialize/index.js');
  const base = 'https://w3id.org/newskg/id/';
  const formats = ['nquads', 'turtle', 'jsonld'] as const;
  const totals: Record<string, number> = { nquads: 0, turtle: 0, jsonld: 0 };
  let seen = 0;
  for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    if (seen >= count + 3) break;
    const { text } = JSON.parse(line) as { text: string };
    const { quads } = await runArticle({ raw: text, source: { name: 'bench', format: 'jsonl' } }, { base, formats: [] });
    const ordered = orderQuads(quads);
    for (const format of formats) {
      const started = performance.now();
      await serializeBytes(ordered, format, { base });
      // The first articles warm the JIT up; they are not counted.
      if (seen >= 3) totals[format]! += performance.now() - started;
    }
    seen++;
  }
  return Object.fromEntries(formats.map((f) => [f, totals[f]! / Math.max(1, seen - 3)]));
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  ');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-bench-'));
  const load = loadavg()[0]!.toFixed(2);
  console.log(`newskg bench: ${cpus()[0]?.model ?? 'unknown CPU'}, ${JOBS} cores, node ${process.version}, load average ${load} at start`);
  try {
    const corpus = (n: number) => join(dir, `corpus-${n}.jsonl`);
    const chars = new Map<number, number>();
    for (const n of [2, THROUGHPUT, ...MEMORY]) chars.set(n, await writeCorpus(corpus(n), n));
    const kb = (n: number) => chars.get(n)! / 1024;
    const sample = readFileSync(join(ROOT, 'samples/nato-russia-missile-row.txt'), 'utf8').length / 1024;
    console.log(
      `corpora: ${[THROUGHPUT, ...MEMORY].join(', ')} articles, ${(kb(THROUGHPUT) / THROUGHPUT).toFixed(1)} KB of text each on average (the sample: ${sample.toFixed(1)} KB)`,
    );

    const floorRun = await floor(corpus(THROUGHPUT));
    const full = (jobs: number, n: number) => [
      corpus(n),
      '--nquads',
      join(dir, `out-${jobs}-${n}.nq`),
      '-o',
      join(dir, `out-${jobs}-${n}`),
      '--format',
      'turtle,jsonld',
      '--jobs',
      String(jobs),
    ];
    // Module loading, lexicons and shapes in every worker: paid once per run, inside the figures below.
    // Two articles, because a single one runs on the main thread without starting workers.
    const startup = await runCli(full(JOBS, 2));
    const one = await runCli(full(1, THROUGHPUT));
    const all = await runCli(full(JOBS, THROUGHPUT));
    if (readFileSync(join(dir, `out-1-${THROUGHPUT}.nq`), 'utf8') !== readFileSync(join(dir, `out-${JOBS}-${THROUGHPUT}.nq`), 'utf8'))
      throw new Error(`N-Quads differ between --jobs 1 and --jobs ${JOBS}`);
    console.log(`graphs: ${Math.round(one.triples / one.articles)} triples per article on average\n`);
    const streaming: CliRun[] = [];
    for (const n of MEMORY) streaming.push(await runCli([corpus(n), '--nquads', '-', '--jobs', String(JOBS)]));

    const widths = [58, 12, 10, 9, 14];
    console.log(
      row(['end to end (validation, .ttl + .jsonld files, N-Quads stream)', 'articles/s', 'KB/s', 'seconds', 'CPU/article'], widths),
    );
    for (const [label, run] of [
      [`--jobs 1, ${THROUGHPUT} articles`, one],
      [`--jobs ${JOBS}, ${THROUGHPUT} articles`, all],
    ] as const) {
      console.log(
        row(
          [
            label,
            (run.articles / run.seconds).toFixed(1),
            (kb(THROUGHPUT) / run.seconds).toFixed(0),
            run.seconds.toFixed(1),
            `${((1000 * run.cpuSeconds) / run.articles).toFixed(1)} ms`,
          ],
          widths,
        ),
      );
    }
    console.log(
      row([`start-up: --jobs ${JOBS}, 2 articles`, '', '', startup.seconds.toFixed(2), `${startup.cpuSeconds.toFixed(2)} s CPU`], widths),
    );
    console.log(
      row(
        [
          `floor: read + tokenize only, 1 thread, ${floorRun.articles} articles`,
          (floorRun.articles / floorRun.seconds).toFixed(0),
          (floorRun.chars / 1024 / floorRun.seconds).toFixed(0),
          floorRun.seconds.toFixed(2),
        ],
        widths,
      ),
    );
    console.log(
      `pipeline / floor: --jobs 1 runs at 1/${(floorRun.articles / floorRun.seconds / (one.articles / one.seconds)).toFixed(0)} of the floor\n`,
    );

    const stages = ['ingest', 'extract', 'model', 'validate', 'serialize'];
    const total = stages.reduce((sum, s) => sum + (one.stages[s] ?? 0), 0);
    console.log(row(['stage (--jobs 1, ms per article; serialize = nquads+ttl+jsonld)', 'ms', 'share', ''], widths));
    for (const stage of stages)
      console.log(
        row([stage, (one.stages[stage] ?? 0).toFixed(2), `${((100 * (one.stages[stage] ?? 0)) / total).toFixed(0)}%`, ''], widths),
      );
    console.log(row(['total in runArticle', total.toFixed(2), '100%', ''], widths));
    const formats = await serializeByFormat(corpus(THROUGHPUT), 20);
    console.log(
      `serialize by format (UTF-8 bytes, in this process, 20 articles): ${Object.entries(formats)
        .map(([f, ms]) => `${f} ${ms.toFixed(1)} ms`)
        .join(', ')}`,
    );
    console.log();

    console.log(row([`streaming (--nquads -, --jobs ${JOBS})`, 'articles/s', 'peak RSS', 'seconds'], widths));
    MEMORY.forEach((n, i) => {
      const run = streaming[i]!;
      console.log(row([`${n} articles`, (run.articles / run.seconds).toFixed(1), `${run.peakMb} MB`, run.seconds.toFixed(1)], widths));
    });
    const [small, large] = streaming as [CliRun, CliRun];
    console.log(`peak RSS at ${MEMORY[1]} vs ${MEMORY[0]} articles: ${(((large.peakMb - small.peakMb) / small.peakMb) * 100).toFixed(1)}%`);
    console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end (other processes share the cores)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
