/**
 * A calibration curve: a monotone map from an extractor's raw score to the probability that the
 * fact is right, as knots fitted on the development files (scripts/calibrate.ts) and joined by
 * straight lines. Below the first knot and above the last the curve is flat.
 */
import { partitionPoint } from '../../core/search.js';

export type CalibrationKnot = readonly [raw: number, probability: number];

export interface CalibrationCurve {
  knots: readonly CalibrationKnot[];
}

export function applyCurve(curve: CalibrationCurve, raw: number): number {
  const { knots } = curve;
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (!first || !last) return raw;
  if (raw <= first[0]) return first[1];
  if (raw >= last[0]) return last[1];
  // first[0] < raw < last[0]: the knots either side of raw.
  const hi = partitionPoint(knots, ([x]) => x <= raw);
  const [x0, y0] = knots[hi - 1]!;
  const [x1, y1] = knots[hi]!;
  return x1 === x0 ? y1 : y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0);
}
