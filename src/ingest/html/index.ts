/** HTML ingest: a saved news page -> SourceDocument of its article text (see ingest-html.ts). */

export { ingestHtml } from './ingest-html.js';
export { readJsonLd } from './jsonld.js';
export { readMetaTags } from './meta.js';
export { mergePageMetadata, type PageMetadata } from './page-metadata.js';
export { normaliseDate, normaliseLanguage } from '../../core/metadata-values.js';
export { buildArticleText, textBlocks } from './article-text.js';
export { stripRawText, type StrippedPage } from './strip.js';
export { repairSkeleton } from './skeleton.js';
