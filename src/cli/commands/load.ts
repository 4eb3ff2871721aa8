import { Command, InvalidArgumentError, Option } from 'commander';
import { NewskgError, isNewskgError } from '../../core/errors.js';
import type { StoreCredentials } from '../../store/index.js';
import {
  AUTH_MODES,
  LOAD_PROTOCOLS,
  StoreClient,
  credentialsInUrl,
  listRdfFiles,
  loadGraphs,
  readGraphFile,
  redact,
  stripCredentials,
} from '../../store/index.js';
import type { AuthMode, GraphBatches, LoadProtocol, StoreError } from '../../store/index.js';
import { EXIT, describeError } from '../exit.js';

interface LoadOptions {
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
      process.exitCode = await runLoad(inputs, options);
    });
}

async function runLoad(inputs: string[], options: LoadOptions): Promise<number> {
  const credentials = credentialsFor(options);
  const secrets = [credentials?.password];
  const target = stripCredentials(options.protocol === 'gsp' && options.graphStore ? options.graphStore : options.endpoint);
  const shownTarget = redact(target.href, secrets);
  const failures: string[] = [];

  const batches: GraphBatches = new Map();
  const files: string[] = [];
  for (const input of inputs) {
    try {
      files.push(...(await listRdfFiles([input])));
    } catch (error) {
      failures.push(describeError(error));
    }
  }
  for (const file of files) {
    try {
      await readGraphFile(file, batches);
    } catch (error) {
      const line = describeError(error);
      failures.push(isNewskgError(error) && error.location.source ? line : `${file}: ${line}`);
    }
  }
  const inputFailures = failures.length;

  const client = new StoreClient({
    ...(credentials ? { credentials } : {}),
    auth: options.auth,
    retry: { tries: options.tries },
    timeoutMs: options.timeout * 1000,
    onRetry: (event) => {
      if (!options.quiet) console.error(`retrying ${event.url} in ${(event.delayMs / 1000).toFixed(1)} s (${event.reason})`);
    },
  });
  const result = await loadGraphs(batches, { protocol: options.protocol, url: target.href }, client, (graph) => {
    if (!options.quiet) console.error(`${graph.graph} (${graph.triples} triples)`);
  });
  for (const { graph, error } of result.failed) failures.push(storeFailure(graph, error, options, credentials));
  if (result.skipped.length) failures.push(`${result.skipped.length} more graph(s) not tried after that error`);

  for (const failure of failures) console.error(`error: ${redact(failure, secrets)}`);
  const triples = result.loaded.reduce((sum, g) => sum + g.triples, 0);
  const failed = result.failed.length + result.skipped.length;
  console.error(`newskg: ${result.loaded.length} graph(s) loaded into ${shownTarget} (${options.protocol}), ${triples} triples, ${failed} failed, ${inputFailures} input(s) unreadable`);
  return failed ? EXIT.FAILURE : inputFailures ? EXIT.INPUT_FAILED : EXIT.OK;
}

/** The user and password: --user with the password from the environment, or user-info in the URL. */
function credentialsFor(options: LoadOptions): StoreCredentials | undefined {
  if (options.user !== undefined) {
    const password = process.env[options.passwordEnv];
    if (password === undefined) {
      throw new NewskgError('OPTION_INVALID', `--user ${options.user} needs a password: set $${options.passwordEnv}, or name another variable with --password-env`);
    }
    return { user: options.user, password };
  }
  return credentialsInUrl(options.protocol === 'gsp' && options.graphStore ? options.graphStore : options.endpoint);
}

function storeFailure(graph: string, error: StoreError, options: LoadOptions, credentials: StoreCredentials | undefined): string {
  if (error.failure === 'http') return `${graph}: ${error.message}`;
  if (error.failure !== 'auth') return error.message;
  const url = new URL(error.url);
  const endpoint = `${url.origin}${url.pathname}`;
  const detail = error.message.match(/\(HTTP \d+: [^)]*\)$/)?.[0] ?? '';
  const hint = credentials ? `check --user and the password in $${options.passwordEnv}` : `give --user and set the password in $${options.passwordEnv}`;
  return `authentication failed for ${endpoint}: ${hint} ${detail}`.trimEnd();
}

function parseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${redact(value)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(`"${redact(value)}" is not an http(s) URL`);
  return url;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a whole number of at least 1`);
  return n;
}
