/**
 * Worker-thread entry (dist/batch/worker.js): runs articles one message at a time with the
 * settings it was started with. The shapes are compiled once per thread (loadShapes caches).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadShapes } from '../validate/index.js';
import { processArticle } from './article-job.js';
import type { ArticleJob, JobSettings } from './types.js';

const port = parentPort;
if (!port) throw new Error('dist/batch/worker.js runs only as a worker thread');
const settings = workerData as JobSettings;
loadShapes();
port.postMessage({ ready: true });

/** Articles run one after the other: interleaving their async tails would only mix their timings and raise the heap. */
let queue: Promise<void> = Promise.resolve();

port.on('message', (job: ArticleJob) => {
  queue = queue.then(async () => {
    const outcome = await processArticle(job.input, settings);
    // Each serialization has a buffer of its own: moved to the main thread, not copied.
    const transfer: ArrayBuffer[] = [];
    if (outcome.ok) for (const bytes of Object.values(outcome.serialized)) transfer.push(bytes.buffer as ArrayBuffer);
    port.postMessage({ seq: job.seq, outcome }, transfer);
  });
});
