/**
 * `enqueue`: articles from the sources `export` reads become jobs, in input order. Each job's
 * file stem is taken here, so a worker writes the names `export -o` would; a stem names its
 * job's key, which is also how an article enqueued twice is found. Unreadable inputs go
 * straight to the queue's failures.
 */
import { createHash } from 'node:crypto';
import { NewskgError } from '../core/errors.js';
import { errorRecord, failureOf } from '../batch/index.js';
import type { ArticleSettings, ErrorRecord, Failure } from '../batch/index.js';
import { STEM_SUFFIXES, baseStem, comparableName } from '../sinks/index.js';
import type { SourceFailure, SourceItem } from '../sources/types.js';
import { JOB_OPTIONS, articleKey } from './jobs.js';
import type { QueuedArticle, StoredFailure } from './jobs.js';
import type { OpenQueue } from './queue.js';

export interface EnqueueOptions {
  /** Wait while more jobs than this are waiting (0: never), so Redis holds a bounded backlog of texts. */
  maxWaiting: number;
  onReadFailure?: (item: SourceFailure, failure: Failure) => void;
  /** Called after each batch with the counts so far. */
  onProgress?: (result: Readonly<EnqueueResult>) => void;
  /** Polling interval while the backlog is full (ms). */
  pollMs?: number;
}

export interface EnqueueResult {
  added: number;
  /** Articles already in the queue (waiting, running, done or failed), not added again. */
  present: number;
  /** Inputs that could not be read (each recorded once in the queue's failures). */
  unreadable: number;
}

const BATCH = 200;

/**
 * Takes each article's stem in one atomic step for the whole batch, by the rule of OutputStems
 * (src/sinks/stems.ts): a stem is free when none of its files (STEM_SUFFIXES, names compared as
 * comparableName gives them) is taken, else base-2, base-3... KEYS[1] maps each taken file name to
 * its article's key, KEYS[3] each key to its stem. A key that already has a stem is queued (state 0),
 * unless it is still pending from an enqueue that stopped before adding it (state 1: add it now).
 * ARGV: the number of suffixes, the suffixes, then per article its base stem, that stem as
 * compared, and its key.
 */
const CLAIM_STEMS = `
local out = {}
local suffixes = tonumber(ARGV[1])
local function free(stem)
  for s = 2, suffixes + 1 do
    if redis.call('HEXISTS', KEYS[1], stem .. ARGV[s]) == 1 then return false end
  end
  return true
end
for i = suffixes + 2, #ARGV, 3 do
  local base, compared, key = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local owned = redis.call('HGET', KEYS[3], key)
  if owned then
    out[#out + 1] = owned
    out[#out + 1] = redis.call('SISMEMBER', KEYS[2], key)
  else
    local stem, as, n = base, compared, 1
    while not free(as) do
      n = n + 1
      stem, as = base .. '-' .. n, compared .. '-' .. n
    end
    for s = 2, suffixes + 1 do redis.call('HSET', KEYS[1], as .. ARGV[s], key) end
    redis.call('HSET', KEYS[3], key, stem)
    redis.call('SADD', KEYS[2], key)
    out[#out + 1] = stem
    out[#out + 1] = 1
  end
end
return out`;

export async function enqueueSources(
  sources: AsyncIterable<SourceItem>,
  settings: ArticleSettings,
  queue: OpenQueue,
  options: EnqueueOptions,
): Promise<EnqueueResult> {
  await claimSettings(queue, settings);
  const result: EnqueueResult = { added: 0, present: 0, unreadable: 0 };
  let batch: SourceItem[] = [];
  let sinceCheck = 0;
  for await (const item of sources) {
    batch.push(item);
    if (batch.length < BATCH) continue;
    await addBatch(queue, batch, result, options);
    options.onProgress?.(result);
    sinceCheck += batch.length;
    batch = [];
    if (options.maxWaiting > 0 && sinceCheck >= options.maxWaiting / 10) {
      sinceCheck = 0;
      await waitForRoom(queue, options.maxWaiting, options.pollMs ?? 1_000);
    }
  }
  if (batch.length) await addBatch(queue, batch, result, options);
  return result;
}

/** The first enqueue sets the queue's settings; a later one must bring the same, or every worker would export two ways. */
async function claimSettings(queue: OpenQueue, settings: ArticleSettings): Promise<void> {
  const json = JSON.stringify(settings);
  const { client } = queue.connection;
  if ((await client.set(queue.keys.settings, json, 'NX')) === 'OK') return;
  const existing = await client.get(queue.keys.settings);
  if (existing === json) return;
  const theirs = JSON.parse(existing ?? '{}') as Record<string, unknown>;
  const ours = settings as unknown as Record<string, unknown>;
  const differ = [...new Set([...Object.keys(theirs), ...Object.keys(ours)])].filter(
    (k) => JSON.stringify(theirs[k]) !== JSON.stringify(ours[k]),
  );
  throw new NewskgError(
    'OPTION_INVALID',
    `queue "${queue.name}" holds articles to export with other options (${differ.join(', ')}): give the same options, or another --name`,
  );
}

async function addBatch(queue: OpenQueue, batch: readonly SourceItem[], result: EnqueueResult, options: EnqueueOptions): Promise<void> {
  const { client } = queue.connection;
  const first = (await client.incrby(queue.keys.seq, batch.length)) - batch.length;
  const articles: QueuedArticle[] = [];
  const failures: [string, string][] = [];
  for (const [i, item] of batch.entries()) {
    const seq = first + i;
    if (item.ok) {
      articles.push({
        seq,
        id: item.id,
        file: item.file,
        ...(item.line !== undefined ? { line: item.line } : {}),
        stem: baseStem(item),
        input: item.input,
      });
      continue;
    }
    const failure = failureOf(item.error, 'read');
    options.onReadFailure?.(item, failure);
    failures.push(storedReadFailure(seq, errorRecord(item, failure)));
  }
  for (const [key, value] of failures) await client.hsetnx(queue.keys.readErrors, key, value);
  result.unreadable += failures.length;
  if (!articles.length) return;
  const keys = articles.map((article) => articleKey(article));
  const suffixes = STEM_SUFFIXES.map((suffix) => suffix.toLowerCase());
  const perArticle = articles.flatMap((a, i) => [a.stem, comparableName(a.stem), keys[i]!]);
  const claims = (await client.eval(
    CLAIM_STEMS,
    3,
    queue.keys.stems,
    queue.keys.pending,
    queue.keys.stemOwners,
    suffixes.length,
    ...suffixes,
    ...perArticle,
  )) as (string | number)[];
  const jobs = [];
  for (const [i, article] of articles.entries()) {
    article.stem = String(claims[2 * i]);
    if (claims[2 * i + 1] === 1) jobs.push({ name: 'article', data: article, opts: { ...JOB_OPTIONS, jobId: keys[i]! } });
    else result.present++;
  }
  if (jobs.length) {
    await queue.bull.addBulk(jobs);
    await client.srem(queue.keys.pending, ...jobs.map((job) => job.opts.jobId));
    result.added += jobs.length;
  }
}

/** A read failure under a key of its own, so enqueueing the same broken input twice records it once. */
function storedReadFailure(seq: number, record: ErrorRecord): [string, string] {
  const key = createHash('sha256')
    .update(JSON.stringify([record.id, record.file, record.line ?? null, record.code]))
    .digest('hex')
    .slice(0, 32);
  const stored: StoredFailure<ErrorRecord> = { seq, record };
  return [key, JSON.stringify(stored)];
}

async function waitForRoom(queue: OpenQueue, maxWaiting: number, pollMs: number): Promise<void> {
  while ((await queue.bull.getWaitingCount()) > maxWaiting) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
