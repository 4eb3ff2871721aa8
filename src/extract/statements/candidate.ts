import type { StatementEvidence, StatementType } from '../../core/types.js';
import type { CueHit } from './cues.js';
import type { Range } from './marks.js';
import type { SpeakerPhrase } from './subject.js';

/** A possible attribution found in one sentence, before conflicts between candidates are resolved. */

export type PatternName = Exclude<StatementEvidence['pattern'], 'authorial'>;

export interface Candidate {
  pattern: PatternName;
  sentence: number;
  cue?: Range;
  cueLemma: string;
  type: StatementType;
  /** Absent for an agentless passive ("is expected to"): the source is unstated. */
  speaker?: SpeakerPhrase;
  content: Range;
  direct: boolean;
  /** Offset where the attribution (speaker or cue) begins after a clause boundary, for cutting earlier content. */
  attributionStart: number;
  /** The content runs after the cue (and may be cut by a later attribution in the sentence). */
  contentAfter: boolean;
  /** What the cue reports and what marks the content: evidence for the confidence. */
  cueKind: StatementEvidence['cue'];
  complement: StatementEvidence['complement'];
  irrealis: boolean;
  /** See StatementEvidence.ambiguousCue. */
  ambiguousCue?: boolean;
  /** See StatementEvidence.negated. */
  negated?: boolean;
  hit?: CueHit;
}

/** What every cue-led candidate takes from its sentence and cue hit. */
export function fromCue(sentence: number, hit: CueHit): Pick<Candidate, 'sentence' | 'cueLemma' | 'type' | 'hit' | 'cueKind' | 'irrealis'> {
  return { sentence, cueLemma: hit.entry.lemma, type: hit.entry.type, hit, cueKind: hit.entry.kind, irrealis: hit.modality !== 'real' };
}
