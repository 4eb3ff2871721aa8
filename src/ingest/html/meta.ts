import { genreOfLabel } from '../genre.js';
import type { DomDocument, DomElement } from './dom.js';
import { cleanText } from '../../core/metadata-values.js';
import { cleanName, uniqueNames, type PageFacts } from './values.js';

/**
 * Article metadata from the page head: OpenGraph (`og:*`, `article:*`), Twitter cards,
 * `<meta name>` conventions (author, Dublin Core, Parse.ly, Sailthru), microdata
 * `itemprop`, `<link rel="canonical">` and `<html lang>`. In each list the first name
 * present wins.
 */

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'parsely-title', 'sailthru.title'];
const AUTHOR_KEYS = [
  'author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
  'article:author',
  'og:article:author',
];
const PUBLISHER_KEYS = ['og:site_name', 'dc.publisher', 'dcterms.publisher'];
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'article:publicationdate',
  'article:publication_date',
  'publication_date',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
];
const CREATED_KEYS = ['datecreated', 'dcterms.created', 'dc.date.created'];
const URL_KEYS = ['og:url', 'twitter:url'];
const IMAGE_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image'];
const LANGUAGE_KEYS = ['content-language', 'dc.language', 'dcterms.language', 'language', 'inlanguage'];
const SECTION_KEYS = ['article:section', 'og:article:section', 'articlesection'];

export interface MetaFacts extends PageFacts {
  /** `<link rel="canonical">`: the preferred URL, first for `url`. */
  canonical?: string;
}

export function readMetaTags(document: DomDocument): MetaFacts {
  const values = metaValues(document);
  const first = (keys: readonly string[]): string | undefined => {
    for (const key of keys) {
      const value = values.get(key)?.[0];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const facts: MetaFacts = {};
  const title = first(TITLE_KEYS);
  if (title) facts.title = title;
  const authorKey = AUTHOR_KEYS.find((key) => (values.get(key) ?? []).some((v) => cleanName(v) !== undefined));
  if (authorKey) facts.authors = uniqueNames(values.get(authorKey)!.map(cleanName));
  const publisher = first(PUBLISHER_KEYS);
  if (publisher) facts.publisher = publisher;
  const date = first(DATE_KEYS) ?? timeOf(document);
  if (date) facts.datePublished = date;
  const created = first(CREATED_KEYS);
  if (created) facts.dateCreated = created;
  const url = first(URL_KEYS);
  if (url) facts.url = url;
  const canonical = linkHref(document, 'canonical');
  if (canonical) facts.canonical = canonical;
  const image = first(IMAGE_KEYS) ?? linkHref(document, 'image_src');
  if (image) facts.image = image;
  const language =
    cleanText(document.documentElement.getAttribute('lang') ?? document.documentElement.getAttribute('xml:lang') ?? '') ||
    first(LANGUAGE_KEYS) ||
    first(['og:locale']);
  if (language) facts.language = language;
  for (const key of SECTION_KEYS) {
    const genre = (values.get(key) ?? []).map((v) => genreOfLabel(v)).find((g) => g !== undefined);
    if (genre) {
      facts.genre = genre;
      break;
    }
  }
  return facts;
}

/** Every meta value by lower-cased key (property, name, itemprop or http-equiv), in page order. */
function metaValues(document: DomDocument): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (key: string | null, value: string | null): void => {
    if (!key || value === null) return;
    const clean = cleanText(value);
    if (clean === '') return;
    for (const k of key.toLowerCase().split(/\s+/)) {
      if (k === '') continue;
      const list = values.get(k) ?? [];
      list.push(clean);
      values.set(k, list);
    }
  };
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    add(meta.getAttribute('property'), content);
    add(meta.getAttribute('name'), content);
    add(meta.getAttribute('itemprop'), content);
    add(meta.getAttribute('http-equiv'), content);
  }
  return values;
}

/** `<time itemprop="datePublished" datetime>` or `<time pubdate datetime>` in the body. */
function timeOf(document: DomDocument): string | undefined {
  for (const selector of ['time[itemprop~="datePublished"]', 'time[pubdate]', '[itemprop~="datePublished"][datetime]']) {
    const element: DomElement | undefined = document.querySelectorAll(selector)[0];
    const value = element?.getAttribute('datetime') ?? element?.getAttribute('content');
    if (value && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function linkHref(document: DomDocument, rel: string): string | undefined {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rels.includes(rel) && href) return href;
  }
  return undefined;
}
