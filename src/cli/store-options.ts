import { Option } from 'commander';
import type { Command } from 'commander';
// Leaf modules, not src/store/index.ts: defining the commands must not load the store client.
import { AUTH_MODES, LOAD_PROTOCOLS } from '../store/options.js';
import type { AuthMode, LoadProtocol } from '../store/options.js';
import { parseUrl, wholeNumber } from './options.js';

/** How to reach and log into a triple store: `load`'s options, shared with `worker --endpoint`. */
export interface StoreOptions {
  endpoint?: URL;
  protocol: LoadProtocol;
  graphStore?: URL;
  user?: string;
  passwordEnv: string;
  auth: AuthMode;
  tries: number;
  timeout: number;
}

export const DEFAULT_PASSWORD_ENV = 'NEWSKG_STORE_PASSWORD';

export function addStoreOptions(command: Command, options: { endpointRequired: boolean }): Command {
  const endpoint = new Option(
    '--endpoint <url>',
    'the store: its SPARQL Update endpoint (--protocol update, virtuoso) or Graph Store service (--protocol gsp)',
  ).argParser(parseUrl);
  return command
    .addOption(options.endpointRequired ? endpoint.makeOptionMandatory() : endpoint)
    .addOption(
      new Option(
        '--protocol <name>',
        "gsp: HTTP PUT of each graph (SPARQL 1.1 Graph Store Protocol); update: DROP + INSERT DATA (SPARQL 1.1 Update); virtuoso: up to 16 graphs (4 MB) a request as N-Quads into Virtuoso's own loader (DB.DBA.TTLP) through its SPARQL endpoint, half the server CPU of gsp there",
      )
        .choices(LOAD_PROTOCOLS)
        .default('gsp'),
    )
    .option('--graph-store <url>', 'the Graph Store service URL when it differs from --endpoint', parseUrl)
    .option('--user <name>', 'user name for the store')
    .option(
      '--password-env <VAR>',
      'environment variable holding the password (never pass passwords on the command line)',
      DEFAULT_PASSWORD_ENV,
    )
    .addOption(
      new Option('--auth <scheme>', 'authentication: auto answers the challenge the store sends (Digest first)')
        .choices(AUTH_MODES)
        .default('auto'),
    )
    .option(
      '--tries <n>',
      'attempts per request on 5xx answers and connection errors (exponential backoff, at most ~10 s in all)',
      wholeNumber(1),
      4,
    )
    .option('--timeout <seconds>', 'per request', wholeNumber(1), 60);
}
