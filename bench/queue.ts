/**
 * npm run bench:queue: the distributed export against the in-process pool, on this machine.
 *
 * Writes a JSON Lines corpus of sample-sized articles (bench/corpus.ts), then times with the
 * real CLI, each with per-article Turtle + JSON-LD files and validation:
 *  - `export --jobs 1` and `export --jobs <cores>`: the in-process baselines;
 *  - `enqueue` into a fresh queue, then 1, 2 and 4 `worker --until-empty` processes
 *    (--concurrency 1 each) from start to the last one's exit.
 * The queue's overhead per article is (1 worker - export --jobs 1) / articles. Needs Redis:
 * $NEWSKG_QUEUE, or redis-server on PATH (a throwaway one is started with scripts/redis/start.sh).
 * BENCH_SCALE=0.1 shrinks the corpus.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { writeCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const ARTICLES = Math.max(10, Math.round(300 * Number(process.env['BENCH_SCALE'] ?? 1)));
const JOBS = availableParallelism();

/** Runs the CLI, resolving with its wall time in seconds; fails on an unexpected exit status. */
function cli(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args, '--quiet'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`newskg ${args[0]} ended with ${code}:\n${stderr}`)),
    );
  });
}

function redisUrl(): { url: string; stop: () => void } {
  if (process.env['NEWSKG_QUEUE']) return { url: process.env['NEWSKG_QUEUE'], stop: () => undefined };
  const env = { ...process.env, REDIS_PORT: process.env['REDIS_PORT'] ?? '16392' };
  const out = execFileSync('bash', [join(ROOT, 'scripts/redis/start.sh')], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const vars = Object.fromEntries([...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
  return {
    url: vars['NEWSKG_TEST_REDIS_URL']!,
    stop: () => execFileSync('bash', [join(ROOT, 'scripts/redis/stop.sh'), vars['REDIS_DIR']!], { stdio: 'inherit' }),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-bench-queue-'));
  const redis = redisUrl();
  const env = { NEWSKG_QUEUE: redis.url };
  console.log(
    `newskg bench:queue: ${cpus()[0]?.model ?? 'unknown CPU'}, ${JOBS} cores, node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at start`,
  );
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, ARTICLES);
    const rows: [string, number][] = [];
    for (const jobs of [1, JOBS])
      rows.push([`export --jobs ${jobs}`, await cli(['export', corpus, '-o', join(dir, `export-${jobs}`), '--jobs', String(jobs)], env)]);
    let enqueueSeconds = 0;
    for (const workers of [1, 2, 4]) {
      const name = `bench-${randomBytes(4).toString('hex')}`;
      enqueueSeconds = await cli(['enqueue', corpus, '--name', name], env);
      const started = performance.now();
      const out = join(dir, `queue-${workers}`);
      await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--name', name, '-o', out, '--until-empty'], env)));
      rows.push([`${workers} worker process(es), --concurrency 1`, (performance.now() - started) / 1000]);
    }
    console.log(`${ARTICLES} articles; enqueue took ${enqueueSeconds.toFixed(1)} s (last run)`);
    for (const [label, seconds] of rows)
      console.log(`${label.padEnd(40)} ${(ARTICLES / seconds).toFixed(1).padStart(6)} articles/s ${seconds.toFixed(1).padStart(6)} s`);
    const overhead = ((rows[2]![1] - rows[0]![1]) * 1000) / ARTICLES;
    console.log(`queue overhead per article (1 worker vs export --jobs 1, wall): ${overhead.toFixed(1)} ms`);
    console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end (other processes share the cores)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    redis.stop();
  }
}

await main();
