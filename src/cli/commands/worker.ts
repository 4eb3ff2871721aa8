import { Command } from 'commander';
import { parseJobs } from '../options.js';
import { addQueueOptions } from '../queue-options.js';
import { wholeNumber } from '../options.js';
import { addStoreOptions } from '../store-options.js';
import { EXIT } from '../exit.js';
import type { WorkerCommandOptions } from '../run/worker.js';
import type { CliRun } from '../io.js';

export function workerCommand(run: CliRun): Command {
  const command = new Command('worker')
    .description(
      'Run the jobs of a queue filled by `newskg enqueue`: each article through the export pipeline, its result to files, N-Quads or a store',
    )
    .option('-c, --concurrency <n>', 'pipeline threads (1: all in this process)', parseJobs, 1)
    .option('-o, --out <dir>', 'write the per-article files `export -o` writes (same names, same bytes)')
    .option('--nquads-dir <dir>', 'write one N-Quads file per worker into this folder')
    .option('--until-empty', 'stop once no job is waiting or running anywhere (otherwise run until SIGINT/SIGTERM)', false)
    .option(
      '--stalled-after <seconds>',
      "a job's lock: when its worker dies, another worker takes the job after this long",
      wholeNumber(1),
      30,
    )
    .option('-q, --quiet', 'print only errors and the summary', false);
  addQueueOptions(command);
  return addStoreOptions(command, { endpointRequired: false })
    .addHelpText(
      'after',
      `
Give one of -o, --nquads-dir or --endpoint (with load's protocol and login options).
Each job runs with the options it was enqueued with. An article that fails for good goes to
the queue's failures with the record export --errors writes; a failed write is tried again
with backoff. A worker killed mid-job loses nothing: its job runs again on another worker,
and every write is whole or absent. SIGINT or SIGTERM lets running jobs finish, then stops.

Examples:
  $ newskg worker --queue redis://queue-host:6379/0 -o out --concurrency 2
  $ newskg worker --nquads-dir shards/ --until-empty
  $ NEWSKG_STORE_PASSWORD=... newskg worker --endpoint http://store:8890/sparql-graph-crud-auth --user dba

Exit status: 0 stopped cleanly; 3 the queue or the store cannot be reached, or output cannot be
written; 64 wrong command line.`,
    )
    .action(async (options: WorkerCommandOptions, command: Command) => {
      const sinks = [options.out, options.nquadsDir, options.endpoint].filter((s) => s !== undefined);
      if (sinks.length !== 1) command.error('error: give exactly one of -o, --nquads-dir or --endpoint', { exitCode: EXIT.USAGE });
      const { runWorker } = await import('../run/worker.js');
      run.exitCode = await runWorker(options, run.host);
    });
}
