/** Values of page metadata and JSON Lines records, cleaned and normalised the same way wherever they come from. */
import { isValidDate, parseDateValue } from './dates.js';

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

/**
 * YYYY-MM-DD from the forms pages use: ISO 8601 with time and zone (the date as the page
 * states it, not shifted to UTC: "2016-11-16T23:30:00-08:00" is 16 November), "20190428",
 * "20190428060107", "April 28, 2019", RFC 2822, "Fri Mar 13 21:30:09 EST 2015".
 */
export function normaliseDate(value: string): string | undefined {
  const text = cleanText(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? iso[0].slice(0, 10) : undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4}(?:\d{2})?$)/.exec(text);
  if (compact) return isValidDate(Number(compact[1]), Number(compact[2]), Number(compact[3])) ? `${compact[1]}-${compact[2]}-${compact[3]}` : undefined;
  return parseDateValue(text);
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
