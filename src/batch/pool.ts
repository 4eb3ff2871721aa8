import { Worker } from 'node:worker_threads';
import { NewskgError } from '../core/errors.js';
import type { ArticleJob, ArticleOutcome, JobSettings } from './types.js';

/** Runs articles: in this thread, or on a pool of worker threads. */
export interface Executor {
  run(job: ArticleJob): Promise<ArticleOutcome>;
  close(): Promise<void>;
}

/**
 * --jobs 1: no workers, each article in turn on the main thread. The pipeline is loaded on the
 * first article, so a thread that only hands articles to workers never loads it.
 */
export function inProcessExecutor(settings: JobSettings): Executor {
  return {
    run: async (job) => (await import('./article-job.js')).processArticle(job.input, settings),
    close: async () => undefined,
  };
}

/** Compiled next to this file; in dist/ that is dist/batch/worker.js. */
export const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Old-generation heap of a pool worker, in MB. A worker holds ~40 MB of modules and lexicons and
 * needs ~20 MB more for a sample-sized article; without a cap V8 lets each isolate's heap grow to
 * several hundred MB before collecting, which is what made a corpus run's memory climb. An
 * article too large for the cap is run again on a worker of its own without one.
 */
export const WORKER_HEAP_MB = 96;

/**
 * Young generation of a pool worker, in MB: V8 makes its semi-spaces 32 MB instead of the
 * default 16. An article allocates ~15 MB and most of it dies with the article; with 16 MB
 * semi-spaces a scavenge lands in the middle of nearly every article and promotes what that
 * article still holds, which mark-compacts then collect. Measured on 1,000 generated articles
 * (--jobs 2): 17 s of CPU instead of 21-23 s, peak RSS 366-382 MB instead of 329-334 MB
 * (bench/README.md).
 */
export const WORKER_YOUNG_MB = 64;

export interface PoolOptions {
  /** The worker entry (default WORKER_URL). */
  workerUrl?: URL;
  /** Old-generation cap per worker (default WORKER_HEAP_MB; 0 for none). */
  heapLimitMb?: number;
}

interface Pending {
  job: ArticleJob;
  resolve: (outcome: ArticleOutcome) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Set once the worker has loaded its modules and shapes. */
  ready: boolean;
}

type WorkerMessage = { ready: true } | { seq: number; outcome: ArticleOutcome };

function internalFailure(message: string): ArticleOutcome {
  const error = new NewskgError('INTERNAL', message);
  return { ok: false, stage: 'extract', code: 'INTERNAL', message, line: error.toLine(), located: false, timings: {} };
}

/**
 * A fixed pool of worker threads, each started once with the job settings (so each compiles
 * the shapes once). A job goes to the least busy worker. A worker that dies is replaced: its
 * in-flight articles are run again on a worker without the heap cap when it ran out of memory,
 * and fail (INTERNAL) otherwise, so one bad article cannot stop a corpus.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly workerUrl: URL;
  private readonly heapLimitMb: number;
  private closing = false;
  /** Set when a worker cannot even start (missing dist/batch/worker.js, broken shapes): every job fails with it. */
  private broken: NewskgError | undefined;
  private readonly rejecters = new Set<(error: Error) => void>();
  private readonly roomy = new Set<Worker>();
  /** Articles run again without the heap cap after their worker ran out of memory. */
  outOfMemoryRetries = 0;

  constructor(
    size: number,
    private readonly settings: JobSettings,
    options: PoolOptions = {},
  ) {
    this.workerUrl = options.workerUrl ?? WORKER_URL;
    this.heapLimitMb = options.heapLimitMb ?? WORKER_HEAP_MB;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** Rejects only when the pool cannot run anything at all; an article's own failure is an outcome. */
  run(job: ArticleJob): Promise<ArticleOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const slot = this.slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
    return new Promise((resolve, reject) => {
      const settle = (outcome: ArticleOutcome) => {
        this.rejecters.delete(reject);
        resolve(outcome);
      };
      this.rejecters.add(reject);
      slot.pending.set(job.seq, { job, resolve: settle });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots.map((s) => s.worker), ...this.roomy].map((worker) => worker.terminate()));
  }

  private spawn(): Slot {
    const resourceLimits = {
      maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      ...(this.heapLimitMb > 0 ? { maxOldGenerationSizeMb: this.heapLimitMb } : {}),
    };
    const worker = new Worker(this.workerUrl, { workerData: this.settings, resourceLimits });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const pending = slot.pending.get(message.seq);
      slot.pending.delete(message.seq);
      pending?.resolve(message.outcome);
    });
    const fail = (error: Error & { code?: string }) => {
      if (this.closing || this.broken) return;
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      void worker.terminate();
      if (!slot.ready) {
        this.broken = new NewskgError('INTERNAL', `worker thread could not start: ${error.message}`, { source: this.workerUrl.pathname });
        for (const reject of this.rejecters) reject(this.broken);
        this.rejecters.clear();
        return;
      }
      this.slots[index] = this.spawn();
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      for (const { job, resolve } of slot.pending.values()) {
        if (outOfMemory) {
          this.outOfMemoryRetries++;
          void this.runRoomy(job).then(resolve);
        } else resolve(internalFailure(`worker thread failed: ${error.message}`));
      }
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread exited with code ${code}`)));
    return slot;
  }

  /** One article on a worker of its own with no heap cap (after a capped worker ran out of memory). */
  private runRoomy(job: ArticleJob): Promise<ArticleOutcome> {
    return new Promise((resolve) => {
      const worker = new Worker(this.workerUrl, { workerData: this.settings });
      this.roomy.add(worker);
      let settled = false;
      const finish = (outcome: ArticleOutcome) => {
        if (settled) return;
        settled = true;
        this.roomy.delete(worker);
        void worker.terminate();
        resolve(outcome);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (!('ready' in message)) finish(message.outcome);
      });
      worker.on('error', (error) => finish(internalFailure(`worker thread failed: ${error.message}`)));
      worker.on('exit', (code) => finish(internalFailure(`worker thread exited with code ${code}`)));
      worker.postMessage(job);
    });
  }
}
