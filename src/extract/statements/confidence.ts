import type { StatementEvidence } from '../../core/types.js';

/**
 * How reliable a statement's evidence is, as one number in [0, 1] that orders statements: a sum of
 * log-odds contributions, one per piece of evidence, through the logistic function. The weights
 * are reasoned priors (a quotation with "said" and a named speaker is the safest attribution; an
 * object after a verb of evaluation, an unresolved pronoun or a modal the least safe), not fitted
 * to any corpus; a calibration map fitted afterwards turns the order into probabilities.
 */

const PATTERN: Record<StatementEvidence['pattern'], number> = {
  inverted: 1.2,
  backward: 1.0,
  according: 0.8,
  forward: 0.6,
  epigraph: 0.6,
  participial: 0.2,
  colon: 0.1,
  passive: 0,
  noun: -0.6,
  agentless: -0.6,
  authorial: -0.4,
};

const CUE: Record<StatementEvidence['cue'], number> = {
  speech: 0.8,
  thought: 0.3,
  evidence: 0.1,
  evaluation: -0.5,
  noun: -0.3,
  impression: -0.7,
  none: -0.2,
};

const COMPLEMENT: Record<StatementEvidence['complement'], number> = {
  quote: 1.0,
  that: 0.6,
  colon: 0.5,
  clause: 0.3,
  preceding: 0.3,
  turn: 0.2,
  infinitive: -0.2,
  preposition: -0.3,
  label: -0.3,
  object: -0.8,
  relative: -0.2,
};

const SPEAKER: Record<StatementEvidence['speaker'], number> = {
  name: 0.6,
  relative: 0.4,
  affiliation: 0.3,
  description: 0.2,
  pronoun: 0.2,
  author: 0,
  // (An unstated source is already weighed by the agentless pattern.)
  unstated: 0,
  unresolved: -1.0,
};

/** A content of a few words is more often a fragment or an object than a reported proposition. */
function lengthWeight(words: number): number {
  if (words < 4) return -0.8;
  if (words < 8) return -0.3;
  return 0;
}

/** Each sentence between a pronoun and the name it stands for makes the resolution less sure. */
const PER_SENTENCE = -0.25;
const IRREALIS = -0.9;
/** A noun-like cue read as a verb from word order alone ("The company claims its prices …"). */
const AMBIGUOUS_CUE = -0.6;
/** An object that names a person or a body: an attitude toward an actor ("endorsed Clinton") rather than toward an event or a thing. */
const ACTOR_OBJECT = 0.6;
/**
 * A denied or refused report ("did not say when", "declined to comment"): PARC counts it, other annotation schemes and
 * many readers do not, so it ranks below every affirmed report of the same shape.
 */
const NEGATED = -3.0;
const BIAS = 0.2;

export function statementConfidence(e: StatementEvidence): number {
  const logit =
    BIAS +
    PATTERN[e.pattern] +
    CUE[e.cue] +
    COMPLEMENT[e.complement] +
    SPEAKER[e.speaker] +
    PER_SENTENCE * Math.min(e.distance, 6) +
    lengthWeight(e.words) +
    (e.irrealis ? IRREALIS : 0) +
    (e.ambiguousCue ? AMBIGUOUS_CUE : 0) +
    (e.actorObject ? ACTOR_OBJECT : 0) +
    (e.negated ? NEGATED : 0);
  return Math.round((1 / (1 + Math.exp(-logit))) * 1000) / 1000;
}
