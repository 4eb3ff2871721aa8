/**
 * The --queue URL: `redis://[user:password@]host[:port][/db]` or `rediss://` for TLS. A leaf
 * module: defining the commands parses it without loading the Redis client.
 */
import { NewskgError } from '../core/errors.js';
import { redactUserinfo } from '../store/redact.js';

/** The URL as it may be printed: user-info hidden (same redaction as `load`). */
export function shownQueueUrl(url: URL): string {
  return redactUserinfo(url.href);
}

export function parseQueueUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // not quoted: what is not a URL cannot be redacted reliably, and it may hold a password
    throw new NewskgError('OPTION_INVALID', 'the queue is not a URL: give redis://[:password@]host[:port][/db]');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new NewskgError('OPTION_INVALID', `"${shownQueueUrl(url)}" is not a redis:// or rediss:// URL`);
  if (!url.hostname) throw new NewskgError('OPTION_INVALID', `"${shownQueueUrl(url)}" names no host`);
  if (!/^\/?\d*$/.test(url.pathname))
    throw new NewskgError('OPTION_INVALID', `"${shownQueueUrl(url)}": the path must be a database number (/0)`);
  return url;
}

/** A queue name becomes part of Redis keys: letters, digits, dot, dash and underscore only. */
export function parseQueueName(value: string): string {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(value))
    throw new NewskgError(
      'OPTION_INVALID',
      `queue name "${value.slice(0, 80)}" may hold only letters, digits, ".", "-" and "_" (at most 64)`,
    );
  return value;
}
