import type { MentionEvidence, MentionKind } from '../../core/types.js';

/**
 * The confidence of an actor mention: how likely it names an actor of the type given, from the
 * evidence behind it. It orders mentions by how reliable their evidence is; the calibration map to
 * a probability is fitted afterwards, so only the order matters here.
 *
 * - The type's source sets the base: metadata and packaged lists of countries and organisations
 *   are rarely wrong; a gazetteer city is less sure the smaller it is (small towns share their
 *   names with surnames and words); context cues are as sure as they agree and add up; a name
 *   typed by default is a guess, a better one for a run of several capitalised words (in news,
 *   mostly a person's name) than for a single word.
 * - A metonym (a capital for its government) adds the risk of the metonymy reading.
 * - A name repeated in the document is more likely a real name.
 */

const LEXICON_BASE: Record<NonNullable<MentionEvidence['lexiconKind']>, number> = {
  country: 0.95,
  organization: 0.93,
  place: 0.9,
  region: 0.85,
  city: 0.5,
};
const BIG_CITY = 1_000_000;
const CITY = 100_000;
const METADATA_BASE = 0.97;
const DEFAULT_BASE = { oneWord: 0.35, severalWords: 0.75 };
/** Context evidence at or above this sum counts as strong (a title, a head word, a kind noun, ...). */
const STRONG_CONTEXT = 8;
const CONTEXT_FLOOR = 0.35;
const CONTEXT_RANGE = 0.55;
const METONYM_FACTOR = 0.9;
const REPEATED = 3;
const REPEAT_GAIN = 0.2;

export function mentionConfidence(evidence: MentionEvidence, kind: MentionKind): number {
  let p = typeEvidence(evidence);
  if (kind === 'metonym') p *= METONYM_FACTOR;
  if (evidence.nameMentions >= REPEATED) p += (1 - p) * REPEAT_GAIN;
  return round(p);
}

/** How sure the actor's type is, before anything about one mention. */
export function typeConfidence(evidence: MentionEvidence): number {
  return round(typeEvidence(evidence));
}

function typeEvidence(evidence: MentionEvidence): number {
  switch (evidence.typeSource) {
    case 'metadata':
      return METADATA_BASE;
    case 'lexicon':
      return lexiconBase(evidence);
    case 'default':
      return evidence.nameWords > 1 ? DEFAULT_BASE.severalWords : DEFAULT_BASE.oneWord;
    case 'context':
      return CONTEXT_FLOOR + CONTEXT_RANGE * evidence.typeAgreement * Math.min(1, evidence.typeStrength / STRONG_CONTEXT);
  }
}

function lexiconBase(evidence: MentionEvidence): number {
  const kind = evidence.lexiconKind ?? 'place';
  if (kind !== 'city') return LEXICON_BASE[kind];
  const population = evidence.population ?? 0;
  const base =
    population >= BIG_CITY ? LEXICON_BASE.place : population >= CITY ? LEXICON_BASE.region * LEXICON_BASE.place : LEXICON_BASE.city;
  // Other evidence against the gazetteer's type (a team, a surname) makes the entry less sure.
  return base * (0.5 + 0.5 * evidence.typeAgreement);
}

function round(p: number): number {
  return Math.round(Math.min(1, Math.max(0, p)) * 100) / 100;
}
