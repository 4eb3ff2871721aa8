import type { Diagnostic, DiagnosticCode } from '../../core/errors.js';
import type { Genre } from '../../core/types.js';
import { genreOfLabel } from '../genre.js';
import { cleanText } from '../../core/metadata-values.js';
import { cleanName, uniqueNames, type PageFacts } from './values.js';

/**
 * Article metadata from the page's JSON-LD blocks (schema.org). The blocks are read as plain
 * JSON: `@context` is never fetched or expanded, so a page cannot make ingest reach the
 * network, and terms are matched by their schema.org names ("headline", "author", ...).
 * Nodes are collected from top-level objects, arrays, `@graph` arrays and `mainEntity`;
 * `{"@id": ...}` references (Yoast-style graphs) are resolved within the page.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Larger blocks are skipped: no real article description comes close. */
const MAX_BLOCK_CHARS = 1024 * 1024;
const MAX_DEPTH = 6;

/** The NewsArticle family first: a page often also describes a WebPage or a generic Article. */
const NEWS_TYPES = new Set([
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
]);
const OTHER_ARTICLE_TYPES = new Set([
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'SatiricalArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'TechArticle',
  'DiscussionForumPosting',
]);

const GENRE_OF_TYPE: Readonly<Record<string, Genre>> = {
  OpinionNewsArticle: 'OpEd',
  AnalysisNewsArticle: 'Analysis',
  BackgroundNewsArticle: 'Analysis',
  ReviewNewsArticle: 'Review',
  ReportageNewsArticle: 'News',
};

export interface JsonLdResult {
  facts: PageFacts;
  diagnostics: Diagnostic[];
}

export function readJsonLd(blocks: readonly string[], sourceName: string): JsonLdResult {
  const diagnostics: Diagnostic[] = [];
  const nodes: JsonObject[] = [];
  blocks.forEach((block, index) => {
    const json = unwrap(block);
    if (json === '') return;
    if (json.length > MAX_BLOCK_CHARS) {
      diagnostics.push(
        warning('HTML_JSONLD_SKIPPED', `${sourceName}: JSON-LD block ${index + 1} is over ${MAX_BLOCK_CHARS} characters; not read`, index),
      );
      return;
    }
    try {
      collect(JSON.parse(json) as Json, nodes, 0);
    } catch (error) {
      diagnostics.push(
        warning(
          'HTML_JSONLD_INVALID',
          `${sourceName}: JSON-LD block ${index + 1} is not valid JSON (${(error as Error).message}); not read`,
          index,
        ),
      );
    }
  });
  const article = pickArticle(nodes);
  if (!article) return { facts: {}, diagnostics };
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const resolve = (value: Json | undefined): Json | undefined => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      typeof value['@id'] === 'string' &&
      Object.keys(value).length === 1
    ) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const facts: PageFacts = {};
  const title = firstString(article['headline']) ?? firstString(article['name']);
  if (title) facts.title = cleanText(title);
  const authors = uniqueNames(
    list(article['author'])
      .map((a) => nameOf(resolve(a)))
      .map((n) => (n ? cleanName(n) : undefined)),
  );
  if (authors.length > 0) facts.authors = authors;
  const publisher = nameOf(resolve(list(article['publisher'])[0]));
  if (publisher && cleanText(publisher) !== '') facts.publisher = cleanText(publisher);
  const published = firstString(article['datePublished']);
  if (published) facts.datePublished = published.trim();
  const created = firstString(article['dateCreated']);
  if (created) facts.dateCreated = created.trim();
  const url = urlOf(resolve(article['url'])) ?? urlOf(resolve(article['mainEntityOfPage']), { idIsUrl: true });
  if (url) facts.url = url;
  const image = urlOf(resolve(list(article['image'])[0])) ?? urlOf(resolve(list(article['thumbnailUrl'])[0]));
  if (image) facts.image = image;
  const language = firstString(article['inLanguage']);
  if (language) facts.language = language.trim();
  const genre = genreOfTypes(typesOf(article)) ?? genreOfLabels([...list(article['genre']), ...list(article['articleSection'])]);
  if (genre) facts.genre = genre;
  return { facts, diagnostics };
}

/** Block content without the CDATA or comment wrappers some CMSs put around it. */
function unwrap(block: string): string {
  return block
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
}

function collect(value: Json, nodes: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, depth + 1);
    return;
  }
  nodes.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collect(graph, nodes, depth + 1);
  const main = value['mainEntity'];
  if (main && typeof main === 'object') collect(main, nodes, depth + 1);
}

/** "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" are one type. */
function typesOf(node: JsonObject): string[] {
  return list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, ''));
}

function pickArticle(nodes: readonly JsonObject[]): JsonObject | undefined {
  return (
    nodes.find((n) => typesOf(n).some((t) => NEWS_TYPES.has(t))) ?? nodes.find((n) => typesOf(n).some((t) => OTHER_ARTICLE_TYPES.has(t)))
  );
}

function genreOfTypes(types: readonly string[]): Genre | undefined {
  for (const type of types) {
    const genre = GENRE_OF_TYPE[type];
    if (genre) return genre;
  }
  return undefined;
}

function genreOfLabels(labels: readonly Json[]): Genre | undefined {
  for (const label of labels) {
    if (typeof label !== 'string') continue;
    const genre = genreOfLabel(cleanText(label));
    if (genre) return genre;
  }
  return undefined;
}

function list(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function firstString(value: Json | undefined): string | undefined {
  const first = list(value).find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof first === 'string' ? first : undefined;
}

function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return firstString(value['name']);
  return undefined;
}

/** A URL given as a string or as an object's url; an object's `@id` names the page only for mainEntityOfPage. */
function urlOf(value: Json | undefined, options: { idIsUrl?: boolean } = {}): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return firstString(value['url']) ?? firstString(value['contentUrl']) ?? (options.idIsUrl ? firstString(value['@id']) : undefined);
  }
  return undefined;
}

function warning(code: DiagnosticCode, message: string, block: number): Diagnostic {
  return { code, level: 'warning', message, details: { block: block + 1 } };
}
