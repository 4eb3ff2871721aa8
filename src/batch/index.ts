/**
 * Corpus runs: articles from a source, through the pipeline on a pool of worker threads
 * (or in process), back in input order. The entry verb is `runCorpus`.
 */
export { runCorpus } from './run.js';
export type { CorpusEntry, CorpusOptions } from './run.js';
export { mapOrdered } from './ordered.js';
export { WorkerPool, inProcessExecutor, WORKER_HEAP_MB, WORKER_URL } from './pool.js';
export type { Executor, PoolOptions } from './pool.js';
export { ErrorReport, errorRecord, failureLine, failureOf, warningRecord, where } from './error-report.js';
export type { Failure } from './error-report.js';
export { articleOutput } from './article-output.js';
export type { ArticleOutput } from './article-output.js';
export { jobSettings } from './settings.js';
export type { RunOutputs } from './settings.js';
export type {
  ArticleDone,
  ArticleFailed,
  ArticleJob,
  ArticleOutcome,
  ArticleSettings,
  ArticleWarning,
  ErrorRecord,
  ErrorStage,
  JobSettings,
  WarningRecord,
} from './types.js';
