import type { Candidate } from './chunk.js';
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
