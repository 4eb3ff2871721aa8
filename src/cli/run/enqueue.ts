import { failureLine } from '../../batch/index.js';
import { enqueueSources } from '../../queue/index.js';
import { readSources } from '../../sources/index.js';
import type { ArticleOptions } from '../article-options.js';
import type { QueueOptions } from '../queue-options.js';
import { EXIT, exitCodeFor } from '../exit.js';
import { queueErrorLine, withQueue } from './queue-connection.js';
import { articleSettings } from './settings.js';

export interface EnqueueCommandOptions extends ArticleOptions, QueueOptions {
  maxWaiting: number;
  quiet: boolean;
}

const PROGRESS_EVERY = 10_000;

export async function runEnqueue(inputs: string[], options: EnqueueCommandOptions): Promise<number> {
  try {
    const settings = await articleSettings(options);
    return await withQueue(options, { reconnectForMs: 5_000 }, async (queue) => {
      const sources = readSources(inputs, { inputFormat: options.inputFormat });
      let reported = 0;
      const result = await enqueueSources(sources, settings, queue, {
        maxWaiting: options.maxWaiting,
        onReadFailure: (item, failure) => console.error(`error: ${failureLine(item, failure)}`),
        // a large corpus takes a while (and waits for the workers when the backlog is full): a line every 10,000 inputs
        onProgress: (so) => {
          const read = so.added + so.present + so.unreadable;
          if (options.quiet || read < reported + PROGRESS_EVERY) return;
          reported = read;
          console.error(`newskg: ${read} input(s) read, ${so.added} enqueued`);
        },
      });
      console.error(
        `newskg: ${result.added} article(s) enqueued on ${queue.connection.shown} (queue ${queue.name}), ${result.present} already there, ${result.unreadable} unreadable (in the queue's failures)`,
      );
      return result.unreadable ? EXIT.INPUT_FAILED : EXIT.OK;
    });
  } catch (error) {
    console.error(`error: ${queueErrorLine(error)}`);
    return exitCodeFor(error);
  }
}
