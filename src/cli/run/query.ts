import { NewskgError } from '../../core/errors.js';
import { readInputBounded, STDIN_NAME } from '../../core/files.js';
import { collectDataFiles, loadDataset, runQuery } from '../../query/index.js';
import type { QueryOutputFormat } from '../../query/index.js';
import { EXIT } from '../exit.js';
import type { CliHost } from '../io.js';

export interface QueryOptions {
  expression?: string;
  format: QueryOutputFormat;
  maxWidth: number;
}

export async function runQueryCommand(args: string[], options: QueryOptions, host: CliHost): Promise<number> {
  const queryFile = options.expression === undefined ? args[0] : undefined;
  const rest = options.expression === undefined ? args.slice(1) : args;
  if (options.expression === undefined && queryFile === undefined)
    throw new NewskgError('OPTION_INVALID', "no query: give a query file or -e 'SPARQL'");
  if (rest.length === 0) throw new NewskgError('OPTION_INVALID', 'no data files or directories given');
  const query = options.expression ?? (await readQuery(queryFile!, host));
  const source = queryFile === undefined ? '<expression>' : queryFile === '-' ? STDIN_NAME : queryFile;
  const dataset = await loadDataset(await collectDataFiles(rest));
  host.stdout.write(await runQuery(dataset.store, query, { format: options.format, source, maxWidth: options.maxWidth }));
  return EXIT.OK;
}

/** A query is a few kilobytes; the bound keeps `newskg query /dev/zero` from reading forever. */
const MAX_QUERY_BYTES = 1024 * 1024;

async function readQuery(path: string, host: CliHost): Promise<string> {
  return (await readInputBounded(path, MAX_QUERY_BYTES, { stdin: host.stdin })).toString('utf8');
}
