import { Command } from 'commander';
import { wholeNumber } from '../options.js';
import { addStoreOptions } from '../store-options.js';
import type { LoadOptions } from '../run/load.js';
import type { CliRun } from '../io.js';

export function loadCommand(run: CliRun): Command {
  const command = new Command('load')
    .description('Load exported graphs (TriG, N-Quads, Turtle, JSON-LD) into a triple store, replacing each named graph')
    .argument('<inputs...>', 'RDF files or folders of them (.trig .nq .ttl .nt .jsonld; *.validation.ttl in folders is skipped)');
  return addStoreOptions(command, { endpointRequired: true })
    .option('--parallel <n>', 'requests in flight at most', wholeNumber(1), 4)
    .option(
      '--sync',
      'also drop the graphs newskg loaded before that the inputs no longer hold, so the store matches them (graphs newskg did not load are never dropped)',
      false,
    )
    .option('--force', 'send every graph, even one the store already holds as it is', false)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .addHelpText(
      'after',
      `
Triples outside a named graph (Turtle, JSON-LD) go to the graph named after their article
(the subject typed newskg:Article). Each graph is replaced, so loading twice changes nothing.
N-Quads files are read as a stream, one graph at a time (any size). newskg records a digest of
every graph it writes in the store's graph <urn:newskg:load>, and a rerun skips graphs the
store already holds as they are (an interrupted load resumes where it stopped).

Examples:
  $ NEWSKG_STORE_PASSWORD=... newskg load out/ --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba
  $ newskg load out/*.trig --endpoint http://localhost:3030/ds/update --protocol update
  $ newskg load out/ --endpoint http://localhost:7878/store
  $ newskg load corpus.nq --endpoint http://localhost:7878/store --parallel 8
  $ newskg load out/ --endpoint http://localhost:7878/store --sync

Exit status: 0 every graph loaded; 2 some input could not be read or parsed (the others
were loaded); 3 some graph could not be written (authentication, store unreachable, HTTP error).`,
    )
    .action(async (inputs: string[], options: LoadOptions) => {
      const { runLoad } = await import('../run/load.js');
      run.exitCode = await runLoad(inputs, options, run.host);
    });
}
