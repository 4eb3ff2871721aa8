import { CITY_LINES } from './data/cities.js';
import { CITY_EXACT, CITY_LOWER, CITY_PREFIXES } from './data/city-index.js';
import type { LexEntry } from './lexicon-entry.js';
import { partitionPoint } from '../../core/search.js';

/**
 * The packaged cities, looked up by binary search in tables precomputed at build time
 * (scripts/build-city-index.ts): a process splits two strings instead of building maps of
 * ~30,000 names, and makes an entry only for a city some text names.
 */

export { CITY_MAX_WORDS } from './data/city-index.js';

let exactRows: string[] | undefined;
let lowerRows: string[] | undefined;
let prefixes: Set<string> | undefined;
const entries = new Map<number, LexEntry>();

/** The city that wins an exact-case key. */
export function cityByExact(key: string): LexEntry | undefined {
  exactRows ??= CITY_EXACT.split('\n');
  return entryAt(offsetOf(exactRows, key));
}

/** The city that wins a lower-cased key (names that are not acronyms). */
export function cityByLower(key: string): LexEntry | undefined {
  lowerRows ??= CITY_LOWER.split('\n');
  return entryAt(offsetOf(lowerRows, key));
}

/** Whether a city name of several words starts with these lower-cased words. */
export function isCityPrefix(lower: string): boolean {
  prefixes ??= new Set(CITY_PREFIXES.split('\n'));
  return prefixes.has(lower);
}

/** First row not below `probe`. */
function lowerBound(rows: readonly string[], probe: string): number {
  return partitionPoint(rows, (row) => row < probe);
}

function offsetOf(rows: readonly string[], key: string): number {
  const probe = `${key}\t`;
  const row = rows[lowerBound(rows, probe)];
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
