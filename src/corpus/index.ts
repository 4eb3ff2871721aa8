export { summarizeArticle } from './summary.js';
export type { ArticleSummary, ActorSummary, EventSummary } from './summary.js';
export { CorpusLinker } from './link.js';
export type { CorpusLinks } from './link.js';
