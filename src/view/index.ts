export { ViewSite } from './site.js';
export type { AddResult, AddedArticle, ViewFile } from './site.js';
export { viewAssets } from './assets.js';
export { readArticles } from './read.js';
export { contentHashOf } from './text.js';
export type { TextsByHash } from './text.js';
export type { ArticleView } from './types.js';
