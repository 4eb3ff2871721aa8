import { NewskgError } from '../../core/errors.js';
import { StoreClient, credentialsInUrl, redactUserinfo, stripCredentials, virtuosoGraphStore } from '../../store/index.js';
import type { LoadTarget, StoreCredentials, StoreError } from '../../store/index.js';
import type { StoreOptions } from '../store-options.js';

/** A store as the options name it: the client (with its login and retries), where to send graphs, and how to print it. */
export interface StoreTarget {
  client: StoreClient;
  target: LoadTarget;
  /** The target URL as it may be printed. */
  shown: string;
  credentials: StoreCredentials | undefined;
  /** Cuts URL user-info from a text (the client already withholds store text that repeats a credential). */
  redact(text: string): string;
}

/** `env`: where the password named by --password-env is read. */
export function storeTarget(
  options: StoreOptions & { endpoint: URL },
  env: Readonly<Record<string, string | undefined>>,
  onRetry: (line: string) => void,
): StoreTarget {
  const credentials = credentialsFor(options, env);
  const url = stripCredentials(options.protocol === 'gsp' && options.graphStore ? options.graphStore : options.endpoint);
  const client = new StoreClient({
    ...(credentials ? { credentials } : {}),
    auth: options.auth,
    retry: { tries: options.tries },
    timeoutMs: options.timeout * 1000,
    onRetry: (event) => onRetry(`retrying ${event.url} in ${(event.delayMs / 1000).toFixed(1)} s (${event.reason})`),
  });
  const graphStore = options.protocol === 'virtuoso' ? { graphStore: stripCredentials(virtuosoGraphStoreOf(options)).href } : {};
  return {
    client,
    target: { protocol: options.protocol, url: url.href, ...graphStore },
    shown: url.href,
    credentials,
    redact: redactUserinfo,
  };
}

/** --protocol virtuoso: --graph-store, else the Graph Store beside the SPARQL endpoint (/sparql-auth -> /sparql-graph-crud-auth). */
export function virtuosoGraphStoreOf(options: StoreOptions & { endpoint: URL }): URL {
  const url = options.graphStore ?? virtuosoGraphStore(options.endpoint);
  if (!url)
    throw new NewskgError(
      'OPTION_INVALID',
      `--protocol virtuoso needs Virtuoso's Graph Store too (for the digests of what was loaded): give --graph-store, or an --endpoint ending in /sparql-auth or /sparql`,
    );
  return url;
}

/** The user and password: --user with the password from the environment, or user-info in the URL. */
function credentialsFor(
  options: StoreOptions & { endpoint: URL },
  env: Readonly<Record<string, string | undefined>>,
): StoreCredentials | undefined {
  if (options.user !== undefined) {
    const password = env[options.passwordEnv];
    if (password === undefined) {
      throw new NewskgError(
        'OPTION_INVALID',
        `--user ${options.user} needs a password: set $${options.passwordEnv}, or name another variable with --password-env`,
      );
    }
    return { user: options.user, password };
  }
  return credentialsInUrl(options.protocol === 'gsp' && options.graphStore ? options.graphStore : options.endpoint);
}

/** One line for a failed store request: an authentication failure says which option to check. */
export function storeFailure(error: StoreError, options: StoreOptions, credentials: StoreCredentials | undefined): string {
  if (error.failure !== 'auth') return error.message;
  const url = new URL(error.url);
  const endpoint = `${url.origin}${url.pathname}`;
  const detail = error.message.match(/\(HTTP \d+: [^)]*\)$/)?.[0] ?? '';
  const hint = credentials
    ? `check --user and the password in $${options.passwordEnv}`
    : `give --user and set the password in $${options.passwordEnv}`;
  return `authentication failed for ${endpoint}: ${hint} ${detail}`.trimEnd();
}
