import { Option } from 'commander';
import type { Command } from 'commander';

/** Which queue: the Redis URL (from $NEWSKG_QUEUE when not given, so a password need not be on the command line) and the queue's name. */
export interface QueueOptions {
  queue: string;
  name: string;
}

export function addQueueOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--queue <url>',
        'the Redis server: redis://[:password@]host[:port][/db] (rediss:// for TLS); the password is never printed',
      )
        .env('NEWSKG_QUEUE')
        .makeOptionMandatory(),
    )
    .option('--name <name>', 'the queue: several exports can share one Redis', 'corpus');
}
