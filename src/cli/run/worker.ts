import { fileSink, nquadsDirSink, runQueueWorker, storeSink } from '../../queue/index.js';
import type { ArticleSink } from '../../queue/index.js';
import { isStoreError } from '../../store/index.js';
import type { QueueOptions } from '../queue-options.js';
import type { StoreOptions } from '../store-options.js';
import { EXIT, exitCodeFor } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { redactUserinfo } from '../../store/index.js';
import { queueErrorLine, withQueue } from './queue-connection.js';
import { storeFailure, storeTarget } from './store-target.js';
import type { StoreTarget } from './store-target.js';

export interface WorkerCommandOptions extends QueueOptions, StoreOptions {
  concurrency: number;
  out?: string;
  nquadsDir?: string;
  untilEmpty: boolean;
  stalledAfter: number;
  quiet: boolean;
}

export async function runWorker(options: WorkerCommandOptions, host: CliHost): Promise<number> {
  let store: StoreTarget | undefined;
  // Service messages were made fit to print where they were caught; URL user-info is cut from every line.
  const log = (line: string) => printLine(host.stderr, redactUserinfo(line));
  const explain = (error: unknown) => (isStoreError(error) ? storeFailure(error, options, store?.credentials) : queueErrorLine(error));
  try {
    store = options.endpoint
      ? storeTarget({ ...options, endpoint: options.endpoint }, host.env, (line) => options.quiet || log(line))
      : undefined;
    // A worker rides out a Redis restart of up to a minute.
    return await withQueue(options, { reconnectForMs: 60_000 }, async (queue) => {
      const sink = await openSink(options, store);
      if (!options.quiet) log(`newskg: worker on ${queue.connection.shown} (queue ${queue.name}) writing to ${sink.label}`);
      const summary = await runQueueWorker(queue, {
        concurrency: options.concurrency,
        sink,
        untilEmpty: options.untilEmpty,
        stalledAfterMs: options.stalledAfter * 1000,
        verbose: !options.quiet,
        log,
      });
      if (summary.fatal) log(`error: ${explain(summary.fatal)}`);
      log(
        `newskg: ${summary.done} article(s) done, ${summary.triples} triples, ${summary.failed} failed, ${summary.retried} write(s) left for another attempt`,
      );
      return summary.fatal ? exitCodeFor(summary.fatal) : EXIT.OK;
    });
  } catch (error) {
    log(`error: ${explain(error)}`);
    return exitCodeFor(error);
  }
}

function openSink(options: WorkerCommandOptions, store: StoreTarget | undefined): Promise<ArticleSink> | ArticleSink {
  if (options.out !== undefined) return fileSink(options.out);
  if (options.nquadsDir !== undefined) return nquadsDirSink(options.nquadsDir);
  return storeSink(store!.target, store!.client, store!.shown);
}
