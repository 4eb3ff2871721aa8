/**
 * What a queue holds: one BullMQ job per article, keyed by a hash of its content, and a few
 * keys of our own beside BullMQ's (the run's settings, the file names taken, the failures).
 */
import { createHash } from 'node:crypto';
import type { JobsOptions } from 'bullmq';
import type { ArticleInput } from '../pipeline.js';

/** BullMQ's keys are `newskg:bull:<name>:...`; ours `newskg:<name>:...`, so neither can shadow the other. */
export const BULL_PREFIX = 'newskg:bull';

export interface QueueKeys {
  /** The run's ArticleSettings as JSON, set by the first `enqueue`. */
  settings: string;
  /** Hash: each file name a claimed stem gives (as compared: comparableName) -> key of the job that owns it. */
  stems: string;
  /** Hash: job key -> its file stem (also what says an article is already queued). */
  stemOwners: string;
  /** Set: keys whose stem was taken but whose job may not be added yet (an `enqueue` that stopped in between). */
  pending: string;
  /** Counter: the input order across every `enqueue` into this queue. */
  seq: string;
  /** Hash: key -> {seq, record} for inputs that could not be read (found by `enqueue`). */
  readErrors: string;
  /** Hash: job key -> {seq, record} for articles that failed for good (written by workers). */
  errors: string;
}

export function queueKeys(name: string): QueueKeys {
  const key = (what: string) => `newskg:${name}:${what}`;
  return {
    settings: key('settings'),
    stems: key('stems'),
    stemOwners: key('stem-owners'),
    pending: key('pending'),
    seq: key('seq'),
    readErrors: key('read-errors'),
    errors: key('errors'),
  };
}

/** One job's data: the article and where it came from, its file stem and its place in the input. */
export interface QueuedArticle {
  seq: number;
  id: string;
  file: string;
  line?: number;
  /** The file name without extension a worker with -o writes under (taken at enqueue time, in input order). */
  stem: string;
  input: ArticleInput;
}

/** A failure record as kept in Redis: with its place in the input, so `queue drain` writes them in input order. */
export interface StoredFailure<Record> {
  seq: number;
  record: Record;
}

/**
 * The job id: a hash of the article's text, metadata and id (not of the path it was read from,
 * so the same folder given another way adds nothing).
 */
export function articleKey(article: Pick<QueuedArticle, 'id' | 'input'>): string {
  const { raw, hints, source } = article.input;
  return createHash('sha256')
    .update(JSON.stringify([article.id, source.format, raw, hints ?? null]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Transient failures (a full disk, a store restarting) are tried again with backoff: 1, 2, 4,
 * 8 s. A completed job is removed at once (its text would fill Redis); its stem entry is what
 * remembers it. A failed one stays for `queue drain`.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: false,
};
