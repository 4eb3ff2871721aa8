import { cleanText } from '../../core/metadata-values.js';
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
