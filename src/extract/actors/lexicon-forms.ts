import type { EntryKind, LexEntry } from './lexicon-entry.js';

/**
 * How a lexicon name becomes its lookup keys, and which entry wins a key several names share.
 * Shared by the lexicon and by scripts/build-city-index.ts, which precomputes the cities' keys.
 */

export function normaliseName(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** What normaliseName would change: a quote to straighten or any whitespace other than one space. */
export const UNNORMALISED = /[’‘`]|\s\s|[^\S ]/;
export const NON_ASCII = /[^ -~]/;

export function isAcronym(s: string): boolean {
  return !/\p{Ll}/u.test(s);
}

/** The exact-case keys of a name: the normalised form, and its diacritic-free form when that differs. */
export function keysOf(surface: string): string[] {
  const key = UNNORMALISED.test(surface) ? normaliseName(surface) : surface;
  if (NON_ASCII.test(key)) {
    const folded = foldDiacritics(key);
    if (folded !== key) return [key, folded];
  }
  return [key];
}

const PRIORITY: Record<EntryKind, number> = { country: 5, organization: 4, place: 3, region: 2, city: 1 };
// A big city outranks a province of the same name ("London").
const rank = (e: LexEntry): number => (e.kind === 'city' && (e.population ?? 0) >= 100_000 ? 2.5 : PRIORITY[e.kind]);

/** Whether `entry`, added after `seen`, takes an exact-case key from it. */
export function winsExact(seen: LexEntry | undefined, entry: LexEntry): boolean {
  return !seen || rank(seen) < rank(entry) || (seen.kind === entry.kind && (seen.population ?? 0) < (entry.population ?? 0));
}

/** Whether `entry`, added after `seen`, takes a lower-cased key from it. */
export function winsLower(seen: LexEntry | undefined, entry: LexEntry): boolean {
  return !seen || rank(seen) < rank(entry);
}

/** Calls `prefix` with each leading run of words of a lower-cased key ("bosnia", "bosnia and"); returns its word count. */
export function forEachPrefix(lower: string, prefix: (p: string) => void): number {
  let words = 1;
  for (let space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', space + 1)) {
    prefix(lower.slice(0, space));
    words++;
  }
  return words;
}
