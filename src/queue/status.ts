import type { Metrics } from 'bullmq';
import type { OpenQueue } from './queue.js';

export interface QueueStatus {
  waiting: number;
  active: number;
  /** Waiting for another attempt after a failed write. */
  delayed: number;
  /** Completed since the queue was first worked on. */
  done: number;
  /** Failed for good, unreadable inputs included. */
  failed: number;
  /** Articles per second over the last minutes (0 when nothing was done lately). */
  rate: number;
  /** Workers connected now. */
  workers: number;
}

export async function queueStatus(queue: OpenQueue, now = Date.now()): Promise<QueueStatus> {
  const [counts, metrics, unreadable, workers] = await Promise.all([
    queue.bull.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
    queue.bull.getMetrics('completed'),
    queue.connection.client.hlen(queue.keys.readErrors),
    queue.bull.getWorkersCount(),
  ]);
  return {
    waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
    active: counts['active'] ?? 0,
    delayed: counts['delayed'] ?? 0,
    done: metrics.meta.count,
    failed: (counts['failed'] ?? 0) + unreadable,
    rate: recentRate(metrics, now),
    workers,
  };
}

const MINUTE = 60_000;

/**
 * Completions per second over up to the last five minutes, from BullMQ's metrics: a count since
 * the current minute's first completion (prevTS), and one point per earlier minute, newest first.
 * With no earlier minute, the window starts at that first completion.
 */
export function recentRate(metrics: Metrics, now: number, minutes = 5): number {
  const { count, prevTS, prevCount } = metrics.meta;
  if (!prevTS || now - prevTS > minutes * MINUTE) return 0;
  const earlier = metrics.data.slice(0, minutes - 1);
  const since = earlier.length ? Math.floor(prevTS / MINUTE) * MINUTE - earlier.length * MINUTE : prevTS;
  const done = count - prevCount + earlier.reduce((sum, n) => sum + n, 0);
  return done / Math.max(1, (now - since) / 1000);
}
