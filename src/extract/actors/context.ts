import { candidateWindow, type Candidate } from './chunk.js';
import {
  HUMAN_PASSIVES,
  HUMAN_VERBS,
  INDUSTRY_HEADS,
  KINSHIP,
  LOCATIVE_PREPOSITIONS,
  ORG_FIRST_WORDS,
  ORG_NOUNS_AFTER,
  ORG_KIND_NOUNS,
  ORG_NOUNS_BEFORE,
  ORG_POSSESSIONS,
  PERSON_KIND_NOUNS,
  PERSON_OF_NOUNS,
  PERSON_POSSESSIONS,
  PLACE_KIND_NOUNS,
  SPORTS_WORDS,
} from './cues.js';
import { emptyScores, type Scores } from './evidence.js';
import { lexicon } from './lexicon.js';
import type { Unit, Word } from './units.js';
import { HONORIFICS, ORG_OF_HEADS, REPORTING_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

/**
 * Evidence from the words around a name that the head-word and lexicon rules do not see:
 * - organisations named with a noun beside them ("the news agency Tanjug", "Interfax news agency"),
 *   heads inside the name ("National League for Democracy"), company and club words;
 * - people owning or undergoing what only people do ("Gaddafi's forces", "the fall of Mubarak",
 *   "his wife Naina", "X died");
 * and, for sports reports, which mentions of a town name its team ("Kent made up for lost time").
 */

export interface DocumentContext {
  /** The document reads as a sports report. */
  sports: boolean;
}

const OF_LINKS = new Set(['of', 'for', 'on']);
const BE = new Set(['was', 'is', 'has', 'had', 'been', 'be']);

export function scoreContext(c: Candidate): Scores {
  const s = emptyScores();
  const { words, n, first, last, prev, next } = candidateWindow(c);
  const lex = lexicon();
  const firstName = n >= 2 && (lex.firstNames.has(first.text) || /^(?:\p{Lu}\.)+$/u.test(first.text));
  const lower = (w: Word | undefined): string | undefined => (w && !w.cap && !w.punct ? w.lower : undefined);

  if (!c.lex) {
    // Organisations.
    const before = lower(prev);
    if (before && ORG_NOUNS_BEFORE.has(before) && !prev!.possessive && !firstName && !c.title) s.Organization += 4;
    const after = lower(next);
    if (after && !last.possessive && (ORG_NOUNS_AFTER.has(after) || (after === 'news' && words[c.last + 2]?.lower === 'agency')))
      s.Organization += 4;
    for (let k = c.first + 1; k < c.last - 1; k++) {
      if (ORG_OF_HEADS.has(words[k]!.lower) && OF_LINKS.has(words[k + 1]!.lower)) {
        s.Organization += 6;
        break;
      }
    }
    if (n >= 2 && ORG_FIRST_WORDS.has(first.lower)) s.Organization += 4;
    if (n >= 2 && INDUSTRY_HEADS.has(last.lower) && !firstName) s.Organization += 4;

    s.Organization += organisationCues(c, words);
    // People.
    if (!first.acronym) s.Person += personCues(c, words);
    addScoresOf(s, kindInApposition(words, c.last));
    addScoresOf(s, kindOfList(words, c.first));
    addScoresOf(s, pronounAgreement(words, c.last));
  }
  const kin = lower(prev);
  if (kin && KINSHIP.has(kin)) s.Person += 6;
  return s;
}

function addScoresOf(into: Scores, from: Partial<Scores> | undefined): void {
  if (!from) return;
  for (const [type, value] of Object.entries(from) as [keyof Scores, number][]) into[type] += value;
}

const KIND_WEIGHT = 4;
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the']);
const COPULAS = new Set(['is', 'was', 'remains', 'became', 'becomes']);
const NOUN_PHRASE_WORDS = 5;

/**
 * What the text says the name is: "Korvan, an Oslo-based company", "Korvan is a taxi company",
 * "Mbatoro, a retired teacher". The first kind noun of the noun phrase after the determiner decides.
 */
function kindInApposition(words: readonly Word[], last: number): Partial<Scores> | undefined {
  let k = last + 1;
  if (words[last]!.possessive) return undefined;
  const comma = words[k]?.text === ',';
  if (!comma && !COPULAS.has(words[k]?.lower ?? '')) return undefined;
  k++;
  // "X, one of four wooden boats"; "X, former editor of ...": a title opens the apposition without a determiner.
  if (words[k]?.lower === 'one' && words[k + 1]?.lower === 'of') k += 2;
  if (!APPOSITION_DETERMINERS.has(words[k]?.lower ?? '')) {
    if (!comma || !words[k] || words[k]!.cap || !(TITLE_MODIFIERS.has(words[k]!.lower) || TITLE_HEADS.has(words[k]!.lower)))
      return undefined;
    k--;
  }
  for (let n = k + 1; n < words.length && n <= k + NOUN_PHRASE_WORDS; n++) {
    const w = words[n]!;
    // A capitalised part of a compound modifier ("an Oslo-based company") stays inside the noun phrase.
    if (w.punct || (w.cap && !w.hyphenAfter && !w.hyphenBefore) || NOUN_PHRASE_ENDS.has(w.lower)) return undefined;
    if (w.possessive || w.hyphenAfter) continue;
    if (ORG_KIND_NOUNS.has(w.lower)) return { Organization: KIND_WEIGHT };
    if (PERSON_KIND_NOUNS.has(w.lower)) return { Person: KIND_WEIGHT };
    if (PLACE_KIND_NOUNS.has(w.lower)) return { Place: KIND_WEIGHT };
  }
  return undefined;
}

const LIST_REACH = 12;
const LIST_LINKS = new Set([',', 'and', 'or', 'the']);

/** "competitors such as Walmart, Kroger and Costco", "cities like Zelvasti": the kind noun before the list. */
function kindOfList(words: readonly Word[], first: number): Partial<Scores> | undefined {
  let k = first - 1;
  while (k >= 0 && first - k <= LIST_REACH && (words[k]!.cap || LIST_LINKS.has(words[k]!.lower))) k--;
  const w = words[k];
  let noun: Word | undefined;
  if (w?.lower === 'like' || w?.lower === 'including') noun = words[k - 1];
  else if (w?.lower === 'as' && words[k - 1]?.lower === 'such') noun = words[k - 2];
  if (!noun || noun.cap || noun.punct) return undefined;
  const singular = singularOf(noun.lower);
  if (ORG_KIND_NOUNS.has(singular)) return { Organization: KIND_WEIGHT };
  if (PLACE_KIND_NOUNS.has(singular)) return { Place: KIND_WEIGHT };
  if (PERSON_KIND_NOUNS.has(singular)) return { Person: KIND_WEIGHT };
  return undefined;
}

function singularOf(lower: string): string {
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

const NOUN_PHRASE_ENDS = new Set(['of', 'in', 'at', 'on', 'for', 'with', 'by', 'from', 'to', 'that', 'who', 'which', 'and', 'or', 'but']);
// Possessive and reflexive forms only: a subject "it" or "he" after a comma often starts a clause about someone else.
const NEUTER_PRONOUNS = new Set(['its', 'itself']);
const PERSONAL_PRONOUNS = new Set(['his', 'himself', 'her', 'hers', 'herself']);
const PRONOUN_REACH = 12;
const PRONOUN_WEIGHT = 2;

/**
 * The first possessive or reflexive pronoun after a name in its sentence, when no other name comes
 * between: "Korvan has presented itself as ...", "Korvan said its drivers ..." (no person),
 * "Mbatoro left his post" (a person).
 */
function pronounAgreement(words: readonly Word[], last: number): Partial<Scores> | undefined {
  for (let k = last + 1; k < words.length && k <= last + PRONOUN_REACH; k++) {
    const w = words[k]!;
    if (w.cap && !PERSONAL_PRONOUNS.has(w.lower) && !NEUTER_PRONOUNS.has(w.lower)) return undefined;
    if (QUOTES.has(w.text)) return undefined;
    if (NEUTER_PRONOUNS.has(w.lower)) return { Organization: PRONOUN_WEIGHT };
    if (PERSONAL_PRONOUNS.has(w.lower)) return { Person: PRONOUN_WEIGHT };
  }
  return undefined;
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);

const IT = new Set(['it', 'its']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her']);

/** "Comelf said it ...", "Cofinec's shares", "Ericsson spokesman Per Zetterquist", "Comelf, which". */
function organisationCues(c: Candidate, words: readonly Word[]): number {
  const last = words[c.last]!;
  const next = words[c.last + 1];
  const next2 = words[c.last + 2];
  let score = 0;
  if (last.possessive && next && !next.cap && ORG_POSSESSIONS.has(next.lower)) score += 3;
  if (next && !next.cap && REPORTING_VERBS.has(next.lower) && next2 && IT.has(next2.lower)) score += 2;
  if (next?.text === ',' && (next2?.lower === 'which' || next2?.lower === 'based')) score += 2;
  // A name before a job title and a person's name is where the person works.
  if (!last.possessive && next && TITLE_HEADS.has(next.lower) && !HONORIFICS.has(next.lower) && next2?.cap && c.first === c.last)
    score += 3;
  return score;
}

function personCues(c: Candidate, words: readonly Word[]): number {
  const last = words[c.last]!;
  const prev = words[c.first - 1];
  const prev2 = words[c.first - 2];
  let score = 0;
  // "Gaddafi's forces", "Gaddafi's loyal forces".
  if (last.possessive) {
    for (let k = c.last + 1; k <= c.last + 2 && k < words.length; k++) {
      const w = words[k]!;
      if (w.cap || w.punct) break;
      if (PERSON_POSSESSIONS.has(w.lower)) {
        score += 3;
        break;
      }
    }
  }
  // "the fall of Mubarak", "the regime of Saddam".
  if (prev?.lower === 'of' && prev2 && !prev2.cap && PERSON_OF_NOUNS.has(prev2.lower)) score += 3;
  // "X said he ...".
  const next = words[c.last + 1];
  if (next && !next.cap && REPORTING_VERBS.has(next.lower) && PERSON_PRONOUNS.has(words[c.last + 2]?.lower ?? '')) score += 2;
  // "Mubarak resigned", "X was sentenced".
  let k = c.last + 1;
  if (words[k]?.lower && /ly$/.test(words[k]!.lower) && !words[k]!.cap) k++;
  const verb = words[k];
  if (!last.possessive && verb && !verb.cap) {
    if (HUMAN_VERBS.has(verb.lower)) score += 3;
    else if (BE.has(verb.lower)) {
      let j = k + 1;
      if (words[j]?.lower === 'been') j++;
      const participle = words[j];
      if (participle && !participle.cap && HUMAN_PASSIVES.has(participle.lower)) score += 3;
    }
  }
  return score;
}

/**
 * A town's name in a sports report that acts in the story: not after "in"/"at", not followed by
 * its region ("Markham, Ontario"), not in a dateline.
 */
export function isTeamMention(c: Candidate): boolean {
  if (!c.lex || c.lex.type !== 'Place' || c.lex.kind === 'place' || c.unit.dateline) return false;
  // A small town's name is more often a surname ("Davenport") than a team.
  if (c.lex.kind === 'city' && (c.lex.population ?? 0) < MIN_TEAM_TOWN) return false;
  const words = c.unit.words;
  const prev = words[c.first - 1];
  const next = words[c.last + 1];
  const last = words[c.last]!;
  if (prev && (LOCATIVE_PREPOSITIONS.has(prev.lower) || prev.lower === 'of' || prev.text === '(')) return false;
  if (next?.text === '(' || (next && !next.cap && TEAM_NOUNS.has(next.lower))) return false;
  if (next?.text === ',' && words[c.last + 2]?.cap && !last.possessive) return false;
  // "Moscow-based", "Hove: Sussex 363": a venue heading a results line.
  if (last.hyphenAfter || next?.text === ':') return false;
  return true;
}

const MIN_SPORTS_WORDS = 3;
const MIN_TEAM_TOWN = 100_000;
/** "the Moscow club", "Volgograd fans": the town modifies the team's noun and stays a place. */
const TEAM_NOUNS = new Set(['side', 'club', 'fans', 'supporters', 'stadium', 'ground', 'history']);

/** A sports report: several distinct sports words written in lower case, or results lines. */
export function documentContext(units: readonly Unit[]): DocumentContext {
  const seen = new Set<string>();
  for (const u of units) {
    for (const w of u.words) {
      if (!w.cap && SPORTS_WORDS.has(w.lower)) seen.add(w.lower);
      else if (w.cap && u.mode !== 'normal' && SPORTS_WORDS.has(w.lower)) seen.add(w.lower);
    }
    if (seen.size >= MIN_SPORTS_WORDS) return { sports: true };
  }
  return { sports: false };
}
