/** Values of page metadata and JSON Lines records, cleaned and normalised the same way wherever they come from. */
import { parseMachineDate } from './dates.js';

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

/** A date of page metadata or a record field as YYYY-MM-DD (the forms: `parseMachineDate`). */
export function normaliseDate(value: string): string | undefined {
  return parseMachineDate(cleanText(value));
}

// BCP 47 in its common shapes: "en", "en-GB", "zh-Hant-TW"; "en_US" (OpenGraph) is accepted as "en-US".
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-[a-z\d]{5,8})*$/i;

export function normaliseLanguage(value: string): string | undefined {
  const tag = cleanText(value).replace(/_/g, '-');
  if (!LANGUAGE_TAG.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
