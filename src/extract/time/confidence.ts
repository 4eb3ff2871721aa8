/**
 * How far a time expression's value can be trusted, from the evidence that produced it. The
 * numbers only order expressions: a value the words spell out beats one counted from the
 * reference date, which beats one that also needed the tense of the clause, a guess from the
 * words around, or a vague reference; a calendar date beats a period or a time of day, whose
 * extent and anchoring day are matters of convention. The lead's calibration maps the scores to
 * probabilities.
 */

import type { TimexAnchoring, TimexEvidence, TimexShape } from '../../core/types.js';

/** Prior reliability of each way of fixing a value, most direct first. */
const BY_ANCHORING: Record<TimexAnchoring, number> = {
  explicit: 0.9,
  reference: 0.85,
  tense: 0.8,
  unanchored: 0.8,
  counted: 0.7,
  narrative: 0.65,
  vague: 0.6,
  context: 0.55,
};

/** How much of the value's form is left to convention (a week's number, a clock time's day). */
const BY_SHAPE: Record<TimexShape, number> = {
  calendar: 1,
  duration: 0.95,
  period: 0.85,
  set: 0.85,
  'time-of-day': 0.75,
};

/** A tense-dependent value read with no tense cue in reach is a default, not a reading. */
const NO_TENSE_CUE = 0.85;
/** Words with a common non-temporal reading ("May", "current", "the year") are sometimes not times at all. */
const AMBIGUOUS_WORDS = 0.75;

export function timexConfidence(evidence: TimexEvidence): number {
  let score = BY_ANCHORING[evidence.anchoring] * BY_SHAPE[evidence.shape];
  if (evidence.tenseCue === false) score *= NO_TENSE_CUE;
  if (evidence.ambiguous) score *= AMBIGUOUS_WORDS;
  return Math.round(score * 1000) / 1000;
}
