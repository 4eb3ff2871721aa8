import { NewskgError, isNewskgError } from '../../core/errors.js';
import { printable } from '../../core/printable.js';
import type { StoreCredentials } from '../../store/index.js';
import { StoreClient, credentialsInUrl, listRdfFiles, loadGraphs, readGraphFile, redactUserinfo, stripCredentials } from '../../store/index.js';
import type { GraphBatches, StoreError } from '../../store/index.js';
import type { LoadOptions } from '../commands/load.js';
import { EXIT, describeError } from '../exit.js';

export async function runLoad(inputs: string[], options: LoadOptions): Promise<number> {
  const credentials = credentialsFor(options);
  const target = stripCredentials(options.protocol === 'gsp' && options.graphStore ? options.graphStore : options.endpoint);
  const failures: string[] = [];

  const batches: GraphBatches = new Map();
  const files: string[] = [];
  for (const input of inputs) {
    try {
      for (const file of await listRdfFiles([input])) files.push(file);
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

  // Messages carry no secret (the client withholds store text that repeats one); user-info is cut by its shape.
  for (const failure of failures) console.error(`error: ${printable(redactUserinfo(failure))}`);
  const triples = result.loaded.reduce((sum, g) => sum + g.triples, 0);
  const failed = result.failed.length + result.skipped.length;
  console.error(`newskg: ${result.loaded.length} graph(s) loaded into ${target.href} (${options.protocol}), ${triples} triples, ${failed} failed, ${inputFailures} input(s) unreadable`);
  return failed ? EXIT.OUTPUT_FAILED : inputFailures ? EXIT.INPUT_FAILED : EXIT.OK;
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
