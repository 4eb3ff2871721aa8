import type { ActorType } from '../../core/types.js';
import { candidateWindow, type Candidate } from './chunk.js';
import { lexicon, lookupName, type LexEntry } from './lexicon.js';
import type { Word } from './units.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OF_HEADS,
  PLACE_DESCRIPTORS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  TITLE_HEADS,
} from './words.js';

/**
 * Local evidence for a candidate's type: lexicon hits, head words, titles and the words around it.
 * Scores are summed over every mention of a name in the document before a type is chosen.
 */

export type Scores = Record<ActorType, number>;

export const emptyScores = (): Scores => ({ Person: 0, Organization: 0, Country: 0, Place: 0 });

export function addScores(into: Scores, from: Scores): void {
  into.Person += from.Person;
  into.Organization += from.Organization;
  into.Country += from.Country;
  into.Place += from.Place;
}

export function bestType(s: Scores): ActorType | undefined {
  let best: ActorType | undefined;
  let score = 0;
  for (const t of ['Person', 'Organization', 'Country', 'Place'] as const) {
    if (s[t] > score) {
      best = t;
      score = s[t];
    }
  }
  return best;
}

export function total(s: Scores): number {
  return s.Person + s.Organization + s.Country + s.Place;
}

/** Weight of a lexicon hit; counted once per name, not once per mention. */
export function lexWeight(e: LexEntry): number {
  switch (e.kind) {
    case 'country':
    case 'organization':
      return 10;
    case 'place':
      return 8;
    case 'region':
      return 5;
    case 'city': {
      const p = e.population ?? 0;
      return p >= 1_000_000 ? 6 : p >= 100_000 ? 4 : 2.5;
    }
  }
}

export function scoreCandidate(c: Candidate): Scores {
  const s = emptyScores();
  const { words, n, first, last, prev, prev2, next, next2 } = candidateWindow(c);
  const lex = lexicon();

  // Head words, unless the lexicon knows the whole name ("West Bank" is no bank).
  if (!c.lex) {
    if (n >= 2 && ORG_HEADS.has(last.lower)) s.Organization += 6;
    if (n >= 3 && ORG_OF_HEADS.has(first.lower) && (words[c.first + 1]!.lower === 'of' || words[c.first + 1]!.lower === 'for'))
      s.Organization += 6;
    if (n >= 2 && PLACE_HEADS.has(last.lower)) s.Place += 5;
    if (n >= 2 && PLACE_PREFIXES.has(first.lower)) s.Place += 3;
    // "Northern Pacific", "Southern Sudan": a direction before a known place.
    if (n >= 2 && DIRECTIONS.has(first.lower) && isPlaceName(lookupName(c.text.slice(first.text.length + 1)))) s.Place += 5;
    for (let k = c.first; k < c.last - 1; k++) if (STATE_HEADS.has(words[k]!.lower) && words[k + 1]!.lower === 'of') s.Place += 5;
    for (let k = c.first + 1; k < c.last; k++) if (words[k]!.text === '&') s.Organization += 6;
  }

  // A company's legal or institutional suffix outweighs the founder's name in it: "Dana F. Besecker Company".
  if (n >= 2 && !c.lex && COMPANY_SUFFIXES.has(last.lower)) {
    s.Organization += 6;
    return s;
  }
  // Person: first names, initials, particles, titles.
  if (n >= 2 && lex.firstNames.has(first.text) && !c.lex) s.Person += lex.commonWords.has(last.lower) ? 3 : 5;
  if (c.title) s.Person += 6;
  // "Bob (Robert James) Smith", 'Wade "The Hammer" Bassi'.
  if (c.forms) s.Person += 8;
  // "C. Lewis", "J.R. Smith": an initial opens a person's name.
  if (n >= 2 && /^(?:\p{Lu}\.)+$/u.test(first.text) && !c.lex) s.Person += 3;
  // "Air France", "Dynamo Moscow", "CITIC Pacific": a place or an acronym inside a name without a first name.
  if (n >= 2 && !c.lex && !lex.firstNames.has(first.text)) {
    for (let k = c.first; k <= c.last; k++) {
      const w = words[k]!;
      const hit = k > c.first || n > 2 ? lookupName(w.text) : undefined;
      if (
        (hit && (hit.kind === 'country' || (hit.kind === 'city' && (hit.population ?? 0) >= 100_000))) ||
        (w.acronym && w.text.length >= 2 && !/\./.test(w.text))
      ) {
        s.Organization += 2;
        break;
      }
    }
  }
  for (let k = c.first + 1; k < c.last; k++) {
    const w = words[k]!;
    if (/^\p{Lu}\.$/u.test(w.text)) s.Person += 4;
    if (NAME_PARTICLES.has(w.lower)) s.Person += 2;
  }
  if (prev && !prev.cap && isPersonTitle(prev)) s.Person += 6;
  if (prev && HONORIFICS.has(prev.lower)) s.Person += 8;
  if (next && REPORTING_VERBS.has(next.lower)) s.Person += n >= 2 ? 2 : 1;
  if (next?.text === ',' && next2 && (next2.lower === 'who' || next2.lower === 'aged')) s.Person += 3;
  if (next?.text === ',' && next2 && /^\d+$/.test(next2.text)) s.Person += 2;

  // Acronyms are organisations unless a lexicon says otherwise.
  if (
    n === 1 &&
    first.acronym &&
    !c.unit.dateline &&
    !c.lex &&
    first.text.replace(/\./g, '').length >= 2 &&
    !lex.commonWords.has(first.lower)
  )
    s.Organization += 3;

  // Single first names: "Svetlana".
  if (n === 1 && !c.lex && lex.firstNames.has(first.text) && !lex.commonWords.has(first.lower)) s.Person += 2;

  // Places by context: datelines, "in Sochi", "the town of Sochi", "Moscow-based".
  if (c.unit.dateline && c.first < 8 && !words.slice(0, c.first).some((w) => w.text === '(' || DASHES.has(w.text))) s.Place += 6;
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && prev2?.lower !== 'according' && !s.Person && !s.Organization) s.Place += 1.5;
  if (prev?.lower === 'of' && prev2 && PLACE_DESCRIPTORS.has(prev2.lower)) s.Place += 4;
  if (!c.lex && (prev?.lower === 'of' || prev?.lower === 'in') && prev2 && !prev2.cap && COMPANY_OF_NOUNS.has(prev2.lower))
    s.Organization += 3;
  if (last.hyphenAfter && next && /^(based|born|bound)$/.test(next.lower)) s.Place += 4;
  // "Kroger-owned stores", "Amazon-backed"; and what they own: "Amazon-owned Whole Foods Market", "Seattle-based Korvan".
  if (!c.lex && last.hyphenAfter && next && OWNERSHIP.test(next.lower)) s.Organization += 4;
  if (!c.lex && !c.title && prev?.hyphenBefore && (OWNERSHIP.test(prev.lower) || prev.lower === 'based')) s.Organization += 3;
  if (prev?.lower === 'the' && !c.lex) s.Organization += 1.5;

  // Sports results: a place name that wins, loses or scores is a team ("Leicestershire beat Somerset").
  if (c.lex?.type === 'Place' && c.lex.kind !== 'place' && isTeamContext(c)) s.Organization += 8;
  else if (!c.lex && next && SCORE.test(next.text) && isTeamContext(c)) {
    // "Port Vale 4 1 2 1", "Lotte 6 Hyundai 2": a name in a results line, unless it opens with a first name or an initial.
    const personal = lex.firstNames.has(first.text) || /^(?:\p{Lu}\.)+$/u.test(first.text) || c.title !== undefined;
    s.Organization += personal ? 1 : n === 1 ? 3 : 4;
  }

  return s;
}

const DASHES = new Set(['-', '–', '—']);
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upper',
  'lower',
  'greater',
  'inner',
  'outer',
]);
const isPlaceName = (e: LexEntry | undefined): boolean => e !== undefined && (e.type === 'Place' || e.type === 'Country');
/** Nouns of a company's life, before "of X": "the acquisition of X", "shareholders of X". */
const COMPANY_OF_NOUNS = new Set([
  'acquisition',
  'buyout',
  'takeover',
  'purchase',
  'merger',
  'shareholders',
  'shares',
  'stake',
  'subsidiary',
  'founder',
  'co-founder',
  'cofounder',
  'ceo',
  'employees',
  'customers',
  'users',
]);
const OWNERSHIP = /^(?:owned|backed|funded|controlled|run)$/;

/** Last words that only end an organisation's name, never a person's. */
const COMPANY_SUFFIXES = new Set([
  'company',
  'corporation',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'llp',
  'gmbh',
  'holdings',
  'foundation',
  'institute',
  'university',
  'associates',
  'partners',
]);

// "Federal Republic of Yugoslavia", "Kingdom of Saudi Arabia", "Gulf of Aden".
const STATE_HEADS = new Set([
  'republic',
  'kingdom',
  'emirate',
  'sultanate',
  'principality',
  'duchy',
  'gulf',
  'bay',
  'sea',
  'isle',
  'strait',
  'straits',
  'cape',
]);

// "Surrey captain Chris Lewis": a place with a player's role after it is a team.
const SPORT_ROLES = new Set([
  'captain',
  'coach',
  'manager',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'batsman',
  'bowler',
  'skipper',
  'fullback',
  'quarterback',
  'pitcher',
  'forward',
]);
// A score: "3", "74", "429-7".
const SCORE = /^\d{1,3}(?:-\d{1,2})?$/;

const SPORT_VERBS = new Set([
  'beat',
  'beats',
  'defeated',
  'defeat',
  'defeats',
  'drew',
  'draw',
  'edged',
  'thrashed',
  'routed',
  'trounced',
  'downed',
  'blanked',
  'outclassed',
  'hammered',
  'crushed',
  'overcame',
  'v',
  'vs',
  'vs.',
  'versus',
]);

/** A name in a score line ("Barnsley 3 Portsmouth 1", "NEW YORK 74 62") or next to a result verb. */
export function isTeamContext(c: { unit: { words: readonly Word[] }; first: number; last: number }): boolean {
  const words = c.unit.words;
  const prev = words[c.first - 1];
  const next = words[c.last + 1];
  if (next && SPORT_VERBS.has(next.lower)) return true;
  if (prev && SPORT_VERBS.has(prev.lower)) return true;
  if (prev?.lower === 'with' && words[c.first - 2]?.lower === 'drew') return true;
  if (prev?.lower === 'to' && words[c.first - 2]?.lower === 'lost') return true;
  if (next && !next.cap && SPORT_ROLES.has(next.lower)) return true;
  if (next && SCORE.test(next.text)) {
    let numbers = 0;
    for (const w of words) if (SCORE.test(w.text)) numbers++;
    return numbers >= 2;
  }
  return false;
}

/** A lower-case title word right before a name: "envoy Dmitry Rogozin", "president Jacob Zuma". */
export function isPersonTitle(w: Word): boolean {
  return TITLE_HEADS.has(w.lower);
}
