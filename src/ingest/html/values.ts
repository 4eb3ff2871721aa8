import type { Genre } from '../../core/types.js';

/** What one metadata source of a page (JSON-LD, meta tags) says, as found, before normalising. */
export interface PageFacts {
  title?: string;
  /** Author names in page order. */
  authors?: string[];
  publisher?: string;
  datePublished?: string;
  /** When the piece was created: a publication date only when the page gives no other. */
  dateCreated?: string;
  url?: string;
  image?: string;
  language?: string;
  genre?: Genre;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/**
 * Metadata strings as a reader would see them: entities decoded and whitespace collapsed.
 * Why decode again: many CMSs escape twice, so after the parser's decoding a meta tag or a
 * JSON-LD string still reads "Rock &amp; Roll" or "Don&#8217;t".
 */
export function cleanText(value: string): string {
  return value
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (whole, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    })
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(value.trim());
}

/** An author name from a meta tag or JSON-LD: without "By", never a profile URL. */
export function cleanName(value: string): string | undefined {
  const name = cleanText(value).replace(/^by\s*:?\s+/i, '');
  if (name === '' || looksLikeUrl(name) || name.length > 200) return undefined;
  return name;
}

/** Names without case-insensitive repeats, in order. */
export function uniqueNames(names: ReadonlyArray<string | undefined>): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const name of names) {
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    kept.push(name);
  }
  return kept;
}
