import { NewskgError } from '../core/errors.js';
import { normaliseWebIri, showIri } from '../core/iri.js';
import type { ArticleMetadata, SourceInfo, SpannedValue } from '../core/types.js';
import { splitAuthorList } from './byline.js';
import { parseDateValue, publicationDateProblem } from '../core/dates.js';
import { authorType } from './names.js';
import type { Hint, IngestHints } from '../core/hints.js';
import { normaliseSpace } from './text.js';

/**
 * Pass 6 of ingest: caller hints override what was read from the text. When the text
 * prints the same value, its span is kept, so provenance still points into the text.
 */

export function applyHints(found: ArticleMetadata, hints: IngestHints, source: SourceInfo): ArticleMetadata {
  const metadata: ArticleMetadata = { ...found, authors: [...found.authors] };
  if (hints.title) metadata.headline = fromHint(hints.title, normaliseSpace(hints.title.value), found.headline);
  if (hints.publisher) metadata.publisher = fromHint(hints.publisher, normaliseSpace(hints.publisher.value), found.publisher);
  if (hints.url) metadata.url = fromHint(hints.url, checkUrl(hints.url, source), found.url);
  if (hints.datePublished)
    metadata.datePublished = fromHint(hints.datePublished, checkDate(hints.datePublished, source), found.datePublished);
  if (hints.language) metadata.language = checkLanguage(hints.language, source);
  if (hints.author) {
    const value = hints.author.value;
    const names = (typeof value === 'string' ? splitAuthorList(value) : value.map(normaliseSpace)).filter((n) => n !== '');
    const origin = hints.author.origin;
    metadata.authors = names.map((name) => ({
      ...fromHint(
        { value: name, origin },
        name,
        found.authors.find((a) => same(a.value, name)),
      ),
      type: authorType(name),
    }));
  }
  return metadata;
}

function same(a: string, b: string): boolean {
  // A title hint drops the headline's final period, also before closing quotes ("… in Their Heads.’").
  const norm = (s: string): string =>
    normaliseSpace(s)
      .replace(/[.\s]+$/, '')
      .replace(/\.(["'”’)\]]+)$/, '$1')
      .toLowerCase();
  return norm(a) === norm(b);
}

function fromHint(hint: Hint<unknown>, value: string, found: SpannedValue | undefined): SpannedValue {
  const result: SpannedValue = { value, origin: hint.origin };
  if (found?.span && same(found.value, value)) result.span = found.span;
  return result;
}

function invalid(hint: Hint<unknown>, what: string, source: SourceInfo): NewskgError {
  return new NewskgError(
    'OPTION_INVALID',
    `${source.name}: ${what} (given as ${hint.origin === 'option' ? 'an option' : `${hint.origin} metadata`})`,
    { source: source.name },
  );
}

function checkDate(hint: Hint, source: SourceInfo): string {
  const value = parseDateValue(hint.value);
  if (!value) throw invalid(hint, `datePublished "${hint.value}" ${publicationDateProblem(hint.value)}`, source);
  return value;
}

function checkUrl(hint: Hint, source: SourceInfo): string {
  const value = normaliseWebIri(hint.value);
  if (!value) throw invalid(hint, `url "${showIri(hint.value)}" is not an absolute http(s) URL`, source);
  return value;
}

// BCP 47 in its common shapes: "en", "en-GB", "zh-Hant-TW", "und".
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-[A-Za-z\d]{5,8})*$/i;

function checkLanguage(hint: Hint, source: SourceInfo): string {
  const value = hint.value.trim();
  if (!LANGUAGE_TAG.test(value)) throw invalid(hint, `language "${hint.value}" is not a BCP 47 tag`, source);
  return value;
}
