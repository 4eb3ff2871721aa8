import { failureLine } from '../../batch/index.js';
import { enqueueSources } from '../../queue/index.js';
import { readSourcesFrom } from '../../sources/index.js';
import type { ArticleOptions } from '../article-options.js';
import type { QueueOptions } from '../queue-options.js';
import { EXIT, exitCodeFor } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { queueErrorLine, withQueue } from './queue-connection.js';
import { articleSettings } from './settings.js';

export interface EnqueueCommandOptions extends ArticleOptions, QueueOptions {
  maxWaiting: number;
  quiet: boolean;
}

const PROGRESS_EVERY = 10_000;

export async function runEnqueue(inputs: string[], options: EnqueueCommandOptions, host: CliHost): Promise<number> {
  const say = (line: string): void => printLine(host.stderr, line);
  try {
    const settings = await articleSettings(options);
    return await withQueue(options, { reconnectForMs: 5_000 }, async (queue) => {
      const sources = readSourcesFrom(inputs, { inputFormat: options.inputFormat }, { stdin: host.stdin });
      let reported = 0;
      const result = await enqueueSources(sources, settings, queue, {
        maxWaiting: options.maxWaiting,
        onReadFailure: (item, failure) => say(`error: ${failureLine(item, failure)}`),
        // a large corpus takes a while (and waits for the workers when the backlog is full): a line every 10,000 inputs
        onProgress: (so) => {
          const read = so.added + so.present + so.unreadable;
          if (options.quiet || read < reported + PROGRESS_EVERY) return;
          reported = read;
          say(`newskg: ${read} input(s) read, ${so.added} enqueued`);
        },
      });
      say(
        `newskg: ${result.added} article(s) enqueued on ${queue.connection.shown} (queue ${queue.name}), ${result.present} already there, ${result.unreadable} unreadable (in the queue's failures)`,
      );
      return result.unreadable ? EXIT.INPUT_FAILED : EXIT.OK;
    });
  } catch (error) {
    say(`error: ${queueErrorLine(error)}`);
    return exitCodeFor(error);
  }
}
