import { Command } from 'commander';
import { addQueueOptions } from '../queue-options.js';
import type { QueueDrainOptions, QueueStatusOptions } from '../run/queue.js';
import type { CliRun } from '../io.js';

export function queueCommand(run: CliRun): Command {
  const status = addQueueOptions(new Command('status').description('Show the jobs waiting, running, done and failed, and the rate'))
    .option('--json', 'print one JSON object: {waiting, active, delayed, done, failed, rate, workers}', false)
    .action(async (options: QueueStatusOptions) => {
      const { runQueueStatus } = await import('../run/queue.js');
      run.exitCode = await runQueueStatus(options, run.host);
    });
  const drain = addQueueOptions(
    new Command('drain').description(
      "Write the queue's failures as `export --errors` records, in input order, and take them out of the queue",
    ),
  )
    .requiredOption('--errors <file>', 'JSON Lines file for the records ("-" for standard output)')
    .addHelpText('after', '\nEnqueueing the same inputs again then tries the drained articles again (and only them).')
    .action(async (options: QueueDrainOptions) => {
      const { runQueueDrain } = await import('../run/queue.js');
      run.exitCode = await runQueueDrain(options, run.host);
    });
  return new Command('queue')
    .description('Look at a job queue filled by `newskg enqueue`: its counts and rate, its failures')
    .addCommand(status)
    .addCommand(drain)
    .addHelpText(
      'after',
      '\nExamples:\n  $ newskg queue status --queue redis://queue-host:6379/0\n  $ newskg queue drain --queue redis://queue-host:6379/0 --errors failed.jsonl\n',
    );
}
