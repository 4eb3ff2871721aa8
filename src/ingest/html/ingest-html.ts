import { NewskgError, type Diagnostic } from '../../core/errors.js';
import type { SourceInfo, SpannedValue } from '../../core/types.js';
import { parseByline } from '../byline.js';
import { hintsFrom, mergeHints, type IngestHints, type PlainHints } from '../../core/hints.js';
import { ingestText, type IngestedDocument } from '../ingest.js';
import { ownHeadlineText, siteNameOfUrl } from '../headline.js';
import { buildArticleText } from './article-text.js';
import { findPrintedByline } from './byline.js';
import { parseDocument } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { readMetaTags } from './meta.js';
import { limitNesting } from './nesting.js';
import { mergePageMetadata, type PageMetadata } from './page-metadata.js';
import { checkPageSize, findMainContent } from './readability.js';
import { repairSkeleton } from './skeleton.js';
import { stripRawText } from './strip.js';

/**
 * Reads an article from a saved HTML page. Pure and synchronous; nothing is fetched (not
 * even a JSON-LD `@context`) and no page script runs.
 *
 * Passes: cut scripts, styles and comments, keeping JSON-LD aside (strip.ts) -> flatten what is
 * nested deeper than browsers nest (nesting.ts) -> repair the page frame (skeleton.ts) -> DOM (linkedom) -> page metadata from JSON-LD and the head
 * (jsonld.ts, meta.ts, page-metadata.ts) -> the printed byline (byline.ts) -> main content by
 * Readability (readability.ts)
 * -> article text: headline, byline, one block per paragraph (article-text.ts) -> the
 * plain-text passes on that text, with the page metadata as hints of origin 'html'.
 *
 * `text` of the result is the extracted article text, not the page source: every span
 * points into it. Page metadata wins over what the text passes find; caller hints (a JSON
 * Lines field, a CLI option) win over page metadata.
 */
export function ingestHtml(html: string, source: SourceInfo, hints: IngestHints = {}): IngestedDocument {
  const diagnostics: Diagnostic[] = [];
  const stripped = stripRawText(html);
  checkPageSize(stripped.html, source);
  const document = parseDocument(repairSkeleton(limitNesting(stripped.html)));
  const jsonLd = readJsonLd(stripped.jsonLd, source.name);
  for (const diagnostic of jsonLd.diagnostics) diagnostics.push(diagnostic);
  const page = mergePageMetadata(jsonLd.facts, readMetaTags(document), source.name, diagnostics);
  const printedByline = findPrintedByline(document);
  const content = findMainContent(document, source);
  const words = content ? proseWords(content.blocks) : 0;
  if (!content || words < MIN_PROSE_WORDS) {
    throw new NewskgError(
      'INPUT_NO_ARTICLE',
      `${source.name}: no article text found in the page (${content ? `only ${words} words of running text` : 'no main content'}; is it an index, search or error page?)`,
      { source: source.name },
    );
  }
  const siteNames = [hints.publisher?.value, page.publisher, siteNameOfUrl(hints.url?.value ?? page.url)].filter(
    (n): n is string => n !== undefined,
  );
  // The first title that is the article's own, without the site's name: "X | Site" gives X, "Site - Latest News" nothing.
  const headline = [hints.title?.value, page.title, content.title]
    .map((t) => (t ? ownHeadlineText(t, siteNames) : undefined))
    .find((t) => t !== undefined);
  const byline = bylineNames(printedByline);
  const text = buildArticleText({
    ...(headline ? { headline } : {}),
    ...(printedByline ? { byline: printedByline } : {}),
    blocks: content.blocks,
  });
  const pageHints = hintsFrom(plainHints(page, headline, byline), 'html');
  const doc = ingestText(text, source, mergeHints(pageHints, hints));
  const conflict = authorConflict(page.authors, byline);
  if (conflict)
    diagnostics.push({
      code: 'HTML_AUTHOR_CONFLICT',
      level: 'warning',
      message: `${source.name}: ${conflict}; the page metadata is used`,
      details: { page: page.authors, byline },
    });
  const metadata = { ...doc.metadata };
  if (page.genre) metadata.genre = keepSpan({ value: page.genre, origin: 'html' }, doc.metadata.genre);
  if (page.image) metadata.image = { value: page.image, origin: 'html' };
  return { ...doc, metadata, diagnostics: [...diagnostics, ...doc.diagnostics] };
}

/** Running text: blocks of ten words or more with sentence punctuation (not menus, link lists, captions). */
const MIN_PROSE_WORDS = 20;

function proseWords(blocks: readonly string[]): number {
  let total = 0;
  for (const block of blocks) {
    const words = block.match(/\S+/g)?.length ?? 0;
    if (words >= 10 && /[.!?…]/.test(block)) total += words;
  }
  return total;
}

/** The printed byline as author names, without a date printed with them ("By Jane Doe March 11, 2015 3:46 PM"). */
function bylineNames(byline: string | undefined): string | undefined {
  // A nickname inside a name is not part of the name's value: "Richard (R.J.) Eskow".
  const first = (byline?.split('\n')[0] ?? '').replace(/\s*\([^)]{1,20}\)(?=\s+\p{Lu})/gu, '').trim();
  if (first === '' || /https?:|@/.test(first)) return undefined;
  const parsed = parseByline(/^by\b/i.test(first) || /\sby\s/i.test(first) ? first : `By ${first}`);
  return parsed ? parsed.authors.map((a) => a.value).join(', ') : undefined;
}

/** A byline printed in the article that names none of the page-metadata authors (a CMS that tags a column with its usual writer). */
function authorConflict(authors: string | readonly string[] | undefined, byline: string | undefined): string | undefined {
  if (!authors || !byline) return undefined;
  const names = typeof authors === 'string' ? [authors] : authors;
  const printed = byline.toLowerCase();
  if (names.some((name) => printed.includes(name.toLowerCase()) || name.toLowerCase().includes(printed))) return undefined;
  return `the page metadata names ${names.map((n) => `"${n}"`).join(', ')} as author, the article's byline "${byline}"`;
}

function plainHints(page: PageMetadata, title: string | undefined, byline: string | undefined): PlainHints {
  const plain: PlainHints = {};
  if (title) plain.title = title;
  const author = page.authors ?? byline;
  if (author) plain.author = author;
  if (page.publisher) plain.publisher = page.publisher;
  if (page.datePublished) plain.datePublished = page.datePublished;
  if (page.url) plain.url = page.url;
  if (page.language) plain.language = page.language;
  return plain;
}

/** The page value, with the span of the same value when the text passes found it printed. */
function keepSpan<T extends string>(value: SpannedValue<T>, found: SpannedValue<T> | undefined): SpannedValue<T> {
  return found?.span && found.value === value.value ? { ...value, span: found.span } : value;
}
