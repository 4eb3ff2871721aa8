import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/store/index.js';
import { isRetryableStatus, nextDelay, retryAfterMs } from '../../src/store/retry.js';

describe('retry policy', () => {
  it('doubles the wait up to the cap and stops after the last try', () => {
    const policy = { ...DEFAULT_RETRY, tries: 6 };
    expect([1, 2, 3, 4, 5].map((attempt) => nextDelay(policy, attempt, 0))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(nextDelay(policy, 6, 0)).toBeUndefined();
  });

  it('stops when the next wait would pass the total bound', () => {
    expect(nextDelay(DEFAULT_RETRY, 2, 9_500)).toBeUndefined();
  });

  it('honours Retry-After up to the cap', () => {
    expect(nextDelay(DEFAULT_RETRY, 1, 0, 3_000)).toBe(3_000);
    expect(nextDelay(DEFAULT_RETRY, 1, 0, 60_000)).toBe(4_000);
    expect(retryAfterMs('2')).toBe(2_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5_000);
  });

  it('retries server errors and throttling, not client errors', () => {
    expect([500, 502, 503, 504, 429, 408].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 501, 505].some(isRetryableStatus)).toBe(false);
  });
});
