/**
 * `queue drain`: the queue's failures (unreadable inputs, articles failed for good) written as
 * the records `export --errors` writes, in input order, then taken out of the queue: their
 * jobs, their records and their file names, so enqueueing the inputs again tries them again.
 */
import type { ErrorRecord } from '../batch/index.js';
import { stemFiles } from '../sinks/index.js';
import type { OpenQueue } from './queue.js';
import type { QueuedArticle, StoredFailure } from './jobs.js';

const PAGE = 500;

interface Drained {
  seq: number;
  record: ErrorRecord;
  /** How to take it out once written. */
  readKey?: string;
  job?: { id: string; stem: string };
}

/** Writes every failure through `write` (in input order) and removes those written; returns how many. */
export async function drainFailures(queue: OpenQueue, write: (records: ErrorRecord[]) => Promise<void>): Promise<number> {
  const { client } = queue.connection;
  const drained: Drained[] = [];
  for (const [readKey, json] of Object.entries(await client.hgetall(queue.keys.readErrors))) {
    const stored = JSON.parse(json) as StoredFailure<ErrorRecord>;
    drained.push({ ...stored, readKey });
  }
  for (let start = 0; ; start += PAGE) {
    const jobs = await queue.bull.getFailed(start, start + PAGE - 1);
    if (!jobs.length) break;
    const records = await client.hmget(queue.keys.errors, ...jobs.map((job) => job.id!));
    for (const [i, job] of jobs.entries()) {
      const data = job.data as QueuedArticle;
      const json = records[i];
      // A job failed by BullMQ itself (its worker died twice while running it) has no record of ours.
      const stored: StoredFailure<ErrorRecord> = json
        ? (JSON.parse(json) as StoredFailure<ErrorRecord>)
        : {
            seq: data.seq,
            record: {
              id: data.id,
              file: data.file,
              ...(data.line !== undefined ? { line: data.line } : {}),
              stage: 'extract',
              code: 'INTERNAL',
              message: job.failedReason,
            },
          };
      drained.push({ ...stored, job: { id: job.id!, stem: data.stem } });
    }
    if (jobs.length < PAGE) break;
  }
  drained.sort((a, b) => a.seq - b.seq);
  await write(drained.map((d) => d.record));
  for (const item of drained) {
    if (item.readKey) await client.hdel(queue.keys.readErrors, item.readKey);
    if (!item.job) continue;
    await queue.bull.remove(item.job.id);
    await client.hdel(queue.keys.errors, item.job.id);
    // Frees the name only if this job still holds it.
    if ((await client.hget(queue.keys.stemOwners, item.job.id)) === item.job.stem) {
      for (const file of stemFiles(item.job.stem))
        if ((await client.hget(queue.keys.stems, file)) === item.job.id) await client.hdel(queue.keys.stems, file);
      await client.hdel(queue.keys.stemOwners, item.job.id);
    }
  }
  return drained.length;
}
