/** The public API: one entry verb per stage, plus the pipeline that composes them. */
export { ingestText, readTextInput, decodeInput } from './ingest/index.js';
export type { IngestHints } from './ingest/index.js';
export { extractArticle } from './extract/index.js';
export { buildModel } from './model/index.js';
export type { ArticleModel, ModelOptions } from './model/index.js';
export { encodeGraph, parseRdf } from './graph/index.js';
export { validateGraph, formatReport, reportToTurtle, loadShapes } from './validate/index.js';
export type { ValidationOutcome, ValidationResult } from './validate/index.js';
export { serialize, OUTPUT_FORMATS } from './serialize/index.js';
export type { OutputFormat } from './serialize/index.js';
export { writeOutputs } from './sinks/index.js';
export { runArticle } from './pipeline.js';
export type { ArticleInput, ArticleResult, PipelineOptions } from './pipeline.js';
export { NewskgError, ERROR_CODES } from './core/errors.js';
export type { ErrorCode, Diagnostic } from './core/errors.js';
export type * from './core/types.js';
export { DEFAULT_DATA_BASE } from './core/vocab.js';
