import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/core/search.js';

describe('partitionPoint', () => {
  it('finds the first item after the prefix a test holds on', () => {
    const starts = [0, 10, 25, 40, 41];
    expect(partitionPoint(starts, (s) => s <= 24)).toBe(2);
    expect(partitionPoint(starts, (s) => s <= 25)).toBe(3);
    expect(partitionPoint(starts, (s) => s < 0)).toBe(0);
    expect(partitionPoint(starts, () => true)).toBe(starts.length);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on every cut of a sorted array with repeats', () => {
    const values = [1, 1, 2, 3, 3, 3, 7, 9, 9];
    for (let cut = 0; cut <= 10; cut++) {
      const linear = values.findIndex((v) => !(v < cut));
      expect(partitionPoint(values, (v) => v < cut)).toBe(linear < 0 ? values.length : linear);
    }
  });
});
