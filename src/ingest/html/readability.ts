import { Readability } from '@mozilla/readability';
import { NewskgError } from '../../core/errors.js';
import type { SourceInfo } from '../../core/types.js';
import { textBlocks } from './article-text.js';
import type { DomDocument, DomNode } from './dom.js';

/**
 * Pass 4 of HTML ingest: the main content, found by Mozilla's Readability (the Firefox
 * Reader View algorithm): it scores blocks by text length, punctuation, link density and
 * class names, and drops navigation, share bars, related links and comments.
 */

/**
 * Elements in a page (after scripts and styles are cut) beyond which it is refused. News
 * pages have 500 to 2,000; building and scoring a DOM of 100,000 takes about 10 s and
 * a gigabyte, and Readability's own limit cannot be used (it counts with
 * getElementsByTagName('*'), which linkedom answers with nothing).
 */
export const MAX_ELEMENTS = 50_000;

/** Refuses a page with more than MAX_ELEMENTS start tags, before any DOM is built. */
export function checkPageSize(html: string, source: SourceInfo): void {
  const tags = /<[a-z]/gi;
  let count = 0;
  while (tags.exec(html) !== null) {
    if (++count > MAX_ELEMENTS) {
      throw new NewskgError(
        'INPUT_TOO_LARGE',
        `${source.name}: the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements besides scripts and styles; too large to read as one article`,
        { source: source.name },
      );
    }
  }
}

export interface MainContent {
  /** Readability's title: the meta title, else `<title>` without the site name. */
  title?: string;
  blocks: string[];
}

export function findMainContent(document: DomDocument, source: SourceInfo): MainContent | undefined {
  const reader = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
    disableJSONLD: true,
  });
  let article: ReturnType<typeof reader.parse>;
  try {
    article = reader.parse();
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new NewskgError(
      'INTERNAL',
      `${source.name}: the article extractor failed on this page: ${message}`,
      { source: source.name },
      { cause },
    );
  }
  if (!article?.content) return undefined;
  const result: MainContent = { blocks: textBlocks(article.content) };
  const title = article.title?.trim();
  if (title) result.title = title;
  return result;
}
