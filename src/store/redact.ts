/**
 * Credentials never reach output, logs or error messages: every text that leaves the
 * store client passes through `redact`, which hides the user-info part of URLs and
 * any secret it was told about.
 */

const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi;

export const REDACTED = '***';

/** Hides `user:password@` in every URL of the text, and each given secret wherever it appears. */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let result = text.replace(USERINFO, `$1${REDACTED}@`);
  for (const secret of secrets) {
    if (!secret) continue;
    result = result.split(secret).join(REDACTED);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) result = result.split(encoded).join(REDACTED);
  }
  return result;
}

/** The URL without user-info, for messages and for requests (fetch refuses URLs with credentials). */
export function stripCredentials(url: URL): URL {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy;
}

/** User and password written into a URL (`http://user:pass@host/`), decoded; undefined when there are none. */
export function credentialsInUrl(url: URL): { user: string; password: string } | undefined {
  if (!url.username && !url.password) return undefined;
  return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}
