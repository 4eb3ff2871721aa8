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

/** Checks a user-supplied base IRI: absolute, and ending in '/' or '#' so that local names can be appended. */
export function checkBaseIri(base: string): string {
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    throw new NewskgError('OPTION_INVALID', `--base "${base}" is not an absolute IRI`);
  }
  if (!/[/#:]$/.test(base)) throw new NewskgError('OPTION_INVALID', `--base "${base}" must end with "/", "#" or ":"`);
  if (/\s/.test(base)) throw new NewskgError('OPTION_INVALID', `--base "${parsed.href}" contains white space`);
  return base;
}
