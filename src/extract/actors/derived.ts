import { lexicon, lookupName, type LexEntry } from './lexicon.js';
import type { Word } from './units.js';
import { FUNCTION_WORDS, POLITICAL_VERBS, REPORTING_VERBS } from './words.js';

/**
 * Capitalised words derived from names that name no actor (MISC in CoNLL terms):
 * - followers of a doctrine and doctrines: "Islamists", "a Marxist", "Thatcherism";
 * - people or things of a place: "New Yorkers", "Londoners", "Alaskan halibut", "Californians";
 * - adjectives before a noun: "Mediterranean beaches", "Pacific halibut", "an Orwellian name".
 */

// "Lindqvist", "Ahlquist": Scandinavian surnames end in -qvist/-quist.
const DOCTRINE = /[^uvq](?:ist|ists|ism)$/;
// "Twist", "Geist": short words in -ist are more often surnames.
const MIN_DOCTRINE = 6;
/** Endings of words for the people of a place, and how much of the place's name they replace. */
const PEOPLE_OF_PLACE: readonly { suffix: string; restore: readonly string[] }[] = [
  { suffix: 'ers', restore: [''] },
  { suffix: 'er', restore: [''] },
  { suffix: 'ites', restore: ['', 'e'] },
  { suffix: 'ians', restore: ['a', 'ia'] },
  { suffix: 'ans', restore: ['', 'a'] },
  { suffix: 'ns', restore: ['', 's'] },
  { suffix: 'n', restore: ['', 's'] },
];
const ADJECTIVE = /(?:ean|ian)$/;
const PLACE_ADJECTIVE = /(?:an|ic)$/;
const VERB_LIKE_ENDING = /(?:ed|ing|ly)$/;
const MIN_CITY = 100_000;

/** A capitalised word or run [first, last] that derives from a name rather than naming an actor. */
export function isDerivedWord(words: readonly Word[], first: number, last: number, text: string): boolean {
  const w = words[last]!;
  if (lexicon().firstNames.has(w.text) || w.acronym) return false;
  if (first === last && w.text.length >= MIN_DOCTRINE && DOCTRINE.test(w.lower) && !lookupName(text)) return true;
  if (peopleOfPlace(text)) return true;
  if (!attributive(words[last + 1]) || w.possessive) return false;
  const entry = lookupName(text);
  if (entry) return first === last && entry.type === 'Place' && entry.kind === 'place' && PLACE_ADJECTIVE.test(w.lower);
  return ADJECTIVE.test(w.lower);
}

/** "New Yorkers" -> New York, "Alaskan" -> Alaska, "Texans" -> Texas. */
function peopleOfPlace(text: string): boolean {
  if (lookupName(text)) return false;
  for (const { suffix, restore } of PEOPLE_OF_PLACE) {
    if (!text.endsWith(suffix) || text.length - suffix.length < 3) continue;
    const stem = text.slice(0, -suffix.length);
    for (const tail of restore) {
      const entry = lookupName(stem + tail);
      if (entry && isPlace(entry)) return true;
    }
  }
  return false;
}

function isPlace(e: LexEntry): boolean {
  if (e.type !== 'Place' && e.type !== 'Country') return false;
  return e.kind !== 'city' || (e.population ?? 0) >= MIN_CITY;
}

/** A lower-case word that reads as the noun an adjective qualifies ("beaches"), not a verb ("said", "resigned"). */
function attributive(next: Word | undefined): boolean {
  if (!next || next.cap || next.punct || next.hyphenBefore) return false;
  if (!/^\p{Ll}+$/u.test(next.text)) return false;
  if (FUNCTION_WORDS.has(next.lower) || REPORTING_VERBS.has(next.lower) || POLITICAL_VERBS.has(next.lower)) return false;
  return !VERB_LIKE_ENDING.test(next.lower);
}
