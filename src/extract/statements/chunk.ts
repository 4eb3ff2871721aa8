import type { Token } from '../text/tokens.js';
import { isAdverb } from './cues.js';
import { DETERMINERS, NON_NOMINAL, NP_INNER_PREPOSITIONS, PERSONAL_PRONOUNS, SUBJECT_PRONOUNS, WEEKDAYS } from './words.js';

/**
 * Noun-phrase chunking without a tagger, good enough to find who speaks: a run of capitalised
 * words, content words, possessives and inner prepositions ("a spokesman for the ministry"),
 * opened by at most one determiner.
 */

/** Token range [from, to) with the head part [from, headEnd) before any inner preposition or parenthesis. */
export interface Phrase {
  from: number;
  to: number;
  headEnd: number;
  pronoun: boolean;
}

const MAX_PHRASE = 12;
const STANDALONE = new Set(['one', 'some', 'many', 'both', 'several', 'few', 'most', 'another']);
/** A lower-case -ed/-ing word is more likely a verb ("Kaine defended people") than a modifier. */
const VERB_LIKE = /^\p{Ll}[\p{Ll}-]*(?:ed|ing)$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Capitalised words that are names although their lower-case forms are auxiliaries: "Theresa May", "Will Hurd". */
const NAME_HOMOGRAPHS = new Set(['May', 'Will']);

export function isNominal(t: Token): boolean {
  if (!HAS_WORD.test(t.text)) return false;
  if (NAME_HOMOGRAPHS.has(t.text)) return true;
  if (NON_NOMINAL.has(t.lower) || PERSONAL_PRONOUNS.has(t.lower))
    return t.text.length > 1 && t.text === t.text.toUpperCase() && t.lower !== 'i' && t.lower !== 'a';
  if (/^[\p{Ll}]/u.test(t.text) && isAdverb(t.lower)) return false;
  return true;
}

const isPossessiveMark = (t: Token | undefined): boolean => t !== undefined && (t.text === "'" || t.text === '’');

/** The noun phrase ending just before token `end` (exclusive), not reaching before `min`. */
export function phraseBefore(tokens: readonly Token[], end: number, min = 0): Phrase | undefined {
  let i = end - 1;
  if (i < min) return undefined;
  const to = end;
  let headEnd = end;
  if (tokens[i]!.text === ')') {
    // "Mike Pence (R-Ind.) said": the parenthesis belongs to the phrase.
    let k = i - 1;
    while (k >= min && tokens[k]!.text !== '(' && i - k < 8) k--;
    if (k < min || tokens[k]!.text !== '(') return undefined;
    headEnd = k;
    i = k - 1;
    if (i < min) return undefined;
  }
  if (SUBJECT_PRONOUNS.has(tokens[i]!.lower)) return { from: i, to, headEnd: i + 1, pronoun: true };
  let from = -1;
  let j = i;
  let count = 0;
  while (j >= min && count < MAX_PHRASE) {
    const t = tokens[j]!;
    // A lower-case -ed/-ing word is more likely a verb ("Kaine defended people") than a modifier: stop there.
    if (from >= 0 && VERB_LIKE.test(t.text)) break;
    if (isNominal(t)) {
      from = j;
      j--;
      count++;
      continue;
    }
    if (isPossessiveMark(t) && j - 1 >= min && /s$/i.test(tokens[j - 1]!.text) && from >= 0) {
      j--;
      continue;
    }
    if (from >= 0 && NP_INNER_PREPOSITIONS.has(t.lower) && j - 1 >= min && isNominal(tokens[j - 1]!)) {
      headEnd = j;
      j--;
      continue;
    }
    if (from >= 0 && DETERMINERS.has(t.lower)) {
      from = j;
      j--;
      // "a spokesman for the ministry": a determiner after an inner preposition does not end the phrase.
      if (j - 1 >= min && NP_INNER_PREPOSITIONS.has(tokens[j]!.lower) && isNominal(tokens[j - 1]!)) {
        headEnd = j;
        j--;
        continue;
      }
      break;
    }
    break;
  }
  if (from < 0) return undefined;
  if (headEnd > to) headEnd = to;
  return { from, to, headEnd, pronoun: false };
}

/** The noun phrase starting at token `start`, not reaching `max` (exclusive). */
export function phraseAfter(tokens: readonly Token[], start: number, max = tokens.length): Phrase | undefined {
  let j = start;
  if (j >= max) return undefined;
  if (PERSONAL_PRONOUNS.has(tokens[j]!.lower) && tokens[j]!.text !== 'US') return { from: j, to: j + 1, headEnd: j + 1, pronoun: true };
  if (DETERMINERS.has(tokens[j]!.lower)) {
    // "“…,” reads one, against …": a quantifier standing alone is the phrase.
    if (STANDALONE.has(tokens[j]!.lower) && (j + 1 >= max || /^[,.;:!?]$/.test(tokens[j + 1]!.text)))
      return { from: j, to: j + 1, headEnd: j + 1, pronoun: false };
    j++;
  }
  let headEnd = -1;
  let seen = 0;
  while (j < max && seen < MAX_PHRASE) {
    const t = tokens[j]!;
    if (seen > 0 && VERB_LIKE.test(t.text)) break;
    if (isNominal(t) && !(seen === 0 && WEEKDAYS.has(t.lower))) {
      j++;
      seen++;
      continue;
    }
    if (isPossessiveMark(t) && seen > 0 && /s$/i.test(tokens[j - 1]!.text)) {
      j++;
      continue;
    }
    if (seen > 0 && NP_INNER_PREPOSITIONS.has(t.lower) && t.lower !== 'in' && j + 1 < max) {
      const n = tokens[j + 1]!;
      if (isNominal(n) || (DETERMINERS.has(n.lower) && j + 2 < max && isNominal(tokens[j + 2]!))) {
        if (headEnd < 0) headEnd = j;
        j += DETERMINERS.has(n.lower) ? 2 : 1;
        continue;
      }
    }
    if (seen > 0 && t.text === '(') {
      // "said Jim Clyburn (D-S.C.)"
      let k = j + 1;
      while (k < max && tokens[k]!.text !== ')' && k - j < 8) k++;
      if (k < max && tokens[k]!.text === ')') {
        if (headEnd < 0) headEnd = j;
        j = k + 1;
        continue;
      }
    }
    break;
  }
  if (seen === 0) return undefined;
  return { from: start, to: j, headEnd: headEnd < 0 ? j : headEnd, pronoun: false };
}
