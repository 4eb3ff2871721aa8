import type { CountryInfo, LexEntry } from './lexicon-entry.js';
import { BORDER_FEATURES } from './data/borders.js';
import { COMMON_WORDS } from './data/common-words.js';
import { COUNTRY_ROWS } from './data/countries.js';
import { FIRST_NAME_LINES } from './data/first-names.js';
import { REGION_LINES } from './data/regions.js';
import { CITY_MAX_WORDS, cityByExact, cityByLower, isCityPrefix } from './cities.js';
import {
  NAME_AFTER_EXACT,
  NAME_AFTER_LOWER,
  NAME_BEFORE_EXACT,
  NAME_BEFORE_LOWER,
  NAME_ENTRIES,
  NAME_MAX_WORDS,
  NAME_PREFIXES,
} from './data/name-index.js';
import { FORMER_STATES } from './cues.js';
import {
  NON_ASCII,
  UNNORMALISED,
  foldDiacritics,
  forEachPrefix,
  isAcronym,
  keysOf,
  normaliseName,
  winsExact,
  winsLower,
} from './lexicon-forms.js';
import { EXTRA_PLACES, KNOWN_ORGANIZATIONS } from './words.js';

/**
 * The packaged lexicons, built once per process on first use (module-level lazy init).
 * Names are looked up by exact-case keys (surface forms with apostrophes normalised, and their
 * diacritic-free forms) and by lower-cased keys of names that are not acronyms, for all-caps
 * and title-case lines (lexicon-forms.ts).
 */

export type { CountryInfo, EntryKind, LexEntry } from './lexicon-entry.js';

export interface Lexicon {
  /** "Russian" -> Russia, "Russians" -> Russia. */
  demonyms: Map<string, CountryInfo>;
  /** Capital city -> its country, for metonymy ("Moscow complains"). */
  capitals: Map<string, CountryInfo>;
  countriesByCode: Map<string, CountryInfo>;
  firstNames: Map<string, 'm' | 'f' | 'u'>;
  /** The 10,000 most common English words, with their frequency rank (1 = most common). */
  commonWords: ReadonlyMap<string, number>;
  /** Longest lexicon name in words, to bound the longest-match search. */
  maxWords: number;
}

/**
 * The names other than the packaged cities (cities.ts), by lookup key. A key several names share
 * goes to the entry lexicon-forms.ts prefers, the earlier on a tie: the names added before the
 * cities keep their winner, those added after keep every entry, to be weighed in order against
 * the city's. Precomputed at build time (scripts/build-name-index.ts, data/name-index.ts) and read
 * into maps of their keys on first use: a process does not work out the keys of ~3,000 names first.
 */
export interface Names {
  before: { exact: Map<string, LexEntry>; lower: Map<string, LexEntry> };
  after: { exact: Map<string, LexEntry[]>; lower: Map<string, LexEntry[]> };
  /** Lower-cased, folded word prefixes of names of several words ("bosnia", "bosnia and"). */
  prefixes: Set<string>;
}

const UK_NATIONS: Record<string, string> = { Q21: 'GB-ENG', Q22: 'GB-SCT', Q25: 'GB-WLS', Q26: 'GB-NIR' };

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= buildLexicon({ names: false }).lex;
  return cached;
}

/** The name tables as the lexicon builds them, for scripts/build-name-index.ts to write out. */
export function buildNameTables(): { names: Names; maxWords: number } {
  const { lex, names } = buildLexicon({ names: true });
  return { names, maxWords: lex.maxWords };
}

export { normaliseName, foldDiacritics };

/** The lexicon, with the name tables when `names` is set (at build time; at run time they are read from data/name-index.ts). */
function buildLexicon(build: { names: boolean }): { lex: Lexicon; names: Names } {
  const lex: Lexicon = {
    demonyms: new Map(),
    capitals: new Map(),
    countriesByCode: new Map(),
    firstNames: readFirstNames(FIRST_NAME_LINES),
    commonWords: rankWords(COMMON_WORDS),
    maxWords: build.names ? CITY_MAX_WORDS : Math.max(CITY_MAX_WORDS, NAME_MAX_WORDS),
  };
  const table: Names = {
    before: { exact: new Map(), lower: new Map() },
    after: { exact: new Map(), lower: new Map() },
    prefixes: new Set(),
  };
  let citiesAdded = false;
  const addForm = (k: string, entry: LexEntry): void => {
    const lower = k.toLowerCase();
    if (citiesAdded) {
      push(table.after.exact, k, entry);
      if (!isAcronym(k)) push(table.after.lower, lower, entry);
    } else {
      if (winsExact(table.before.exact.get(k), entry)) table.before.exact.set(k, entry);
      if (!isAcronym(k) && winsLower(table.before.lower.get(lower), entry)) table.before.lower.set(lower, entry);
    }
    const words = forEachPrefix(lower, (p) => table.prefixes.add(p));
    if (words > lex.maxWords) lex.maxWords = words;
  };
  const add = (surface: string, entry: LexEntry): void => {
    if (build.names) for (const key of keysOf(surface)) addForm(key, entry);
  };

  // Country-coder features: countries (with ISO code), UK nations, territories and world regions.
  const byCode = new Map<string, { nameEn: string; wikidata: string }>();
  for (const p of BORDER_FEATURES) {
    const code = p.iso1A2 ?? UK_NATIONS[p.wikidata];
    if (code && (p.level === 'country' || p.level === 'territory' || UK_NATIONS[p.wikidata])) {
      if (!byCode.has(code) || p.iso1A2 === p.id) byCode.set(code, { nameEn: p.nameEn, wikidata: p.wikidata });
    }
  }

  for (const [code, names, demonyms, capitals] of COUNTRY_ROWS as [string, string[], string[], string[]][]) {
    const cc = byCode.get(code);
    const candidates = [...names, ...(cc ? [cc.nameEn] : [])].map((n) => n.replace(/^The /, ''));
    // The common short name: the shorter of country-coder's English name and countries-list's name
    // ("United States", not "United States of America"; "Russia"), country-coder's on a tie.
    if (!names[0] && !cc) continue;
    const listed = (names[0] ?? cc!.nameEn).replace(/^The /, '');
    const coded = cc ? cc.nameEn.replace(/^The /, '') : listed;
    const canonical = listed.length < coded.length ? listed : coded;
    const info: CountryInfo = {
      key: `Country:${canonical}`,
      name: canonical,
      ...(code.length === 2 ? { code } : {}),
      ...(cc ? { wikidata: cc.wikidata } : {}),
    };
    lex.countriesByCode.set(code, info);
    const entry: LexEntry = {
      type: 'Country',
      kind: 'country',
      name: canonical,
      countryInfo: info,
      ...(info.code ? { country: info.code } : {}),
      ...(cc ? { wikidata: cc.wikidata } : {}),
    };
    for (const n of new Set([...candidates, ...(cc ? [cc.nameEn] : [])])) add(n, entry);
    for (const d of demonyms) lex.demonyms.set(normaliseName(d), info);
    for (const c of capitals) {
      for (const name of new Set([c, c.replace(/ D\.C\.$/, '')])) lex.capitals.set(normaliseName(name), info);
    }
  }

  if (build.names) addOtherNames(add, lex, () => (citiesAdded = true));
  return { lex, names: table };
}

/** The names after the countries: former states, other country-coder features, regions, capitals and organisations. */
function addOtherNames(add: (surface: string, entry: LexEntry) => void, lex: Lexicon, citiesComeHere: () => void): void {
  // Former states act in news as countries ("since the fall of the Soviet Union"); no packaged id links them.
  for (const state of FORMER_STATES) {
    const info: CountryInfo = { key: `Country:${state.name}`, name: state.name };
    const entry: LexEntry = { type: 'Country', kind: 'country', name: state.name, countryInfo: info };
    for (const n of [state.name, ...state.aliases]) add(n, entry);
  }

  for (const p of BORDER_FEATURES) {
    if (p.iso1A2 || p.level === 'world') continue;
    if (Object.prototype.hasOwnProperty.call(UK_NATIONS, p.wikidata)) continue;
    add(p.nameEn, { type: 'Place', kind: 'place', name: p.nameEn, wikidata: p.wikidata, ...(p.country ? { country: p.country } : {}) });
  }
  for (const name of EXTRA_PLACES) add(name, { type: 'Place', kind: 'place', name });

  for (const line of REGION_LINES.split('\n')) {
    const [name, country] = line.split('\t') as [string, string];
    add(name, { type: 'Place', kind: 'region', name, country });
  }
  citiesComeHere(); // the packaged cities come here, precomputed (cities.ts)
  for (const [name, info] of lex.capitals) {
    add(name, { type: 'Place', kind: 'city', name, ...(info.code ? { country: info.code } : {}), population: 1_000_000 });
  }
  for (const org of KNOWN_ORGANIZATIONS) {
    const entry: LexEntry = {
      type: 'Organization',
      kind: 'organization',
      name: org.name,
      ...(org.descriptions ? { descriptions: org.descriptions } : {}),
    };
    for (const n of [org.name, ...org.aliases]) add(n, entry);
  }
}

// The two largest tables are read with plain loops: every process builds them on its first article, while
// the code is still interpreted, where destructuring a split line or mapping to [word, rank] pairs costs
// more than the Map itself.

/** Each word of a space-separated list (most common first) with its rank, 1 for the first. */
function rankWords(list: string): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  for (const word of list.split(' ')) ranks.set(word, ++rank);
  return ranks;
}

/** "name<TAB>gender" lines. */
function readFirstNames(lines: string): Map<string, 'm' | 'f' | 'u'> {
  const genders = new Map<string, 'm' | 'f' | 'u'>();
  for (const line of lines.split('\n')) {
    const tab = line.indexOf('\t');
    genders.set(line.slice(0, tab), line.slice(tab + 1) as 'm' | 'f' | 'u');
  }
  return genders;
}

function push(map: Map<string, LexEntry[]>, key: string, entry: LexEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The lexicon entry for a surface form; `anyCase` also matches "MOSCOW" or "Moscow" against "Moscow". */
export function lookupName(surface: string, { anyCase = false }: { anyCase?: boolean } = {}): LexEntry | undefined {
  const direct = byExact(surface);
  if (direct) return direct;
  const memo = anyCase ? anyCaseMemo : exactCaseMemo;
  if (memo.has(surface)) return memo.get(surface)!;
  const found = lookupSlow(surface, { anyCase });
  // Bounded memos: the same capitalised words come back often, and most of them are no lexicon name.
  if (memo.size > 100_000) memo.clear();
  memo.set(surface, found);
  return found;
}

// One memo per mode, so no surface form of one can stand for a key of the other.
const exactCaseMemo = new Map<string, LexEntry | undefined>();
const anyCaseMemo = new Map<string, LexEntry | undefined>();

function lookupSlow(surface: string, { anyCase }: { anyCase: boolean }): LexEntry | undefined {
  const key = UNNORMALISED.test(surface) ? normaliseName(surface) : surface;
  const folded = NON_ASCII.test(key) ? foldDiacritics(key) : key;
  const hit = (key !== surface ? byExact(key) : undefined) ?? (folded !== key ? byExact(folded) : undefined);
  // "GERMANY", "UNITED STATES": an all-caps form of a mixed-case name, when too long to be an acronym.
  if (hit || (!anyCase && (/\p{Ll}/u.test(key) || key.replace(/[^\p{L}]/gu, '').length < 4))) return hit;
  return byLower(folded.toLowerCase());
}

// null: no entry (undefined is "not looked up yet").
const exactMemo = new Map<string, LexEntry | null>();

/** The entry an exact-case key goes to: the names before the cities, the city, the names after, in that order. */
function byExact(key: string): LexEntry | undefined {
  const known = exactMemo.get(key);
  if (known !== undefined) return known ?? undefined;
  let entry = entryOf(maps().beforeExact, key);
  const city = cityByExact(key);
  if (city && winsExact(entry, city)) entry = city;
  for (const later of entriesOf(maps().afterExact, key)) if (winsExact(entry, later)) entry = later;
  if (exactMemo.size > 100_000) exactMemo.clear();
  exactMemo.set(key, entry ?? null);
  return entry;
}

function byLower(key: string): LexEntry | undefined {
  let entry = entryOf(maps().beforeLower, key);
  const city = cityByLower(key);
  if (city && winsLower(entry, city)) entry = city;
  for (const later of entriesOf(maps().afterLower, key)) if (winsLower(entry, later)) entry = later;
  return entry;
}

interface NameMaps {
  beforeExact: Map<string, string>;
  beforeLower: Map<string, string>;
  afterExact: Map<string, string>;
  afterLower: Map<string, string>;
  prefixes: Set<string>;
}

let nameMaps: NameMaps | undefined;

// Maps of the ~5,000 precomputed keys (a few ms on the first article) rather than a binary search per
// lookup: a long run looks names up far more often than it starts.
function maps(): NameMaps {
  nameMaps ??= {
    beforeExact: readIndexes(NAME_BEFORE_EXACT),
    beforeLower: readIndexes(NAME_BEFORE_LOWER),
    afterExact: readIndexes(NAME_AFTER_EXACT),
    afterLower: readIndexes(NAME_AFTER_LOWER),
    prefixes: new Set(NAME_PREFIXES.split('\n')),
  };
  return nameMaps;
}

/** "key<TAB>index index ..." lines: each key with its indexes in NAME_ENTRIES, as written. */
function readIndexes(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab >= 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

function entryOf(table: Map<string, string>, key: string): LexEntry | undefined {
  const found = table.get(key);
  return found === undefined ? undefined : nameEntry(Number(found));
}

function entriesOf(table: Map<string, string>, key: string): LexEntry[] {
  const found = table.get(key);
  return found === undefined ? [] : found.split(' ').map((i) => nameEntry(Number(i)));
}

let entryLines: string[] | undefined;
const nameEntries = new Map<number, LexEntry>();
let countriesByKey: Map<string, CountryInfo> | undefined;

/** Entry `index` of NAME_ENTRIES (one JSON object a line), made once; a country's entry shares the lexicon's CountryInfo. */
function nameEntry(index: number): LexEntry {
  let entry = nameEntries.get(index);
  if (!entry) {
    entryLines ??= NAME_ENTRIES.split('\n');
    entry = JSON.parse(entryLines[index]!) as LexEntry;
    if (entry.countryInfo) {
      countriesByKey ??= new Map([...lexicon().countriesByCode.values()].map((info) => [info.key, info]));
      const shared = countriesByKey.get(entry.countryInfo.key);
      if (shared && JSON.stringify(shared) === JSON.stringify(entry.countryInfo)) entry.countryInfo = shared;
    }
    nameEntries.set(index, entry);
  }
  return entry;
}

/** Whether some lexicon name of several words starts with these words (any case): worth reading one more word. */
export function isNamePrefix(phrase: string): boolean {
  let known = prefixMemo.get(phrase);
  if (known === undefined) {
    const key = (NON_ASCII.test(phrase) ? foldDiacritics(phrase) : phrase).toLowerCase();
    known = maps().prefixes.has(key) || isCityPrefix(key);
    if (prefixMemo.size > 100_000) prefixMemo.clear();
    prefixMemo.set(phrase, known);
  }
  return known;
}

// The longest-match search asks again for the same phrases: one answer each, not two binary searches.
const prefixMemo = new Map<string, boolean>();
