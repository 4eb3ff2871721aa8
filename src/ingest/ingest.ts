import { createHash } from 'node:crypto';
import { NewskgError, type Diagnostic } from '../core/errors.js';
import type { SourceDocument, SourceInfo } from '../core/types.js';
import { applyHints } from './apply-hints.js';
import { splitAuthorList } from './byline.js';
import { classifyLines } from './classify.js';
import type { IngestHints } from '../core/hints.js';
import { ownHeadlineText, siteNameOfUrl } from './headline.js';
import { MAX_ARTICLE_CHARS } from '../sources/input.js';
import { checkEnglish } from './language.js';
import { splitLines } from './lines.js';
import { readMetadata } from './metadata.js';
import { buildBoilerplate, buildParagraphs, buildSections } from './paragraphs.js';
import { normaliseSpace } from './text.js';

/** A SourceDocument plus the non-fatal findings of ingest (a bad ISSN, text that is not English). */
export interface IngestedDocument extends SourceDocument {
  diagnostics: Diagnostic[];
}

/**
 * Reads an article from plain text as copied from a news page. Pure and synchronous; every
 * span is an exact slice of `raw`, which is kept unchanged as `text` (CRLF included).
 *
 * Passes: lines with offsets -> line roles (page top, body, sub-headings, boilerplate)
 * -> paragraphs, sections, boilerplate spans -> metadata found in the text -> caller hints.
 *
 * The HTML reader (later) extracts text and page metadata from markup and calls this with
 * that text and the metadata as hints of origin 'html'.
 */
export function ingestText(raw: string, source: SourceInfo, givenHints: IngestHints = {}): IngestedDocument {
  if (raw.length > MAX_ARTICLE_CHARS) {
    throw new NewskgError(
      'INPUT_TOO_LARGE',
      `${source.name}: the article text is ${raw.length.toLocaleString('en')} characters, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')} for one article (split it into articles)`,
      { source: source.name },
    );
  }
  const text = raw;
  const lines = splitLines(text);
  const siteNames = siteNamesOf(givenHints);
  const hints = withOwnHeadline(givenHints, siteNames);
  const authorHint = hints.author?.value;
  const layout = classifyLines(text, lines, {
    ...(hints.title ? { title: hints.title.value } : {}),
    ...(hints.publisher ? { publisher: hints.publisher.value } : {}),
    ...(authorHint ? { authors: typeof authorHint === 'string' ? splitAuthorList(authorHint) : authorHint } : {}),
    siteNames,
  });
  const paragraphs = buildParagraphs(text, layout);
  if (paragraphs.length === 0) {
    throw new NewskgError('INPUT_NO_ARTICLE', `${source.name}: no article text found (only headline, byline or page furniture)`, {
      source: source.name,
    });
  }
  const sections = buildSections(text, layout, paragraphs);
  const boilerplate = buildBoilerplate(text, layout);
  const found = readMetadata(text, layout, paragraphs, { siteNames });
  const diagnostics = [...found.diagnostics];
  const metadata = applyHints(found.metadata, hints, source);
  if (!hints.language) {
    const check = checkEnglish(paragraphs.map((p) => p.text).join('\n'));
    if (!check.looksEnglish) {
      metadata.language = 'und';
      diagnostics.push({
        code: 'LANGUAGE_NOT_ENGLISH',
        level: 'warning',
        message: `${source.name}: the text does not look like English (${Math.round(check.englishShare * 100)}% English function words); language set to "und"`,
        details: { englishShare: Number(check.englishShare.toFixed(3)), words: check.words },
      });
    }
  }
  if (!metadata.headline) {
    diagnostics.push({ code: 'NO_HEADLINE', level: 'info', message: `${source.name}: no headline found in the text` });
  }
  return {
    source,
    text,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    metadata,
    paragraphs,
    sections,
    boilerplate,
    diagnostics,
  };
}

/** The names the caller knows the site by: its publisher and the host of the article's URL. */
function siteNamesOf(hints: IngestHints): string[] {
  const host = siteNameOfUrl(hints.url?.value);
  return [...(hints.publisher ? [hints.publisher.value] : []), ...(host ? [host] : [])];
}

/** A title hint without the site's name; none when it is only the site's generic title. */
function withOwnHeadline(hints: IngestHints, siteNames: readonly string[]): IngestHints {
  if (!hints.title) return hints;
  const { title, ...rest } = hints;
  const own = ownHeadlineText(normaliseSpace(title.value), siteNames);
  return own ? { ...rest, title: { ...title, value: own } } : rest;
}
