import type { Candidate } from './chunk.js';
import { lookupName } from './lexicon.js';
import type { Word } from './units.js';
import { LOCAL_NOUNS, PLACE_PREPOSITIONS, POLITICAL_VERBS } from './words.js';

/**
 * A capital city standing for its country's government: the subject of a political verb
 * ("Moscow complains", "Moscow has invariably rapped", "with Moscow blaming") or the owner of a
 * policy ("Washington's unilateral approach"), but not a place ("in Moscow", "Moscow's streets").
 */
export function isMetonymic(c: Candidate): boolean {
  const words = c.unit.words;
  const prev = words[c.first - 1];
  const last = words[c.last]!;
  if (prev && PLACE_PREPOSITIONS.has(prev.lower) && prev.lower !== 'with' && prev.lower !== 'between') return false;
  if (last.possessive) {
    // Skip adjectives to the owned noun: "Washington's unilateral approach".
    for (let k = c.last + 1; k < Math.min(words.length, c.last + 4); k++) {
      const w = words[k]!;
      if (w.punct) break;
      if (LOCAL_NOUNS.has(w.lower)) return false;
    }
    return true;
  }
  if (coordinatedWithState(words, c.first, c.last)) return true;
  let k = c.last + 1;
  // "Moscow and NATO could cooperate": the verb follows the coordinated subject.
  if (words[k]?.lower === 'and' && words[k + 1]?.cap) {
    k += 2;
    while (words[k]?.cap) k++;
  }
  // Adverbs between subject and verb: "Moscow has invariably rapped", "Moscow still insists".
  while (words[k] && /ly$/.test(words[k]!.lower) && !POLITICAL_VERBS.has(words[k]!.lower)) k++;
  if (words[k]?.lower === 'still' || words[k]?.lower === 'also') k++;
  const verb = words[k];
  return verb !== undefined && !verb.cap && POLITICAL_VERBS.has(verb.lower);
}

/** "an arms race between Moscow and the West", "NATO and Moscow": joined by "and" to a state, a body or a bloc. */
function coordinatedWithState(words: readonly Word[], first: number, last: number): boolean {
  if (words[last + 1]?.lower === 'and' && !words[last]!.possessive) {
    let k = last + 2;
    if (words[k]?.lower === 'the') k++;
    if (words[k]?.text === 'West' && words[k - 1]?.lower === 'the') return true;
    for (let j = k; j < k + 3; j++) if (namesState(words, k, j)) return true;
  }
  if (words[first - 1]?.lower === 'and') {
    for (let i = first - 2; i >= Math.max(0, first - 4); i--) if (namesState(words, i, first - 2)) return true;
  }
  return false;
}

/** Words [i, j], all capitalised, name a country or a known organisation. */
function namesState(words: readonly Word[], i: number, j: number): boolean {
  const run = words.slice(i, j + 1);
  if (run.length === 0 || run.length !== j - i + 1 || run.some((w) => !w.cap || w.punct)) return false;
  const entry = lookupName(run.map((w) => w.text).join(' '));
  return entry !== undefined && (entry.kind === 'country' || entry.kind === 'organization');
}
