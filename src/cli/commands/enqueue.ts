import { Command } from 'commander';
import { addArticleOptions } from '../article-options.js';
import { parseJobs } from '../options.js';
import { addQueueOptions } from '../queue-options.js';
import type { EnqueueCommandOptions } from '../run/enqueue.js';
import type { CliRun } from '../io.js';

export function enqueueCommand(run: CliRun): Command {
  const command = new Command('enqueue')
    .description('Add articles to a job queue on Redis, one job per article, for `newskg worker`s on any number of machines')
    .argument('<inputs...>', 'article files, folders, globs or JSON Lines corpora; "-" reads standard input');
  addQueueOptions(command);
  return addArticleOptions(command)
    .option(
      '--max-waiting <n>',
      'wait while more jobs than this are waiting, so Redis holds a bounded backlog (0: no bound)',
      parseWhole,
      100_000,
    )
    .option('-q, --quiet', 'print only errors and the summary (no line every 10,000 inputs)', false)
    .addHelpText(
      'after',
      `
The options say what each article becomes, as for export; they travel with the jobs, so every
worker exports the same way, and a queue takes one set of them (another set: another --name).
Each job is keyed by a hash of the article: enqueueing the same inputs again adds nothing. File
names are taken in input order, so a worker with -o writes the files export -o would.
Inputs that cannot be read go to the queue's failures (newskg queue drain).

Examples:
  $ export NEWSKG_QUEUE=redis://:secret@queue-host:6379/0
  $ newskg enqueue archive/ --date 2024-03-05
  $ newskg enqueue corpus.jsonl --name march --format turtle,nquads

Exit status: 0 all enqueued; 2 some input could not be read (the others were enqueued);
3 the queue cannot be reached; 64 wrong command line or options that differ from the queue's.`,
    )
    .action(async (inputs: string[], options: EnqueueCommandOptions) => {
      const { runEnqueue } = await import('../run/enqueue.js');
      run.exitCode = await runEnqueue(inputs, options, run.host);
    });
}

function parseWhole(value: string): number {
  return value.trim() === '0' ? 0 : parseJobs(value);
}
