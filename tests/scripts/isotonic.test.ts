import { describe, expect, it } from 'vitest';
import { fitCalibration } from '../../scripts/lib/isotonic.js';
import type { Observation } from '../../scripts/lib/isotonic.js';

/** n observations at a raw score, `right` of them correct. */
function at(raw: number, n: number, right: number): Observation[] {
  return Array.from({ length: n }, (_, i) => ({ raw, correct: i < right, weight: 1 }));
}

describe('fitCalibration', () => {
  it('maps each raw score to the share right, smoothed away from 0 and 1', () => {
    const knots = fitCalibration([...at(0.2, 100, 20), ...at(0.8, 100, 90)], { minCount: 10, maxKnots: 8 });
    expect(knots).toEqual([
      [0.2, 0.206],
      [0.8, 0.892],
    ]);
  });

  it('pools scores whose order the data contradicts, so the map never decreases', () => {
    const knots = fitCalibration([...at(0.5, 100, 70), ...at(0.6, 100, 50), ...at(0.9, 100, 95)], { minCount: 10, maxKnots: 8 });
    expect(knots).toHaveLength(2);
    expect(knots[0]![1]).toBeCloseTo(0.6, 1);
    expect(knots[1]![1]).toBeGreaterThan(knots[0]![1]);
  });

  it('keeps no knot on fewer observations than asked, and no more knots than asked', () => {
    const observations = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].flatMap((raw, i) => at(raw, i === 4 ? 3 : 40, 4 * i + 2));
    const knots = fitCalibration(observations, { minCount: 20, maxKnots: 4 });
    expect(knots.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < knots.length; i++) expect(knots[i]![1]).toBeGreaterThanOrEqual(knots[i - 1]![1]);
  });

  it('weighs observations by their weight', () => {
    const light = at(0.5, 10, 0).map((o) => ({ ...o, weight: 0.1 }));
    const heavy = at(0.5, 10, 10);
    const [[, p]] = fitCalibration([...light, ...heavy], { minCount: 1, maxKnots: 8 }) as [[number, number]];
    expect(p).toBeGreaterThan(0.85);
  });
});
