import { describe, expect, it } from 'vitest';
import { applyCurve } from '../../../src/extract/confidence/index.js';

describe('a calibration curve', () => {
  const curve = {
    knots: [
      [0.4, 0.3],
      [0.6, 0.5],
      [0.9, 0.95],
    ] as const,
  };

  it('gives the knot value at a knot and joins knots with straight lines', () => {
    expect(applyCurve(curve, 0.6)).toBeCloseTo(0.5);
    expect(applyCurve(curve, 0.5)).toBeCloseTo(0.4);
    expect(applyCurve(curve, 0.75)).toBeCloseTo(0.725);
  });

  it('is flat beyond its first and last knots', () => {
    expect(applyCurve(curve, 0)).toBe(0.3);
    expect(applyCurve(curve, 1)).toBe(0.95);
  });

  it('never lowers a higher raw score below a lower one', () => {
    let previous = -1;
    for (let raw = 0; raw <= 1; raw += 0.01) {
      const p = applyCurve(curve, raw);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });
});
