import type { Candidate } from './chunk.js';
import type { LexEntry } from './lexicon.js';
import { POLITICAL_VERBS, REPORTING_VERBS } from './words.js';

/**
 * "the West" in a geopolitical sense ("an arms race between Moscow and the West", "the West's
 * sanctions", "the West has warned") is a bloc of states, read as an organisation; in other uses
 * ("in the West", "the West of the county") it is a direction and names no actor.
 */

const WEST: LexEntry = { type: 'Organization', kind: 'organization', name: 'the West' };
const GOVERNING = new Set(['between', 'against', 'with', 'by', 'toward', 'towards']);

/** The bloc a candidate names, 'none' when it is the word in another sense, undefined when it is no bloc word. */
export function blocOf(c: Candidate): LexEntry | 'none' | undefined {
  if (c.first !== c.last || c.text !== 'West') return undefined;
  const words = c.unit.words;
  const the = words[c.first - 1];
  if (the?.lower !== 'the') return 'none';
  const before = words[c.first - 2];
  const last = words[c.last]!;
  const next = words[c.last + 1];
  if (last.possessive) return WEST;
  if (before && GOVERNING.has(before.lower)) return WEST;
  // "Moscow and the West", "the West and Russia".
  if (before?.lower === 'and' && words[c.first - 3]?.cap) return WEST;
  if (next?.lower === 'and' && (words[c.last + 2]?.cap || words[c.last + 3]?.cap)) return WEST;
  if (next && !next.cap && (POLITICAL_VERBS.has(next.lower) || REPORTING_VERBS.has(next.lower))) return WEST;
  return 'none';
}
