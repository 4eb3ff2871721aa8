import type { Claim, Graph, NewsArticle, WithContext } from 'schema-dts';
import type { Diagnostic } from '../core/errors.js';
import type { ActorNode, ArticleModel } from '../model/index.js';
import { articleNode } from './article.js';
import { statementClaims } from './claims.js';
import { missingRecommendations } from './recommendations.js';

export interface MarkupOptions {
  /** Most schema:Claim items to add for quoted and reported speech (0: none). Default 20. */
  claims?: number;
}

export type ArticleMarkup = WithContext<NewsArticle> | Graph;

export interface MarkupResult {
  markup: ArticleMarkup;
  /** Publishing recommendations the markup does not meet. */
  warnings: Diagnostic[];
}

export const DEFAULT_CLAIM_LIMIT = 20;

/**
 * Pure: the article's schema.org JSON-LD for publishers, from the same model the graph is
 * encoded from. One NewsArticle object, or, with claims, an @graph of the article and its
 * Claims (each Claim's `appearance` points at the article's @id).
 */
export function buildMarkup(model: ArticleModel, options: MarkupOptions = {}): MarkupResult {
  const actors = new Map<string, ActorNode>(model.actors.map((actor) => [actor.iri, actor]));
  const article = articleNode(model, actors);
  const claims: Claim[] = statementClaims(model, actors, options.claims ?? DEFAULT_CLAIM_LIMIT);
  const markup: ArticleMarkup = claims.length
    ? { '@context': 'https://schema.org', '@graph': [article, ...claims] }
    : { '@context': 'https://schema.org', ...article };
  return { markup, warnings: missingRecommendations(model) };
}

/** The markup as indented JSON. */
export function markupToJson(markup: ArticleMarkup): string {
  return `${JSON.stringify(markup, null, 2)}\n`;
}

/**
 * Ready to paste into a page's <head>: `<` is written as \u003c (same JSON value), so no string
 * in the data can close the script element early.
 */
export function markupToHtml(markup: ArticleMarkup): string {
  return `<script type="application/ld+json">\n${JSON.stringify(markup, null, 2).replace(/</g, '\\u003c')}\n</script>\n`;
}
