/**
 * `worker`: takes jobs from the queue and runs each through the same per-article pipeline as
 * `export` (src/batch, in this thread or on a pool of worker threads), with the settings the
 * queue was filled with, and writes the result to a sink.
 *
 * - An article that fails for good (unreadable, no article in it, violations) fails at once,
 *   with the error record `export --errors` writes.
 * - A write that fails is tried again with backoff (JOB_OPTIONS); its record is kept when the
 *   last attempt fails. A sink failure every job would repeat (credentials) stops the worker.
 * - A worker killed mid-job loses its lock; after `stalledAfterMs` another worker runs the job
 *   again, and the sinks make sure nothing half-written stays behind.
 */
import { hostname } from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { WorkerPool, articleOutput, errorRecord, failureLine, failureOf, inProcessExecutor, jobSettings, where } from '../batch/index.js';
import type { ArticleSettings, ErrorRecord, Executor, Failure } from '../batch/index.js';
import { NewskgError } from '../core/errors.js';
import { connectionError } from './connection.js';
import { BULL_PREFIX } from './jobs.js';
import type { QueuedArticle, StoredFailure } from './jobs.js';
import type { OpenQueue } from './queue.js';
import { isFatalSinkError } from './sinks.js';
import type { ArticleSink } from './sinks.js';

export interface QueueWorkerOptions {
  /** Pipeline threads: 1 runs articles on this thread. */
  concurrency: number;
  sink: ArticleSink;
  /** Stop once no job is waiting, delayed or running anywhere. */
  untilEmpty: boolean;
  /** How long a job's lock lasts without renewal: after that, the job of a dead worker runs again elsewhere. */
  stalledAfterMs: number;
  /** One line per article done (errors are always printed). */
  verbose: boolean;
  /** Prints a line (the caller redacts secrets). */
  log: (line: string) => void;
  /** The worker-thread entry (tests). */
  workerUrl?: URL;
}

export interface WorkerSummary {
  done: number;
  failed: number;
  /** Writes that failed and were left for another attempt. */
  retried: number;
  triples: number;
  /** Why the worker stopped before the queue was empty, when it did. */
  fatal?: unknown;
}

/** A week of one-minute points: what `queue status` computes the rate from. */
const METRICS_POINTS = 7 * 24 * 60;

export async function runQueueWorker(queue: OpenQueue, options: QueueWorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { done: 0, failed: 0, retried: 0, triples: 0 };
  const runtime = lazyRuntime(queue, options);
  let stopping: Promise<void> | undefined;
  let settle: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (settle = resolve));

  const processor = async (job: Job<QueuedArticle>) => {
    const article = job.data;
    const { settings, executor } = await runtime();
    const outcome = await executor.run({ seq: article.seq, input: article.input });
    if (!outcome.ok) return failForGood(job, outcome);
    const output = articleOutput(outcome, settings, options.sink.stemFor(article));
    let written: string[];
    try {
      written = await options.sink.write(article, outcome, output, { rerun: job.attemptsStarted > 1 });
    } catch (error) {
      const failure = failureOf(error, 'write');
      if (isFatalSinkError(error)) {
        summary.fatal ??= error;
        void stop();
      } else if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await keepFailure(job, failure);
        summary.failed++;
      } else {
        summary.retried++;
      }
      options.log(`error: ${failureLine(article, failure)}`);
      throw error;
    }
    if (output.violation)
      return failForGood(job, {
        stage: 'validate',
        code: 'VALIDATION_FAILED',
        message: output.violation,
        line: `VALIDATION_FAILED: ${output.violation}`,
        located: false,
      });
    summary.done++;
    summary.triples += outcome.triples;
    if (options.verbose) options.log(`${where(article)} -> ${written.join(', ')} (${outcome.triples} triples)`);
    return { triples: outcome.triples };
  };

  const failForGood = async (job: Job<QueuedArticle>, failure: Failure): Promise<never> => {
    await keepFailure(job, failure);
    summary.failed++;
    options.log(`error: ${failureLine(job.data, failure)}`);
    throw new UnrecoverableError(failure.line);
  };

  const keepFailure = async (job: Job<QueuedArticle>, failure: Failure): Promise<void> => {
    const stored: StoredFailure<ErrorRecord> = { seq: job.data.seq, record: errorRecord(job.data, failure) };
    await queue.connection.client.hset(queue.keys.errors, job.id!, JSON.stringify(stored));
  };

  // With threads, twice as many jobs as threads, so a thread has the next article while a result is written.
  const window = options.concurrency > 1 ? 2 * options.concurrency : 1;
  const worker = new Worker<QueuedArticle>(queue.name, processor, {
    connection: queue.connection.client,
    prefix: BULL_PREFIX,
    name: `${hostname()}:${process.pid}`,
    concurrency: window,
    lockDuration: options.stalledAfterMs,
    stalledInterval: options.stalledAfterMs,
    // A job whose worker died twice (say, it brings the process down) fails instead of killing a third.
    maxStalledCount: 2,
    metrics: { maxDataPoints: METRICS_POINTS },
    autorun: false,
  });
  const seen = new Set<string>();
  worker.on('error', (error) => {
    const line = queue.connection.redact(error.message);
    if (!seen.has(line)) options.log(`warning: queue ${queue.name}: ${line}`);
    seen.add(line);
  });
  const onConnectionLost = () => {
    summary.fatal ??= connectionError(new Error('connection closed and not reopened'), queue.connection.shown);
    void stop();
  };
  queue.connection.client.on('end', onConnectionLost);

  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await worker.close().catch(() => undefined);
      settle();
    })());
  const onSignal = () => void stop();
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  const watch = options.untilEmpty ? setInterval(() => void checkEmpty(), 500) : undefined;
  const checkEmpty = async () => {
    if (stopping) return;
    const counts = await queue.bull.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children').catch(() => undefined);
    if (counts && Object.values(counts).every((n) => n === 0)) void stop();
  };
  try {
    void worker.run().catch((error: unknown) => {
      summary.fatal ??= error;
      void stop();
    });
    await stopped;
  } finally {
    if (watch) clearInterval(watch);
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    queue.connection.client.off('end', onConnectionLost);
    await options.sink.close();
    await runtime.close();
  }
  return summary;
}

/** The queue's settings and an executor for them, made when the first job comes (enqueue writes the settings before any job). */
function lazyRuntime(
  queue: OpenQueue,
  options: QueueWorkerOptions,
): (() => Promise<{ settings: ArticleSettings; executor: Executor }>) & { close(): Promise<void> } {
  let made: Promise<{ settings: ArticleSettings; executor: Executor }> | undefined;
  const get = () =>
    (made ??= (async () => {
      const json = await queue.connection.client.get(queue.keys.settings);
      if (json === null)
        throw new NewskgError('OPTION_INVALID', `queue "${queue.name}" has jobs but no settings: fill it with newskg enqueue`);
      const settings = JSON.parse(json) as ArticleSettings;
      const threadSettings = jobSettings(settings, { files: options.sink.files, streams: options.sink.streams });
      const executor =
        options.concurrency > 1
          ? new WorkerPool(options.concurrency, threadSettings, options.workerUrl ? { workerUrl: options.workerUrl } : {})
          : inProcessExecutor(threadSettings);
      return { settings, executor };
    })());
  return Object.assign(get, {
    close: async () => {
      if (made) await (await made).executor.close();
    },
  });
}
