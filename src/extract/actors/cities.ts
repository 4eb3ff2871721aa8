import { CITY_LINES } from './data/cities.js';
import { CITY_EXACT, CITY_LOWER, CITY_PREFIXES } from './data/city-index.js';
import type { LexEntry } from './lexicon-entry.js';
import { lineAt, lineLowerBound } from '../../core/search.js';

/**
 * The packaged cities, looked up by binary search in tables precomputed at build time
 * (scripts/build-city-index.ts), searched as they are: a process builds no map of ~30,000 names
 * nor an array of their lines, and makes an entry only for a city some text names.
 */

export { CITY_MAX_WORDS } from './data/city-index.js';

const entries = new Map<number, LexEntry>();

/** The city that wins an exact-case key. */
export function cityByExact(key: string): LexEntry | undefined {
  return entryAt(offsetOf(CITY_EXACT, key));
}

/** The city that wins a lower-cased key (names that are not acronyms). */
export function cityByLower(key: string): LexEntry | undefined {
  return entryAt(offsetOf(CITY_LOWER, key));
}

/** Whether a city name of several words starts with these lower-cased words. */
export function isCityPrefix(lower: string): boolean {
  return lineAt(CITY_PREFIXES, lineLowerBound(CITY_PREFIXES, lower)) === lower;
}

function offsetOf(table: string, key: string): number {
  const probe = `${key}\t`;
  const row = lineAt(table, lineLowerBound(table, probe));
  return row?.startsWith(probe) ? Number(row.slice(probe.length)) : -1;
}

function entryAt(offset: number): LexEntry | undefined {
  if (offset < 0) return undefined;
  let entry = entries.get(offset);
  if (!entry) {
    const end = CITY_LINES.indexOf('\n', offset);
    const [name, country, population] = CITY_LINES.slice(offset, end < 0 ? undefined : end).split('\t') as [string, string, string];
    entry = { type: 'Place', kind: 'city', name, country, population: Number(population) };
    entries.set(offset, entry);
  }
  return entry;
}
