/**
 * How far a time expression's value can be trusted, from the evidence that produced it. The
 * numbers only order expressions (a value the words spell out beats one inferred from the tense
 * of a clause, which beats a guess from nearby figures); the lead's calibration maps them to
 * probabilities.
 */

import type { TimexAnchoring, TimexEvidence } from '../../core/types.js';

/** Prior reliability of each way of fixing a value, most direct first. */
const BY_ANCHORING: Record<TimexAnchoring, number> = {
  explicit: 0.9,
  reference: 0.85,
  unanchored: 0.8,
  tense: 0.7,
  vague: 0.65,
  narrative: 0.6,
  context: 0.5,
};

/** A tense-dependent value read with no tense cue in reach is a default, not a reading. */
const NO_TENSE_CUE = 0.85;
/** Words with a common non-temporal reading ("May", "current", "daily") are sometimes not times at all. */
const AMBIGUOUS_WORDS = 0.75;

export function timexConfidence(evidence: TimexEvidence): number {
  let score = BY_ANCHORING[evidence.anchoring];
  if (evidence.tenseCue === false) score *= NO_TENSE_CUE;
  if (evidence.ambiguous) score *= AMBIGUOUS_WORDS;
  return Math.round(score * 1000) / 1000;
}
