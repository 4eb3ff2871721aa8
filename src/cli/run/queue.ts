import { ErrorReport } from '../../batch/index.js';
import { drainFailures, queueStatus } from '../../queue/index.js';
import type { QueueOptions } from '../queue-options.js';
import { EXIT, exitCodeFor } from '../exit.js';
import { printLine } from '../io.js';
import type { CliHost } from '../io.js';
import { queueErrorLine, withQueue } from './queue-connection.js';

export interface QueueStatusOptions extends QueueOptions {
  json: boolean;
}

export interface QueueDrainOptions extends QueueOptions {
  errors: string;
}

export async function runQueueStatus(options: QueueStatusOptions, host: CliHost): Promise<number> {
  const say = (line: string): void => printLine(host.stdout, line);
  try {
    return await withQueue(options, { reconnectForMs: 5_000 }, async (queue) => {
      const status = await queueStatus(queue);
      if (options.json) {
        say(JSON.stringify({ ...status, rate: Number(status.rate.toFixed(2)) }));
        return EXIT.OK;
      }
      const left = status.waiting + status.active + status.delayed;
      const eta = status.rate > 0 && left > 0 ? `, about ${formatDuration(left / status.rate)} left` : '';
      say(`queue ${queue.name} on ${queue.connection.shown}: ${status.workers} worker(s)`);
      say(
        `waiting ${status.waiting}, active ${status.active}${status.delayed ? `, delayed for another attempt ${status.delayed}` : ''}, done ${status.done}, failed ${status.failed}`,
      );
      say(`rate ${status.rate.toFixed(1)} articles/s over the last minutes${eta}`);
      return EXIT.OK;
    });
  } catch (error) {
    printLine(host.stderr, `error: ${queueErrorLine(error)}`);
    return exitCodeFor(error);
  }
}

export async function runQueueDrain(options: QueueDrainOptions, host: CliHost): Promise<number> {
  try {
    return await withQueue(options, { reconnectForMs: 5_000 }, async (queue) => {
      const drained = await drainFailures(queue, async (records) => {
        const report = await ErrorReport.open(options.errors, { stdout: host.stdout });
        try {
          for (const record of records) await report.add(record);
          await report.commit();
        } catch (error) {
          await report.abort();
          throw error;
        }
      });
      printLine(
        host.stderr,
        `newskg: ${drained} failure(s) of queue ${queue.name} written to ${options.errors === '-' ? 'standard output' : options.errors} and taken out of the queue`,
      );
      return EXIT.OK;
    });
  } catch (error) {
    printLine(host.stderr, `error: ${queueErrorLine(error)}`);
    return exitCodeFor(error);
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
