import type { SourceArticle, SourceFailure, SourceItem } from '../sources/types.js';
import { mapOrdered } from './ordered.js';
import { WorkerPool, inProcessExecutor } from './pool.js';
import type { Executor } from './pool.js';
import type { ArticleOutcome, JobSettings } from './types.js';

export interface CorpusOptions {
  /** Worker threads; 1 runs every article on the calling thread. */
  jobs: number;
  settings: JobSettings;
  /** Articles in flight (dispatched, not yet handed back); default 4 per worker, 1 in process. */
  window?: number;
  /** The worker entry (default dist/batch/worker.js beside this module). */
  workerUrl?: URL;
  /** Old-generation cap per worker in MB (default WORKER_HEAP_MB). */
  heapLimitMb?: number;
}

export type CorpusEntry = { item: SourceArticle; outcome: ArticleOutcome } | { item: SourceFailure; outcome?: undefined };

/**
 * Runs every article of a source through the pipeline and yields one entry per source item,
 * in input order whatever the number of jobs. Read failures pass through in their place.
 * A run with fewer than two articles stays on this thread (no worker start-up cost).
 */
export async function* runCorpus(sources: AsyncIterable<SourceItem>, options: CorpusOptions): AsyncGenerator<CorpusEntry> {
  const { head, rest } = await peekArticles(sources, 2);
  const articles = head.filter((item) => item.ok).length;
  const executor: Executor =
    options.jobs > 1 && articles > 1
      ? new WorkerPool(options.jobs, options.settings, {
          ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
          ...(options.heapLimitMb !== undefined ? { heapLimitMb: options.heapLimitMb } : {}),
        })
      : inProcessExecutor(options.settings);
  // In process, one article at a time: overlapping their async tails gains nothing on one thread.
  const window = options.window ?? (executor instanceof WorkerPool ? 4 * options.jobs : 1);
  try {
    const run = (item: SourceItem, seq: number): Promise<ArticleOutcome | undefined> =>
      item.ok ? executor.run({ seq, input: item.input }) : Promise.resolve(undefined);
    for await (const [item, outcome] of mapOrdered(prepend(head, rest), run, window)) {
      yield item.ok ? { item, outcome: outcome! } : { item };
    }
  } finally {
    await executor.close();
  }
}

/** Reads items until `count` articles (or the end) are seen; the rest of the source stays unread. */
async function peekArticles(
  sources: AsyncIterable<SourceItem>,
  count: number,
): Promise<{ head: SourceItem[]; rest: AsyncIterator<SourceItem> }> {
  const rest = sources[Symbol.asyncIterator]();
  const head: SourceItem[] = [];
  let articles = 0;
  while (articles < count) {
    const next = await rest.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.ok) articles++;
  }
  return { head, rest };
}

async function* prepend<T>(head: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
