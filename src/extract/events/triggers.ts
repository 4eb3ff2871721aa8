/**
 * Trigger words in a sentence: lexicon look-up, then the checks that keep out uses that do
 * not name an event (a noun modifying another noun, a word inside a name).
 */

import type { Token } from '../text/tokens.js';
import { MAX_PHRASE_TOKENS, lookupPhrase, lookupWord, startsPhrase, type TriggerEntry } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { AFTER_HEAD, AUXILIARIES, DETERMINERS, PREPOSITIONS, PRONOUNS } from './words.js';

export interface TriggerHit {
  entry: TriggerEntry;
  pos: 'noun' | 'verb';
  /** First and last token of the trigger (inclusive). */
  first: number;
  last: number;
}

/** Idioms where a trigger word names no event. */
const IDIOMS = new Set(['great deal', 'good deal', 'big deal', 'deal with', 'deals with', 'dealt with', 'deal in', 'meet demand', 'meet the', 'sign of', 'signs of']);

const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}]/u.test(t.text);
const isLower = (t: Token | undefined): boolean => !!t && /^[\p{Ll}]/u.test(t.text);
const isPossessive = (t: Token | undefined): boolean => !!t && (/['’]s$/i.test(t.text) || t.text === "'" || t.text === '’');

/** "visit", "vote", "attack": a verb after a pronoun, auxiliary or "to"; otherwise a noun. */
function partOfSpeech(entry: TriggerEntry, tokens: readonly Token[], first: number): 'noun' | 'verb' {
  if (entry.pos !== 'either') return entry.pos;
  const before = tokens[first - 1];
  if (!before) return 'noun';
  if (DETERMINERS.has(before.lower) || isPossessive(before) || (PREPOSITIONS.has(before.lower) && before.lower !== 'to')) return 'noun';
  if (PRONOUNS.has(before.lower) || AUXILIARIES.has(before.lower)) return 'verb';
  return 'noun';
}

/** A noun followed by another noun modifies it ("attack helicopter", "election campaign"). */
function isModifier(tokens: readonly Token[], last: number, view: SentenceView): boolean {
  const next = tokens[last + 1];
  if (!next || !isWord(next) || !isLower(next) || view.mentionAt[last + 1]) return false;
  if (AFTER_HEAD.has(next.lower) || PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower)) return false;
  if (/(?:ed|ly)$/.test(next.lower)) return false;
  return true;
}

/** The lower-cased text of tokens i .. i + n - 1, joined by spaces. */
function phraseAt(tokens: readonly Token[], i: number, n: number): string {
  let phrase = tokens[i]!.lower;
  for (let k = i + 1; k < i + n; k++) phrase += ' ' + tokens[k]!.lower;
  return phrase;
}

export function findTriggers(view: SentenceView): TriggerHit[] {
  const { tokens } = view;
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let entry: TriggerEntry | undefined;
    let last = i;
    for (let n = startsPhrase(tokens[i]!.lower) ? MAX_PHRASE_TOKENS : 1; n >= 2 && !entry; n--) {
      if (i + n > tokens.length) continue;
      entry = lookupPhrase(phraseAt(tokens, i, n));
      if (entry) last = i + n - 1;
    }
    entry ??= lookupWord(tokens[i]!.lower);
    if (!entry) continue;
    // Inside a name ("Security Council", "Press TV", "the Warsaw Pact" read as an organisation).
    if (view.mentionAt[i]) continue;
    const bigram = `${tokens[i]!.lower} ${tokens[last + 1]?.lower ?? ''}`;
    const before = `${tokens[i - 1]?.lower ?? ''} ${tokens[i]!.lower}`;
    if (IDIOMS.has(bigram) || IDIOMS.has(before)) continue;
    const pos = partOfSpeech(entry, tokens, i);
    if (pos === 'noun' && last === i && isModifier(tokens, last, view)) continue;
    // "calls NATO a threat", "poses a threat": a characterisation, not an act of threatening.
    if (entry.type === 'threat' && pos === 'noun' && /^an?$/.test(tokens[i - 1]?.lower ?? '')) continue;
    hits.push({ entry, pos, first: i, last });
    i = last;
  }
  return hits;
}
