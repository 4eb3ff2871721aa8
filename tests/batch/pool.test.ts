import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/index.js';
import { SETTINGS, WORKER_URL } from './helpers.js';

describe('WorkerPool', () => {
  it('runs an article too big for the heap cap again on a worker without one', async () => {
    const big = Array.from(
      { length: 1500 },
      (_, n) => `Maria Lindqvist warned on Monday that the talks in Oslo could collapse within a week (${n}).`,
    ).join('\n\n');
    const pool = new WorkerPool(1, SETTINGS, { workerUrl: WORKER_URL, heapLimitMb: 56 });
    try {
      const outcome = await pool.run({ seq: 0, input: { raw: `A long report\n\n${big}\n`, source: { name: 'big.txt', format: 'text' } } });
      expect(outcome).toMatchObject({ ok: true });
      expect(pool.outOfMemoryRetries).toBe(1);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
