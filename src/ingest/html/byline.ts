import type { DomDocument, DomElement } from './dom.js';
import { textBlocks } from './article-text.js';

/**
 * The byline as printed on the page ("By Jane Doe and John Roe"), found the way Readability
 * finds it (rel/itemprop author, or a class or id naming a byline) but read before
 * Readability runs: Readability drops the byline element from the content, or leaves it out
 * when it sits beside the article body, and the plain-text passes need it in the text to
 * read the authors with their spans.
 */

const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;
/** A longer text is an author bio or a list, not a byline. */
const MAX_LENGTH = 100;

/** The byline's text, its block children on separate lines. */
export function findPrintedByline(document: DomDocument): string | undefined {
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    if (!isBylineElement(element) || element.closest('nav, footer, aside, header > nav, form, [hidden]')) continue;
    const named = element.querySelectorAll('[itemprop~="name"]')[0];
    // Block children stay on lines of their own: "Jane Doe" / "Staff Reporter".
    const text = textBlocks(named ?? element).join('\n');
    if (text.length > 0 && text.length < MAX_LENGTH && /\p{L}/u.test(text)) return text;
  }
  return undefined;
}

function isBylineElement(element: DomElement): boolean {
  const rel = element.getAttribute('rel');
  const itemprop = element.getAttribute('itemprop');
  if (rel === 'author' || (itemprop !== null && itemprop.includes('author'))) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'meta' || tag === 'link' || tag === 'img') return false;
  return BYLINE_CLASS.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}
