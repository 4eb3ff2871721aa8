import type { ActorRecord, Extraction, Mention } from '../../core/types.js';
import { applyCurve } from './curve.js';
import type { CalibrationCurve } from './curve.js';

/** The kinds of fact that carry a calibrated confidence; each has its own curve. */
export type FactKind = 'entity' | 'statement' | 'timex' | 'event';

export type CalibrationMap = Readonly<Record<FactKind, CalibrationCurve>>;

/** Pure: every confidence of the extraction mapped from the extractors' raw scores to calibrated probabilities. */
export function calibrateExtraction(extraction: Extraction, map: CalibrationMap): Extraction {
  const rawActor = new Map(extraction.actors.map((actor) => [actor.key, actor.confidence]));
  const mentions = extraction.mentions.map((mention): Mention => ({
    ...mention,
    confidence: calibrated(map.entity, mention.confidence ?? rawActor.get(mention.actor) ?? 0),
  }));
  const best = new Map<string, number>();
  for (const mention of mentions) best.set(mention.actor, Math.max(best.get(mention.actor) ?? 0, mention.confidence ?? 0));
  const actors = extraction.actors.map((actor): ActorRecord => ({
    ...actor,
    confidence: best.get(actor.key) ?? calibrated(map.entity, actor.confidence),
  }));
  return {
    ...extraction,
    actors,
    mentions,
    statements: extraction.statements.map((statement) => ({ ...statement, confidence: calibrated(map.statement, statement.confidence) })),
    timexes: extraction.timexes.map((timex) => ({ ...timex, confidence: calibrated(map.timex, timex.confidence ?? 1) })),
    events: extraction.events.map((event) => ({ ...event, confidence: calibrated(map.event, event.confidence) })),
  };
}

/** Three decimals: enough to order facts, few enough that the graph does not pretend to more. */
function calibrated(curve: CalibrationCurve, raw: number): number {
  return Math.round(applyCurve(curve, raw) * 1000) / 1000;
}
