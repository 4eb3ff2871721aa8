export { projectAnnotations } from './project.js';
export type { PredictionRecord, SpanRef } from './project.js';
