import { Queue } from 'bullmq';
import type { RedisConnection } from './connection.js';
import { BULL_PREFIX, queueKeys } from './jobs.js';
import type { QueueKeys, QueuedArticle } from './jobs.js';

/** A named queue on a Redis connection: BullMQ's queue and our keys beside it. */
export interface OpenQueue {
  name: string;
  connection: RedisConnection;
  keys: QueueKeys;
  bull: Queue<QueuedArticle>;
}

export function openQueue(connection: RedisConnection, name: string): OpenQueue {
  const bull = new Queue<QueuedArticle>(name, { connection: connection.client, prefix: BULL_PREFIX });
  // BullMQ re-emits connection errors here; without a listener they would be thrown.
  bull.on('error', () => undefined);
  return { name, connection, keys: queueKeys(name), bull };
}

export async function closeQueue(queue: OpenQueue): Promise<void> {
  await queue.bull.close().catch(() => undefined);
}
