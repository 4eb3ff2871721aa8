/**
 * The Redis connection of a queue command. ioredis reconnects on its own; how long it keeps
 * trying is the caller's choice: a few seconds for `enqueue` and `queue`, about a minute for a
 * worker (a Redis restart should not stop a fleet). What is printed never holds the password.
 */
import { Redis } from 'ioredis';
import { NewskgError } from '../core/errors.js';
import { secretForms, serviceText } from '../store/redact.js';
import { shownQueueUrl } from './url.js';

export interface RedisConnection {
  client: Redis;
  /** The URL as it may be printed. */
  shown: string;
  /** An error message from Redis or BullMQ fit to print: URL user-info cut, withheld whole if it repeats the password. */
  redact(text: string): string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long to keep reconnecting after the connection is lost, in ms (default 5 s). */
  reconnectForMs?: number;
}

export async function connectRedis(url: URL, options: ConnectOptions = {}): Promise<RedisConnection> {
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  const shown = shownQueueUrl(url);
  const secrets = secretForms(password ? { user: decodeURIComponent(url.username) || 'default', password } : undefined);
  const hide = (text: string) => serviceText(text, secrets);
  const reconnectForMs = options.reconnectForMs ?? 5_000;
  let lastError: Error | undefined;
  let lostAt: number | undefined;
  const client = new Redis(url.href, {
    lazyConnect: true,
    // BullMQ's blocking calls need commands to wait for a reconnect instead of failing after N tries.
    maxRetriesPerRequest: null,
    connectTimeout: 5_000,
    retryStrategy: (times) => {
      lostAt ??= Date.now();
      if (isAuthError(lastError) || Date.now() - lostAt > reconnectForMs) return null;
      return Math.min(200 * times, 2_000);
    },
  });
  client.on('error', (error: Error) => (lastError = error));
  client.on('ready', () => (lostAt = undefined));
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw connectionError(lastError ?? error, shown, hide);
  }
  return {
    client,
    shown,
    redact: hide,
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** The one error a failed connection gives: the login refused, or the server not reached (and why). */
export function connectionError(error: unknown, shown: string, hide: (text: string) => string = (t) => t): NewskgError {
  const reason = hide(error instanceof Error ? error.message : String(error));
  if (isAuthError(error))
    return new NewskgError('QUEUE_AUTH', `the Redis server refused the login (${reason.split(' ')[0]}): check the password in the URL`, {
      source: shown,
    });
  return new NewskgError('QUEUE_UNREACHABLE', `cannot reach ${shown}: ${reason}`, { source: shown });
}

function isAuthError(error: unknown): boolean {
  return error instanceof Error && /^(WRONGPASS|NOAUTH|NOPERM)\b/.test(error.message);
}
