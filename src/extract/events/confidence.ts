/**
 * An event's confidence from the evidence it was read with: one pure function, so the features
 * and their weights are in one place and a calibration step can read the same evidence from the
 * record. The score orders events by how reliable their evidence is; it is not a probability
 * until the lead's calibration map turns it into one.
 */

import type { EventEvidence, Factuality } from '../../core/types.js';

const FLOOR = 0.05;
const CEILING = 0.98;

export function eventConfidence(evidence: EventEvidence, factuality: Factuality): number {
  let score = evidence.triggerWeight * 0.75;
  if (evidence.verbal) score += 0.03;
  score += Math.min(evidence.roleArguments, 2) * 0.05;
  if (evidence.hasPlace) score += 0.03;
  if (evidence.hasTime) score += evidence.inheritedTime ? 0.02 : 0.04;
  // Every further mention is more evidence that the article reports one happening.
  score += Math.min(evidence.mentionCount - 1, 3) * 0.04;
  if (evidence.ambiguous) score -= 0.12;
  // A denied, possible or planned event rests on reading its scope right as well as its trigger.
  if (factuality !== 'asserted') score -= 0.08;
  return Math.round(Math.min(CEILING, Math.max(FLOOR, score)) * 100) / 100;
}
