import { Command, InvalidArgumentError, Option } from 'commander';
import type { QueryOutputFormat } from '../../query/index.js';
import type { QueryOptions } from '../run/query.js';
import type { CliRun } from '../io.js';

const FORMATS: readonly QueryOutputFormat[] = ['table', 'csv', 'tsv', 'json'];

export function queryCommand(run: CliRun): Command {
  return new Command('query')
    .description(
      'Run a SPARQL 1.1 query over exported graphs (Turtle, TriG, N-Quads, N-Triples, JSON-LD) with the embedded Oxigraph engine',
    )
    .usage("<query.rq | -e 'SPARQL'> <data files or dirs...> [options]")
    .argument('[query.rq]', 'the query file ("-": standard input); with -e, the first data path')
    .argument('[data...]', 'data files or directories (walked for .ttl .trig .nq .nt .jsonld)')
    .option('-e, --expression <sparql>', 'the query text itself instead of a query file')
    .addOption(
      new Option(
        '-f, --format <format>',
        'table, csv, tsv or json (SPARQL 1.1 results formats); CONSTRUCT and DESCRIBE give Turtle, or JSON-LD with json',
      )
        .choices(FORMATS)
        .default('table'),
    )
    .option('--max-width <chars>', 'table only: cut cells longer than this (0: never)', parseWidth, 60)
    .addHelpText(
      'after',
      `
Queries without GRAPH see the union of all loaded graphs (each fact once); GRAPH ?g { ... } sees each
article's named graph (TriG, N-Quads, JSON-LD). The prefixes newskg: schema: sem: oa: prov: skos: nkst:
nket: ... and person: country: statement: ... (under the default --base) are declared for you.

Examples:
  $ newskg query queries/statements-by-type.rq output/
  $ newskg query queries/co-mention-network.rq out/ --format csv > edges.csv
  $ newskg query -e 'SELECT ?name WHERE { ?p a newskg:Person ; schema:name ?name } ORDER BY ?name' output/

Exit status: 0 the query ran; 2 the query is invalid (the error names line and column) or some data
file could not be read or parsed; 64 wrong command line.`,
    )
    .action(async (first: string | undefined, data: string[], options: QueryOptions) => {
      // The engine is WebAssembly: loaded only when a query runs.
      const { runQueryCommand } = await import('../run/query.js');
      run.exitCode = await runQueryCommand(first === undefined ? data : [first, ...data], options, run.host);
    });
}

function parseWidth(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`"${value}" is not a number of characters`);
  return Number(value);
}
