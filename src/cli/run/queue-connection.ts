import { connectRedis, closeQueue, openQueue, parseQueueName, parseQueueUrl } from '../../queue/index.js';
import type { OpenQueue } from '../../queue/index.js';
import { redactUserinfo } from '../../store/redact.js';
import { describeError } from '../../core/errors.js';
import type { QueueOptions } from '../queue-options.js';

/** Connects to the queue the options name, runs `work` on it and closes it, whatever happens. */
export async function withQueue<T>(
  options: QueueOptions,
  connect: { reconnectForMs: number },
  work: (queue: OpenQueue) => Promise<T>,
): Promise<T> {
  const url = parseQueueUrl(options.queue);
  const name = parseQueueName(options.name);
  const connection = await connectRedis(url, connect);
  const queue = openQueue(connection, name);
  try {
    return await work(queue);
  } finally {
    await closeQueue(queue);
    await connection.close();
  }
}

/**
 * The one line printed for an error of a queue command. Redis's own messages were made fit to print
 * where they were caught (src/queue/connection.ts); here URL user-info is cut from the rest.
 */
export function queueErrorLine(error: unknown): string {
  return redactUserinfo(describeError(error));
}
