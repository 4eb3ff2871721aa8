export { DEFAULT_CLAIM_LIMIT, buildMarkup, markupToHtml, markupToJson } from './build.js';
export type { ArticleMarkup, MarkupOptions, MarkupResult } from './build.js';
export { missingRecommendations } from './recommendations.js';
