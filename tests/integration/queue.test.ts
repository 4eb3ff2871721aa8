/**
 * The distributed export on a real Redis: a few hundred generated articles are enqueued, two
 * worker processes run them, one is killed with SIGKILL while it holds a job, and the survivor
 * finishes: every article completed exactly once, the files byte-identical to
 * `export --jobs 1 -o`, the failures the records `export --errors` writes.
 * Runs when .ci/run has started Redis (NEWSKG_TEST_REDIS_URL) or redis-server is installed;
 * otherwise it is skipped with the reason printed (it fails when NEWSKG_REQUIRE_REDIS is set).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_LINKS_STEM } from '../../src/sinks/index.js';
import { BULL_PREFIX, closeQueue, connectRedis, openQueue } from '../../src/queue/index.js';
import type { OpenQueue, RedisConnection } from '../../src/queue/index.js';
import { article } from '../batch/helpers.js';
import { runCli, startCli } from '../helpers/cli.js';
import type { CliProcess } from '../helpers/cli.js';
import { answer, useFakeStore } from '../store/fake-store.js';
import { findTestRedis, stopOwnRedis } from './redis-env.js';

const lookup = findTestRedis();
const skipReason = 'skip' in lookup ? lookup.skip : undefined;
if (skipReason) {
  if (process.env['NEWSKG_REQUIRE_REDIS']) throw new Error(`NEWSKG_REQUIRE_REDIS is set but ${skipReason}`);
  console.warn(`tests/integration/queue.test.ts skipped: ${skipReason}`);
}

const ARTICLES = 200;
const DATE = '2021-03-05';

describe.skipIf(skipReason !== undefined)('newskg enqueue, worker and queue on Redis', () => {
  let url: string;
  let password: string;
  let work: string;
  let corpus: string;
  let connection: RedisConnection;
  const queues: OpenQueue[] = [];
  const startStore = useFakeStore();

  beforeAll(async () => {
    url = (lookup as { url: string }).url;
    password = decodeURIComponent(new URL(url).password);
    work = mkdtempSync(join(tmpdir(), 'newskg-queue-it-'));
    corpus = join(work, 'corpus');
    mkdirSync(corpus);
    for (let n = 0; n < ARTICLES; n++) writeFileSync(join(corpus, `a${String(n).padStart(3, '0')}.txt`), article(n));
    writeFileSync(join(corpus, 'broken-empty.txt'), '');
    writeFileSync(join(corpus, 'broken-short.txt'), 'x');
    connection = await connectRedis(new URL(url));
  });

  afterAll(async () => {
    for (const queue of queues) await queue.bull.obliterate({ force: true }).catch(() => undefined);
    for (const queue of queues) await closeQueue(queue);
    await connection?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    stopOwnRedis(lookup);
  });

  /** A queue of its own for each test (a fresh name), removed at the end. */
  function freshQueue(): OpenQueue {
    const queue = openQueue(connection, `it-${randomBytes(4).toString('hex')}`);
    queues.push(queue);
    return queue;
  }

  /** A folder of `count` generated articles, enqueued when a queue is given. */
  function smallCorpus(name: string, count: number, queue?: OpenQueue): string {
    const dir = join(work, name);
    mkdirSync(dir);
    for (let n = 0; n < count; n++) writeFileSync(join(dir, `${name}-${n}.txt`), article(n));
    if (queue) expect(cli(['enqueue', dir, '--name', queue.name]).status).toBe(0);
    return dir;
  }

  function cli(args: string[]) {
    return runCli([...args, '--queue', url]);
  }

  it('survives a worker killed mid-job: every article done once, files identical to export --jobs 1', async () => {
    const queue = freshQueue();
    const enqueued = cli(['enqueue', corpus, '--name', queue.name, '--date', DATE]);
    expect(enqueued.status, enqueued.stderr).toBe(2);
    expect(enqueued.stderr).toContain(`${ARTICLES + 1} article(s) enqueued`);
    expect(enqueued.stderr).toContain('1 unreadable');
    expect(cli(['enqueue', corpus, '--name', queue.name, '--date', DATE]).stderr).toContain(`0 article(s) enqueued on redis://***@`);

    const reference = join(work, 'reference');
    const exported = runCli([
      'export',
      corpus,
      '-o',
      reference,
      '--date',
      DATE,
      '--jobs',
      '1',
      '-q',
      '--errors',
      join(work, 'reference-errors.jsonl'),
    ]);
    expect(exported.status, exported.stderr).toBe(2);

    const out = join(work, 'from-queue');
    // A 5 s lock: the dead worker's job comes back within seconds, and a busy machine still renews live locks in time.
    const worker = (): CliProcess =>
      startCli(['worker', '--queue', url, '--name', queue.name, '-o', out, '--until-empty', '--stalled-after', '5', '-q']);
    const [victim, survivor] = [worker(), worker()];
    const killed = await killHoldingAJob(queue, victim);
    const [victimRun, survivorRun] = await Promise.all([victim.done, survivor.done]);
    expect(victimRun.status).toBeNull();
    expect(survivorRun.status, survivorRun.stderr).toBe(0);

    // same names, same bytes, nothing half-written left behind; the corpus links graph is export's
    // own (made from every article of one run), not a per-article file
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      readdirSync(reference)
        .filter((file) => file !== `${CORPUS_LINKS_STEM}.trig`)
        .sort(),
    );
    expect(files).toHaveLength(2 * ARTICLES);
    const differ = files.filter((file) => !readFileSync(join(out, file)).equals(readFileSync(join(reference, file))));
    expect(differ).toEqual([]);

    // each job completed once (BullMQ's own event log); the killed worker's job stalled and was run again
    const events = await eventsOf(queue);
    const completed = events.filter((e) => e['event'] === 'completed').map((e) => e['jobId']!);
    expect(completed).toHaveLength(ARTICLES);
    expect(new Set(completed).size).toBe(ARTICLES);
    expect(events.some((e) => e['event'] === 'stalled' && e['jobId'] === killed)).toBe(true);
    expect(completed).toContain(killed);

    const status = JSON.parse(cli(['queue', 'status', '--name', queue.name, '--json']).stdout) as Record<string, number>;
    expect(status).toMatchObject({ waiting: 0, active: 0, delayed: 0, done: ARTICLES, failed: 2 });

    // the failures: the records export --errors writes, in input order; then out of the queue
    const drained = cli(['queue', 'drain', '--name', queue.name, '--errors', join(work, 'queue-errors.jsonl')]);
    expect(drained.status, drained.stderr).toBe(0);
    expect(readFileSync(join(work, 'queue-errors.jsonl'), 'utf8')).toBe(readFileSync(join(work, 'reference-errors.jsonl'), 'utf8'));
    expect(JSON.parse(cli(['queue', 'status', '--name', queue.name, '--json']).stdout)).toMatchObject({ failed: 0 });
    // ~25 s on this 2-core machine when others leave it a core; the bound is for a host loaded 10 times over
  }, 240_000);

  it('writes one N-Quads file per worker holding every graph export writes, and completes the file of a dead worker', async () => {
    const queue = freshQueue();
    const small = smallCorpus('small', 4, queue);
    const shards = join(work, 'shards');
    mkdirSync(shards);
    // what a worker killed mid-write leaves: its part file, the last line cut short
    const orphan = `.${hostname().replace(/[^A-Za-z0-9.]+/g, '_')}-999999999-0badc0de.nq.part`;
    writeFileSync(join(shards, orphan), '<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> "cut sh');
    const run = cli(['worker', '--name', queue.name, '--nquads-dir', shards, '--until-empty', '-q']);
    expect(run.status, run.stderr).toBe(0);

    const names = readdirSync(shards).sort();
    expect(names).toHaveLength(2);
    expect(names).toContain(orphan.slice(1, -'.part'.length));
    expect(readFileSync(join(shards, orphan.slice(1, -'.part'.length)), 'utf8')).toBe('<urn:a> <urn:b> <urn:c> <urn:g> .\n');
    const ours = names.find((n) => !orphan.includes(n))!;
    const reference = join(work, 'small.nq');
    expect(runCli(['export', small, '--nquads', reference, '-q']).status).toBe(0);
    const quads = (text: string) =>
      new Set(
        new Parser({ format: 'N-Quads' })
          .parse(text)
          .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value} ${q.graph.value}`),
      );
    expect(quads(readFileSync(join(shards, ours), 'utf8'))).toEqual(quads(readFileSync(reference, 'utf8')));
  }, 120_000);

  it("replaces each article's graph in a store with load's protocol, and stops on refused credentials", async () => {
    const queue = freshQueue();
    smallCorpus('store-input', 3, queue);

    let accept = false;
    const store = await startStore((request, response) =>
      answer(response, accept ? 201 : 401, '', accept ? {} : { 'www-authenticate': 'Basic realm="store"' }),
    );
    const args = [
      'worker',
      '--queue',
      url,
      '--name',
      queue.name,
      '--endpoint',
      `${store.url}/store`,
      '--user',
      'loader',
      '--password-env',
      'NEWSKG_IT_QUEUE_STORE_PASSWORD',
      '--until-empty',
    ];
    const env = { NEWSKG_IT_QUEUE_STORE_PASSWORD: 'store-secret-123' };
    const refused = await startCli(args, { env }).done;
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain(
      `error: authentication failed for ${store.url}/store: check --user and the password in $NEWSKG_IT_QUEUE_STORE_PASSWORD`,
    );
    expect(refused.stderr).not.toContain('store-secret-123');
    expect(refused.stderr).not.toContain(password);

    accept = true;
    const before = store.requests.length;
    const loaded = await startCli(args, { env }).done;
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stderr).toContain('3 article(s) done');
    const puts = store.requests.slice(before).filter((r) => r.method === 'PUT');
    expect(new Set(puts.map((r) => new URL(r.url, store.url).searchParams.get('graph'))).size).toBe(3);
    expect(puts.every((r) => r.headers['content-type']?.startsWith('application/n-triples'))).toBe(true);
  }, 120_000);

  it('never prints the Redis password: a refused login and a wrong URL give one line without it', () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password-42';
    const refused = runCli(['queue', 'status', '--queue', wrong.href]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/^error: redis:\/\/\*\*\*@[^ ]+: QUEUE_AUTH: the Redis server refused the login \(WRONGPASS\)/);
    const notRedis = runCli(['queue', 'status', '--queue', `http://:${password}@127.0.0.1:1/`]);
    expect(notRedis.status).toBe(64);
    for (const run of [refused, notRedis]) {
      expect(run.stderr).not.toContain('not-the-password-42');
      expect(run.stderr).not.toContain(password);
    }
  }, 60_000);
});

/**
 * Waits until the worker holds a job, freezes it (SIGSTOP) so it cannot finish that job, checks
 * the job is still its own, and kills it (SIGKILL). Returns the job's id.
 */
async function killHoldingAJob(queue: OpenQueue, worker: CliProcess): Promise<string> {
  const owner = `${hostname()}:${worker.child.pid}`;
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    const held = (await queue.bull.getActive()).find((job) => job.processedBy === owner);
    if (held) {
      worker.child.kill('SIGSTOP');
      if ((await queue.bull.getJobState(held.id!)) === 'active') {
        worker.child.kill('SIGKILL');
        return held.id!;
      }
      worker.child.kill('SIGCONT');
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the worker never held a job');
}

async function eventsOf(queue: OpenQueue): Promise<Record<string, string>[]> {
  const entries = await queue.connection.client.xrange(`${BULL_PREFIX}:${queue.name}:events`, '-', '+');
  return entries.map(
    ([, fields]) => Object.fromEntries(fields.flatMap((_, i) => (i % 2 ? [] : [[fields[i]!, fields[i + 1]!]]))) as Record<string, string>,
  );
}
