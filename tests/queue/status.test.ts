import { describe, expect, it } from 'vitest';
import { recentRate } from '../../src/queue/index.js';

const MINUTE = 60_000;
const metrics = (count: number, prevTS: number, prevCount: number, data: number[] = []) => ({
  meta: { count, prevTS, prevCount },
  data,
  count: data.length,
});

describe('recentRate', () => {
  it('counts from the first completion when the queue has run for less than a minute', () => {
    // 40 done since 10 s ago
    expect(recentRate(metrics(40, 100 * MINUTE, 0), 100 * MINUTE + 10_000)).toBeCloseTo(4);
  });

  it('adds the earlier minutes, newest first, over the time they cover', () => {
    // 600 and 1200 in the two minutes before; 300 since the start of this minute, 30 s ago
    const rate = recentRate(metrics(2100, 100 * MINUTE + 1_000, 1800, [600, 1200]), 100 * MINUTE + 30_000);
    expect(rate).toBeCloseTo((300 + 600 + 1200) / 150);
  });

  it('is 0 when nothing was done in the last five minutes, or ever', () => {
    expect(recentRate(metrics(500, 100 * MINUTE, 400, [100]), 106 * MINUTE)).toBe(0);
    expect(recentRate(metrics(0, 0, 0), 100 * MINUTE)).toBe(0);
  });
});
