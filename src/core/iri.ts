import { createHash } from 'node:crypto';
import { NewskgError } from './errors.js';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Lower-case ASCII slug: accents folded, anything else to single hyphens ("Bank of England" -> "bank-of-england"). */
export function slug(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded || 'x' + sha256Hex(text).slice(0, 12);
}

/**
 * IRIs (RFC 3987). Every IRI that enters the graph from outside (a page's URL or image, a record's
 * `url`, `--url`, `--base`, `--links`, the IRIs of data read by validate, query and load) passes
 * through here: an IRI that is not a valid absolute IRI never reaches a file or a store, where a
 * stray `>` or space would break the document or, in a SPARQL Update, change the request.
 */

// The character classes of RFC 3987, section 2.2.
const UCSCHAR =
  '\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}' +
  '\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}' +
  '\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}';
const IPRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const UNRESERVED = `A-Za-z0-9\\-._~${UCSCHAR}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = '%[0-9A-Fa-f]{2}';
const IPCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT_ENCODED})`;
const IUSERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT_ENCODED})*`;
const IP_LITERAL = `\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[A-Za-z0-9\\-._~${SUB_DELIMS}:]+)\\]`;
const IREG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT_ENCODED})*`;
const IAUTHORITY = `(?:${IUSERINFO}@)?(?:${IP_LITERAL}|${IREG_NAME})(?::[0-9]*)?`;
const IPATH_ABEMPTY = `(?:/${IPCHAR}*)*`;
const IHIER_PART = `(?://${IAUTHORITY}${IPATH_ABEMPTY}|/(?:${IPCHAR}+${IPATH_ABEMPTY})?|${IPCHAR}+${IPATH_ABEMPTY}|)`;
const IQUERY = `(?:${IPCHAR}|[${IPRIVATE}/?])*`;
const IFRAGMENT = `(?:${IPCHAR}|[/?])*`;
const ABSOLUTE_IRI = new RegExp(`^[A-Za-z][A-Za-z0-9+.\\-]*:${IHIER_PART}(?:\\?${IQUERY})?(?:#${IFRAGMENT})?$`, 'u');

/** Longer than any address a page publishes; a longer "IRI" is refused rather than matched. */
export const MAX_IRI_LENGTH = 8192;

/** Whether the text is an absolute IRI (RFC 3987 `IRI`): a scheme, and only the characters each part allows. */
export function isAbsoluteIri(value: string): boolean {
  return value.length <= MAX_IRI_LENGTH && ABSOLUTE_IRI.test(value);
}

/** An IRI as messages show it: cut short, with control characters and line breaks made visible. */
export function showIri(value: string): string {
  const shown = JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}…` : value);
  return shown.slice(1, -1);
}

// What RFC 3987 allows in a path, query or fragment besides "%XX" (the query adds private-use characters).
const IRI_TAIL_CHAR = new RegExp(`[${UNRESERVED}${SUB_DELIMS}:@/?#%]`, 'u');

/**
 * A web address (absolute, or relative to `base`) as the IRI the graph uses: http(s) only, parsed
 * and normalised as browsers do (WHATWG URL: lower-case host, punycode, spaces and quotes
 * percent-encoded), user-info dropped (a canonical address never carries credentials), and what
 * RFC 3987 still forbids (`|`, `^`, `{`, `}`, a second `#`, a lone `%`) percent-encoded.
 * Undefined when it is not such an address.
 */
export function normaliseWebIri(value: string, base?: string): string | undefined {
  const text = value.trim();
  if (text === '' || text.length > MAX_IRI_LENGTH) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.username = '';
  url.password = '';
  const tail = `${url.pathname}${url.search}${url.hash}`;
  const fragment = tail.indexOf('#');
  const iri = `${url.protocol}//${url.host}${encodeTail(tail, fragment)}`;
  return isAbsoluteIri(iri) ? iri : undefined;
}

function encodeTail(tail: string, fragment: number): string {
  let out = '';
  let i = 0;
  for (const char of tail) {
    const at = i;
    i += char.length;
    const lonePercent = char === '%' && !/^[0-9A-Fa-f]{2}$/.test(tail.slice(i, i + 2));
    const extraHash = char === '#' && at !== fragment;
    out += IRI_TAIL_CHAR.test(char) && !lonePercent && !extraHash ? char : encodeURIComponent(char);
  }
  return out;
}

/** Checks a user-supplied base IRI: absolute, and ending in '/' or '#' so that local names can be appended. */
export function checkBaseIri(base: string): string {
  if (!isAbsoluteIri(base))
    throw new NewskgError(
      'OPTION_INVALID',
      `--base "${showIri(base)}" is not an absolute IRI (RFC 3987: a scheme, and no spaces, quotes, <, >, {, }, |, ^ or backquotes)`,
    );
  if (!/[/#:]$/.test(base)) throw new NewskgError('OPTION_INVALID', `--base "${base}" must end with "/", "#" or ":"`);
  return base;
}
