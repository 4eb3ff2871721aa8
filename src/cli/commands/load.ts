import { Command, InvalidArgumentError, Option } from 'commander';
// Leaf modules, not src/store/index.ts: defining the command must not load the store client.
import { AUTH_MODES, LOAD_PROTOCOLS } from '../../store/options.js';
import type { AuthMode, LoadProtocol } from '../../store/options.js';
import { redactUserinfo } from '../../store/redact.js';

export interface LoadOptions {
  endpoint: URL;
  protocol: LoadProtocol;
  graphStore?: URL;
  user?: string;
  passwordEnv: string;
  auth: AuthMode;
  tries: number;
  timeout: number;
  quiet: boolean;
}

const DEFAULT_PASSWORD_ENV = 'NEWSKG_STORE_PASSWORD';

export function loadCommand(): Command {
  return new Command('load')
    .description('Load exported graphs (TriG, N-Quads, Turtle, JSON-LD) into a triple store, replacing each named graph')
    .argument('<inputs...>', 'RDF files or folders of them (.trig .nq .ttl .nt .jsonld; *.validation.ttl in folders is skipped)')
    .requiredOption('--endpoint <url>', 'the store: its SPARQL Update endpoint (--protocol update) or Graph Store service (--protocol gsp)', parseUrl)
    .addOption(new Option('--protocol <name>', 'gsp: HTTP PUT of each graph (SPARQL 1.1 Graph Store Protocol); update: DROP + INSERT DATA (SPARQL 1.1 Update)').choices(LOAD_PROTOCOLS).default('gsp'))
    .option('--graph-store <url>', 'the Graph Store service URL when it differs from --endpoint', parseUrl)
    .option('--user <name>', 'user name for the store')
    .option('--password-env <VAR>', 'environment variable holding the password (never pass passwords on the command line)', DEFAULT_PASSWORD_ENV)
    .addOption(new Option('--auth <scheme>', 'authentication: auto answers the challenge the store sends (Digest first)').choices(AUTH_MODES).default('auto'))
    .option('--tries <n>', 'attempts per request on 5xx answers and connection errors (exponential backoff, at most ~10 s in all)', parseCount, 4)
    .option('--timeout <seconds>', 'per request', parseCount, 60)
    .option('-q, --quiet', 'print only errors and the summary', false)
    .addHelpText(
      'after',
      `
Triples outside a named graph (Turtle, JSON-LD) go to the graph named after their article
(the subject typed newskg:Article). Each graph is replaced, so loading twice changes nothing.

Examples:
  $ NEWSKG_STORE_PASSWORD=... newskg load out/ --endpoint http://localhost:8890/sparql-graph-crud-auth --user dba
  $ newskg load out/*.trig --endpoint http://localhost:3030/ds/update --protocol update
  $ newskg load out/ --endpoint http://localhost:7878/store

Exit status: 0 every graph loaded; 2 some input could not be read or parsed (the others
were loaded); 3 some graph could not be written (authentication, store unreachable, HTTP error).`,
    )
    .action(async (inputs: string[], options: LoadOptions) => {
      const { runLoad } = await import('../run/load.js');
      process.exitCode = await runLoad(inputs, options);
    });
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${redactUserinfo(value)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${redactUserinfo(value)}" is not an http(s) URL`);
  return url;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number of at least 1`);
  return n;
}
