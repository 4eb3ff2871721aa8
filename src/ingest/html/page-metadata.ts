import type { Diagnostic } from '../../core/errors.js';
import { normaliseWebIri } from '../../core/iri.js';
import { dateOfUrlPath } from '../../core/dates.js';
import { cleanText, normaliseDate, normaliseLanguage } from '../../core/metadata-values.js';
import type { MetaFacts } from './meta.js';
import { siteNameOfUrl } from '../headline.js';
import { looksLikeUrl, type PageFacts } from './values.js';

/**
 * The page's own metadata, merged and normalised. Precedence: JSON-LD (the publisher's
 * structured description of the article) over OpenGraph and `<meta>` tags; for the URL the
 * canonical link first; for the language `<html lang>` first. A value that cannot be
 * normalised (a date without a day, a relative URL with no base) is dropped with a warning,
 * so ingest never rejects a page for its metadata.
 */

/**
 * The page's metadata after merging and normalising its sources: datePublished is YYYY-MM-DD,
 * url an absolute http(s) URL, language a BCP 47 tag in canonical case.
 */
export interface PageMetadata extends Omit<PageFacts, 'authors'> {
  /** Names from structured metadata (a list) or one meta tag (split like a byline). */
  authors?: string | string[];
}

export function mergePageMetadata(jsonLd: PageFacts, meta: MetaFacts, sourceName: string, diagnostics: Diagnostic[]): PageMetadata {
  const page: PageMetadata = {};
  const drop = (what: string, value: string, why: string): void => {
    diagnostics.push({
      code: 'HTML_METADATA_IGNORED',
      level: 'warning',
      message: `${sourceName}: page ${what} "${value}" ${why}; not used`,
      details: { field: what, value },
    });
  };
  const title = jsonLd.title || (meta.title ? cleanText(meta.title) : undefined);
  if (title) page.title = title;
  if (jsonLd.authors?.length) page.authors = jsonLd.authors;
  else if (meta.authors?.length) page.authors = meta.authors.length === 1 ? meta.authors[0]! : meta.authors;
  // Some pages give the site's address as its name ("http://www.example.com"): the host names it.
  const publisher = jsonLd.publisher || meta.publisher;
  const publisherName = publisher && looksLikeUrl(publisher) ? hostName(publisher) : publisher;
  if (publisherName) page.publisher = publisherName;

  // A publication date wins over a creation date, whichever source gives them.
  const date = firstValid([jsonLd.datePublished, meta.datePublished, jsonLd.dateCreated, meta.dateCreated], normaliseDate, (raw) =>
    drop('datePublished', raw, 'is not a complete date'),
  );
  if (date) page.datePublished = date;

  const absolute = [meta.canonical, meta.url, jsonLd.url].map((u) => (u ? normaliseWebIri(u) : undefined));
  const base = absolute.find((u) => u !== undefined);
  const url = firstValid(
    [meta.canonical, meta.url, jsonLd.url],
    (raw) => normaliseWebIri(raw, base),
    (raw) => drop('url', raw, 'is not an absolute http(s) URL'),
  );
  if (url) page.url = url;
  // Many sites file an article under its publication date: ".../2015/02/01/the-story/".
  if (!page.datePublished && page.url) {
    const dated = dateOfUrlPath(new URL(page.url).pathname);
    if (dated) page.datePublished = dated;
  }

  const image = firstValid(
    [jsonLd.image, meta.image],
    (raw) => normaliseWebIri(raw, page.url ?? base),
    (raw) => drop('image', raw, 'is not an absolute http(s) URL'),
  );
  if (image) page.image = image;
  const language = firstValid([meta.language, jsonLd.language], normaliseLanguage, (raw) =>
    drop('language', raw, 'is not a BCP 47 language tag'),
  );
  if (language) page.language = language;

  const genre = jsonLd.genre ?? meta.genre;
  if (genre) page.genre = genre;
  return page;
}

/** The first value that normalises, in order of precedence; each one before it that does not is reported. */
function firstValid(
  raws: ReadonlyArray<string | undefined>,
  normalise: (raw: string) => string | undefined,
  invalid: (raw: string) => void,
): string | undefined {
  for (const raw of raws) {
    if (!raw) continue;
    const value = normalise(raw);
    if (value) return value;
    invalid(raw);
  }
  return undefined;
}

/** "http://www.example.com", "//example.com", "www.example.com": "example.com". */
function hostName(address: string): string | undefined {
  return siteNameOfUrl(normaliseWebIri(/^https?:/i.test(address) ? address : `https://${address.replace(/^\/\//, '')}`));
}
