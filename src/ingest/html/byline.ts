import type { DomDocument, DomElement } from './dom.js';
import { textBlocks } from './article-text.js';

/**
 * The byline as printed on the page ("By Jane Doe and John Roe"), found the way Readability
 * finds it (rel/itemprop author, or a class or id naming a byline) but read before
 * Readability runs: Readability drops the byline element from the content, or leaves it out
 * when it sits beside the article body, and the plain-text passes need it in the text to
 * read the authors with their spans.
 */

const BYLINE_CLASS = /byline|author|writtenby|p-author/i;
/** Some sites print the byline in a "dateline" element, but more print the place there ("CAIRO —"): a last resort. */
const DATELINE_CLASS = /dateline/i;
/** A longer text is an author bio or a list, not a byline. */
const MAX_LENGTH = 100;

/** Where the article's own byline sits, searched before the rest of the page. */
const ARTICLE_SCOPES = ['article', '[itemprop~="articleBody"]', 'main', '[role="main"]'];
/** Page furniture, and lists: a byline in a list belongs to a teaser of another story. */
const NOT_THE_ARTICLE = 'nav, footer, aside, header > nav, form, [hidden], li';

/** The byline's text, its block children on separate lines. */
export function findPrintedByline(document: DomDocument): string | undefined {
  const page = Array.from(document.querySelectorAll('body *'));
  for (const scope of ARTICLE_SCOPES) {
    const within = document.querySelectorAll(`${scope} *`);
    const found = within.length ? firstByline(Array.from(within), BYLINE_CLASS) : undefined;
    if (found) return found;
  }
  return firstByline(page, BYLINE_CLASS) ?? firstByline(page, DATELINE_CLASS);
}

function firstByline(elements: readonly DomElement[], classes: RegExp): string | undefined {
  for (const element of elements) {
    if (!isBylineElement(element, classes) || element.closest(NOT_THE_ARTICLE)) continue;
    const named = element.querySelectorAll('[itemprop~="name"]')[0];
    // Block children stay on lines of their own: "Jane Doe" / "Staff Reporter".
    const text = textBlocks(named ?? element).join('\n');
    if (text.length > 0 && text.length < MAX_LENGTH && /\p{L}/u.test(text)) return text;
  }
  return undefined;
}

function isBylineElement(element: DomElement, classes: RegExp): boolean {
  const rel = element.getAttribute('rel');
  const itemprop = element.getAttribute('itemprop');
  if (rel === 'author' || (itemprop !== null && itemprop.includes('author'))) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'meta' || tag === 'link' || tag === 'img') return false;
  return classes.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}
