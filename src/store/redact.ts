/**
 * Credentials never reach output, logs or error messages, in any form. Two rules:
 *
 * - user-info in a URL (`http://user:password@host`, or `user:password@host` quoted in a message)
 *   is cut wherever it appears, by its shape;
 * - text the store sends (an error page, a Location header) is shown only when it holds none of
 *   the credentials in any form the store could echo (plain, URL-encoded, HTML-escaped, the Basic
 *   header's base64) and with any echoed Authorization header cut; otherwise it is withheld whole.
 *   Replacing only the secret would say where it stood: with the password "wrong", the page
 *   "wrong user or password" would read "*** user or password".
 *
 * The messages newskg writes itself never hold a secret, so they are never searched for one: no
 * ordinary word is ever starred out.
 */

export const REDACTED = '***';

const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s@]*@/gi;
// "alice:S3cr3t@host" without a scheme, as an option parser quotes a malformed --endpoint.
const BARE_USERINFO = /(^|[\s'"(<=])[^\s'"/?#@:]+:[^\s'"/?#@]*@(?=[^\s'"/?#@])/g;
// An Authorization header echoed back: "Authorization: Basic YWxp...", "Digest username=..., response=...".
const AUTHORIZATION = /\b(authorization\s*[:=]\s*)[^\r\n<"]*/gi;
const SCHEME_TOKEN = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g;
const DIGEST_FIELDS = /\bDigest\s+(?:[a-z-]+=(?:"[^"]*"|[^\s,]+)\s*,?\s*)+/gi;

/** The text with every URL user-info cut to `***@`. */
export function redactUserinfo(text: string): string {
  return text.replace(URL_USERINFO, `$1${REDACTED}@`).replace(BARE_USERINFO, `$1${REDACTED}@`);
}

/** Every form in which a store could echo these credentials. */
export function secretForms(credentials: { user: string; password: string } | undefined): string[] {
  if (!credentials?.password) return [];
  const { user, password } = credentials;
  const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
  const html = password.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const named = password.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [...new Set([password, encodeURIComponent(password), html, named, base64(`${user}:${password}`), base64(password)])];
}

/** Text from the store fit to print, or undefined when it repeats a credential (then none of it is shown). */
export function fromStore(text: string, secrets: readonly string[]): string | undefined {
  const cut = redactUserinfo(text)
    .replace(AUTHORIZATION, `$1${REDACTED}`)
    .replace(SCHEME_TOKEN, `$1 ${REDACTED}`)
    .replace(DIGEST_FIELDS, `Digest ${REDACTED} `);
  return secrets.some((secret) => cut.includes(secret)) ? undefined : cut;
}

/** Text from a service (a store's error page, a Redis error) fit to print: as fromStore cuts it, or a note that it was withheld. */
export function serviceText(text: string, secrets: readonly string[]): string {
  return fromStore(text, secrets) ?? '(the message was withheld: it repeats a credential)';
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
  return { user: decoded(url.username), password: decoded(url.password) };
}

/** Percent-decoded; as written when a "%" starts no escape ("100%off"). */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
