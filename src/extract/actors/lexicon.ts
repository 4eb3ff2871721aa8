import type { ActorType } from '../../core/types.js';
import { BORDER_FEATURES } from './data/borders.js';
import { CITY_LINES } from './data/cities.js';
import { COMMON_WORDS } from './data/common-words.js';
import { COUNTRY_ROWS } from './data/countries.js';
import { FIRST_NAME_LINES } from './data/first-names.js';
import { REGION_LINES } from './data/regions.js';
import { FORMER_STATES } from './cues.js';
import { EXTRA_PLACES, KNOWN_ORGANIZATIONS } from './words.js';

/**
 * The packaged lexicons, built once per process on first use (module-level lazy init).
 * Keys are surface forms with apostrophes normalised; `byLower` holds lower-cased forms of
 * names that are not acronyms, for all-caps and title-case lines.
 */

export type EntryKind = 'country' | 'organization' | 'region' | 'city' | 'place';

export interface LexEntry {
  type: ActorType;
  kind: EntryKind;
  /** Canonical name of the actor the entry stands for. */
  name: string;
  /** ISO 3166-1 alpha-2 (countries), or the country a city or region lies in. */
  country?: string;
  wikidata?: string;
  population?: number;
  /** The country itself, for country entries. */
  countryInfo?: CountryInfo;
  /** Nouns that can describe the actor later in a text ("alliance"). */
  descriptions?: readonly string[];
}

export interface CountryInfo {
  key: string;
  name: string;
  code?: string;
  wikidata?: string;
}

export interface Lexicon {
  byExact: Map<string, LexEntry>;
  byLower: Map<string, LexEntry>;
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
  /** Lower-cased, folded word prefixes of names of several words ("bosnia", "bosnia and"). */
  prefixes: Set<string>;
}

const PRIORITY: Record<EntryKind, number> = { country: 5, organization: 4, place: 3, region: 2, city: 1 };
// A big city outranks a province of the same name ("London").
const rank = (e: LexEntry): number => (e.kind === 'city' && (e.population ?? 0) >= 100_000 ? 2.5 : PRIORITY[e.kind]);

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

export function normaliseName(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function isAcronym(s: string): boolean {
  return !/\p{Ll}/u.test(s);
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    byExact: new Map(),
    byLower: new Map(),
    demonyms: new Map(),
    capitals: new Map(),
    countriesByCode: new Map(),
    firstNames: new Map(),
    commonWords: new Map(COMMON_WORDS.split(' ').map((w, i) => [w, i + 1])),
    maxWords: 1,
    prefixes: new Set(),
  };
  // Every worker thread of a corpus run builds this (~60,000 names), so the common case, a plain
  // ASCII name, skips normalisation and diacritic folding.
  const addForm = (k: string, entry: LexEntry): void => {
    const seen = lex.byExact.get(k);
    if (!seen || rank(seen) < rank(entry) || (seen.kind === entry.kind && (seen.population ?? 0) < (entry.population ?? 0))) {
      lex.byExact.set(k, entry);
    }
    const lower = k.toLowerCase();
    if (!isAcronym(k)) {
      const seenLower = lex.byLower.get(lower);
      if (!seenLower || rank(seenLower) < rank(entry)) lex.byLower.set(lower, entry);
    }
    let words = 1;
    for (let space = lower.indexOf(' '); space >= 0; space = lower.indexOf(' ', space + 1)) {
      lex.prefixes.add(lower.slice(0, space));
      words++;
    }
    if (words > lex.maxWords) lex.maxWords = words;
  };
  const add = (surface: string, entry: LexEntry): void => {
    const key = UNNORMALISED.test(surface) ? normaliseName(surface) : surface;
    addForm(key, entry);
    if (NON_ASCII.test(key)) {
      const folded = foldDiacritics(key);
      if (folded !== key) addForm(folded, entry);
    }
  };

  // Country-coder features: countries (with ISO code), UK nations, territories and world regions.
  const byCode = new Map<string, { nameEn: string; wikidata: string }>();
  const ukNations: Record<string, string> = { Q21: 'GB-ENG', Q22: 'GB-SCT', Q25: 'GB-WLS', Q26: 'GB-NIR' };
  for (const p of BORDER_FEATURES) {
    const code = p.iso1A2 ?? ukNations[p.wikidata];
    if (code && (p.level === 'country' || p.level === 'territory' || ukNations[p.wikidata])) {
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
    const info: CountryInfo = { key: `Country:${canonical}`, name: canonical, ...(code.length === 2 ? { code } : {}), ...(cc ? { wikidata: cc.wikidata } : {}) };
    lex.countriesByCode.set(code, info);
    const entry: LexEntry = { type: 'Country', kind: 'country', name: canonical, countryInfo: info, ...(info.code ? { country: info.code } : {}), ...(cc ? { wikidata: cc.wikidata } : {}) };
    for (const n of new Set([...candidates, ...(cc ? [cc.nameEn] : [])])) add(n, entry);
    for (const d of demonyms) lex.demonyms.set(normaliseName(d), info);
    for (const c of capitals) {
      for (const name of new Set([c, c.replace(/ D\.C\.$/, '')])) lex.capitals.set(normaliseName(name), info);
    }
  }

  // Former states act in news as countries ("since the fall of the Soviet Union"); no packaged id links them.
  for (const state of FORMER_STATES) {
    const info: CountryInfo = { key: `Country:${state.name}`, name: state.name };
    const entry: LexEntry = { type: 'Country', kind: 'country', name: state.name, countryInfo: info };
    for (const n of [state.name, ...state.aliases]) add(n, entry);
  }

  for (const p of BORDER_FEATURES) {
    if (p.iso1A2 || p.level === 'world') continue;
    if (Object.prototype.hasOwnProperty.call(ukNations, p.wikidata)) continue;
    add(p.nameEn, { type: 'Place', kind: 'place', name: p.nameEn, wikidata: p.wikidata, ...(p.country ? { country: p.country } : {}) });
  }
  for (const name of EXTRA_PLACES) add(name, { type: 'Place', kind: 'place', name });

  for (const line of REGION_LINES.split('\n')) {
    const [name, country] = line.split('\t') as [string, string];
    add(name, { type: 'Place', kind: 'region', name, country });
  }
  for (const line of CITY_LINES.split('\n')) {
    const [name, country, population] = line.split('\t') as [string, string, string];
    add(name, { type: 'Place', kind: 'city', name, country, population: Number(population) });
  }
  for (const [name, info] of lex.capitals) {
    add(name, { type: 'Place', kind: 'city', name, ...(info.code ? { country: info.code } : {}), population: 1_000_000 });
  }
  for (const org of KNOWN_ORGANIZATIONS) {
    const entry: LexEntry = { type: 'Organization', kind: 'organization', name: org.name, ...(org.descriptions ? { descriptions: org.descriptions } : {}) };
    for (const n of [org.name, ...org.aliases]) add(n, entry);
  }
  for (const line of FIRST_NAME_LINES.split('\n')) {
    const [name, gender] = line.split('\t') as [string, 'm' | 'f' | 'u'];
    lex.firstNames.set(name, gender);
  }
  return lex;
}

/** The lexicon entry for a surface form; `anyCase` also matches "MOSCOW" or "Moscow" against "Moscow". */
export function lookupName(surface: string, { anyCase = false }: { anyCase?: boolean } = {}): LexEntry | undefined {
  const lex = lexicon();
  const direct = lex.byExact.get(surface);
  if (direct) return direct;
  const memoKey = anyCase ? `~${surface}` : surface;
  if (memo.has(memoKey)) return memo.get(memoKey)!;
  const found = lookupSlow(lex, surface, { anyCase });
  // A bounded memo: the same capitalised words come back often, and most of them are no lexicon name.
  if (memo.size > 100_000) memo.clear();
  memo.set(memoKey, found);
  return found;
}

const memo = new Map<string, LexEntry | undefined>();

function lookupSlow(lex: Lexicon, surface: string, { anyCase }: { anyCase: boolean }): LexEntry | undefined {
  const key = UNNORMALISED.test(surface) ? normaliseName(surface) : surface;
  const folded = NON_ASCII.test(key) ? foldDiacritics(key) : key;
  const hit = (key !== surface ? lex.byExact.get(key) : undefined) ?? (folded !== key ? lex.byExact.get(folded) : undefined);
  // "GERMANY", "UNITED STATES": an all-caps form of a mixed-case name, when too long to be an acronym.
  if (hit || (!anyCase && (/\p{Ll}/u.test(key) || key.replace(/[^\p{L}]/gu, '').length < 4))) return hit;
  return lex.byLower.get(folded.toLowerCase());
}

/** What normaliseName would change: a quote to straighten or any whitespace other than one space. */
const UNNORMALISED = /[’‘`]|\s\s|[^\S ]/;
const NON_ASCII = /[^ -~]/;

/** Whether some lexicon name of several words starts with these words (any case): worth reading one more word. */
export function isNamePrefix(phrase: string): boolean {
  const key = NON_ASCII.test(phrase) ? foldDiacritics(phrase) : phrase;
  return lexicon().prefixes.has(key.toLowerCase());
}
