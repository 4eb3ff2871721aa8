import { connectRedis, closeQueue, openQueue, parseQueueName, parseQueueUrl } from '../../queue/index.js';
import type { OpenQueue } from '../../queue/index.js';
import { redact } from '../../store/redact.js';
import { describeError } from '../exit.js';
import type { QueueOptions } from '../queue-options.js';

/** Connects to the queue the options name, runs `work` on it and closes it, whatever happens. */
export async function withQueue<T>(options: QueueOptions, connect: { reconnectForMs: number }, work: (queue: OpenQueue) => Promise<T>): Promise<T> {
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

/** The one line printed for an error of a queue command, with the queue's password hidden wherever it appears. */
export function queueErrorLine(error: unknown, options: QueueOptions): string {
  return hideQueuePassword(describeError(error), options);
}

/** A text with the queue's password (and any URL user-info) hidden. */
export function hideQueuePassword(text: string, options: QueueOptions): string {
  let password: string | undefined;
  try {
    const url = new URL(options.queue);
    password = url.password ? decodeURIComponent(url.password) : undefined;
  } catch {
    // not a URL: redact() still hides any user-info in the text
  }
  return redact(text, [password]);
}
