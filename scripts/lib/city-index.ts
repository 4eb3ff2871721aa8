/**
 * The packaged cities' lookup keys, precomputed so that a process does not build a map of ~30,000
 * city names before its first article: for each exact-case and each lower-cased key, the city line
 * that wins it (src/extract/actors/lexicon-forms.ts says which), and the leading words of the
 * names of several words. src/extract/actors/cities.ts searches these tables.
 */
import type { LexEntry } from '../../src/extract/actors/lexicon.js';
import { forEachPrefix, isAcronym, keysOf, winsExact, winsLower } from '../../src/extract/actors/lexicon-forms.js';

export interface CityIndex {
  /** Sorted lines "key\toffset": the offset in CITY_LINES of the line that wins the key. */
  exact: string;
  lower: string;
  /** Sorted lower-cased leading words of city names of several words. */
  prefixes: string;
  maxWords: number;
}

interface Winner {
  entry: LexEntry;
  offset: number;
}

export function buildCityIndex(cityLines: string): CityIndex {
  const exact = new Map<string, Winner>();
  const lower = new Map<string, Winner>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  let offset = 0;
  for (const line of cityLines.split('\n')) {
    const [name, country, population] = line.split('\t') as [string, string, string];
    const entry: LexEntry = { type: 'Place', kind: 'city', name, country, population: Number(population) };
    for (const key of keysOf(name)) {
      if (winsExact(exact.get(key)?.entry, entry)) exact.set(key, { entry, offset });
      const low = key.toLowerCase();
      if (!isAcronym(key) && winsLower(lower.get(low)?.entry, entry)) lower.set(low, { entry, offset });
      maxWords = Math.max(
        maxWords,
        forEachPrefix(low, (p) => prefixes.add(p)),
      );
    }
    offset += line.length + 1;
  }
  // "\t" sorts before every character of a name, so the lines sort as their keys do.
  const table = (m: Map<string, Winner>): string =>
    [...m]
      .map(([key, w]) => `${key}\t${w.offset}`)
      .sort()
      .join('\n');
  return { exact: table(exact), lower: table(lower), prefixes: [...prefixes].sort().join('\n'), maxWords };
}
