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
import { baseStem } from '../sinks/index.js';
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
 * Takes each article's stem in one atomic step for the whole batch: a stem already owned by the
 * same key means the article is queued (state 0), unless that key is still pending from an
 * enqueue that stopped before adding it (state 1: add it now). Numbered stems are base-n,
 * like numberedStem in src/sinks/stems.ts.
 */
const CLAIM_STEMS = `
local out = {}
for i = 1, #ARGV, 2 do
  local base, key = ARGV[i], ARGV[i + 1]
  local stem, n = base, 1
  while true do
    local owner = redis.call('HGET', KEYS[1], stem)
    if not owner then
      redis.call('HSET', KEYS[1], stem, key)
      redis.call('SADD', KEYS[2], key)
      out[#out + 1] = stem
      out[#out + 1] = 1
      break
    elseif owner == key then
      out[#out + 1] = stem
      out[#out + 1] = redis.call('SISMEMBER', KEYS[2], key)
      break
    end
    n = n + 1
    stem = base .. '-' .. n
  end
end
return out`;

export async function enqueueSources(sources: AsyncIterable<SourceItem>, settings: ArticleSettings, queue: OpenQueue, options: EnqueueOptions): Promise<EnqueueResult> {
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
  const differ = [...new Set([...Object.keys(theirs), ...Object.keys(ours)])].filter((k) => JSON.stringify(theirs[k]) !== JSON.stringify(ours[k]));
  throw new NewskgError('OPTION_INVALID', `queue "${queue.name}" holds articles to export with other options (${differ.join(', ')}): give the same options, or another --name`);
}

async function addBatch(queue: OpenQueue, batch: readonly SourceItem[], result: EnqueueResult, options: EnqueueOptions): Promise<void> {
  const { client } = queue.connection;
  const first = (await client.incrby(queue.keys.seq, batch.length)) - batch.length;
  const articles: QueuedArticle[] = [];
  const failures: [string, string][] = [];
  for (const [i, item] of batch.entries()) {
    const seq = first + i;
    if (item.ok) {
      articles.push({ seq, id: item.id, file: item.file, ...(item.line !== undefined ? { line: item.line } : {}), stem: baseStem(item), input: item.input });
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
  const claims = (await client.eval(CLAIM_STEMS, 2, queue.keys.stems, queue.keys.pending, ...articles.flatMap((a, i) => [a.stem, keys[i]!]))) as (string | number)[];
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
  const key = createHash('sha256').update(JSON.stringify([record.id, record.file, record.line ?? null, record.code])).digest('hex').slice(0, 32);
  const stored: StoredFailure<ErrorRecord> = { seq, record };
  return [key, JSON.stringify(stored)];
}

async function waitForRoom(queue: OpenQueue, maxWaiting: number, pollMs: number): Promise<void> {
  while ((await queue.bull.getWaitingCount()) > maxWaiting) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
