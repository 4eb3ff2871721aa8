/**
 * A distributed export on Redis with BullMQ: `enqueue` turns articles into jobs, any number of
 * `worker`s on any number of machines run them through the per-article pipeline and write the
 * results, `queue status` and `queue drain` look at the queue and take its failures out.
 */
export { connectRedis, connectionError } from './connection.js';
export type { RedisConnection } from './connection.js';
export { openQueue, closeQueue } from './queue.js';
export type { OpenQueue } from './queue.js';
export { enqueueSources } from './enqueue.js';
export type { EnqueueOptions, EnqueueResult } from './enqueue.js';
export { runQueueWorker } from './worker.js';
export type { QueueWorkerOptions, WorkerSummary } from './worker.js';
export { fileSink, nquadsDirSink, storeSink } from './sinks.js';
export type { ArticleSink } from './sinks.js';
export { queueStatus, recentRate } from './status.js';
export type { QueueStatus } from './status.js';
export { drainFailures } from './drain.js';
export { BULL_PREFIX, JOB_OPTIONS, articleKey, queueKeys } from './jobs.js';
export type { QueuedArticle } from './jobs.js';
export { parseQueueName, parseQueueUrl, shownQueueUrl } from './url.js';
