import { WIRE_DATELINE } from '../core/dateline.js';
import type { Diagnostic } from '../core/errors.js';
import { normaliseWebIri, showIri } from '../core/iri.js';
import type { ArticleMetadata, AuthorValue, Genre, Span, SpannedValue } from '../core/types.js';
import type { Layout } from './classify.js';
import { dateLabel, findDates } from '../core/dates.js';
import { genreOfLabel, OPINION_DISCLAIMER, splitGenreLabel } from './genre.js';
import { findIssns } from './issn.js';
import type { Line } from './lines.js';
import { authorType } from './names.js';
import { ownHeadline } from './headline.js';
import { findPublisherName } from './publisher.js';
import { makeSpan, normaliseSpace } from './text.js';

/**
 * Pass 5 of ingest: metadata printed in the text (origin 'text'), each value with the
 * span it was read from. Hints from the caller are applied afterwards (see hints.ts).
 */

export interface FoundMetadata {
  metadata: ArticleMetadata;
  diagnostics: Diagnostic[];
}

export interface MetadataOptions {
  /** Names the site goes by, known to the caller (publisher, the URL's host). */
  siteNames?: readonly string[];
}

export function readMetadata(text: string, layout: Layout, paragraphs: readonly Span[], options: MetadataOptions = {}): FoundMetadata {
  const diagnostics: Diagnostic[] = [];
  const publisher = readPublisher(text, layout);
  const headline = readHeadline(text, layout, [...(options.siteNames ?? []), ...(publisher ? [publisher.value] : [])]);
  const metadata: ArticleMetadata = { authors: readAuthors(text, layout), language: 'en' };
  if (headline.headline) metadata.headline = headline.headline;
  const genre = headline.genre ?? readGenre(text, layout) ?? wireDateline(text, paragraphs);
  if (genre) metadata.genre = genre;
  const issn = readIssn(text, layout, diagnostics);
  if (issn) metadata.issn = issn;
  if (publisher) metadata.publisher = publisher;
  const blurb = layout.blurbs[0];
  if (blurb) {
    metadata.sourceOrganization = { value: blurb.name.value, span: makeSpan(text, blurb.name.start, blurb.name.end), origin: 'text' };
    if (blurb.description) {
      const span = makeSpan(text, blurb.description.start, blurb.description.end);
      metadata.sourceOrganizationDescription = { value: normaliseSpace(span.text), span, origin: 'text' };
    }
  }
  const date = readDate(text, layout, paragraphs);
  if (date) metadata.datePublished = date;
  const urlLine = linesWith(layout, ['header']).find((line) => /^(?:https?:\/\/|www\.)\S+$/i.test(line.text));
  if (urlLine) {
    const url = normaliseWebIri(urlLine.text);
    if (url) metadata.url = { value: url, span: makeSpan(text, urlLine.start, urlLine.end), origin: 'text' };
    else
      diagnostics.push({
        code: 'URL_INVALID',
        level: 'warning',
        message: `"${showIri(urlLine.text)}" on line ${urlLine.number} is not an absolute http(s) URL; it is not used as the article's address`,
        details: { line: urlLine.number },
      });
  }
  return { metadata, diagnostics };
}

function linesWith(layout: Layout, roles: ReadonlyArray<Layout['roles'][number]>): Line[] {
  return layout.lines.filter((line) => roles.includes(layout.roles[line.index]!));
}

function spanned<T extends string>(text: string, start: number, end: number, value?: T): SpannedValue<T> {
  const span = makeSpan(text, start, end);
  return { value: value ?? (normaliseSpace(span.text) as T), span, origin: 'text' };
}

/** The headline without its genre label and the site's name; the span covers only the words used. */
function readHeadline(
  text: string,
  layout: Layout,
  siteNames: readonly string[],
): { headline?: SpannedValue; genre?: SpannedValue<Genre> } {
  if (!layout.headline) return {};
  const first = layout.lines[layout.headline.first]!;
  const last = layout.lines[layout.headline.last]!;
  const raw = text.slice(first.start, last.end);
  const label = splitGenreLabel(raw);
  let start = first.start + (label ? label.start : 0);
  let end = first.start + (label ? label.end : raw.length);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const own = ownHeadline(text.slice(start, end), siteNames);
  if (own) [start, end] = [start + own.start, start + own.end];
  // A single sentence-final period is not part of a headline ("Talks fail." -> "Talks fail").
  if (/[^.\s]\.$/.test(text.slice(start, end)) && !/\b(?:\p{Lu}\.)+$/u.test(text.slice(start, end))) end--;
  const result: { headline?: SpannedValue; genre?: SpannedValue<Genre> } = {};
  if (end > start) result.headline = spanned(text, start, end);
  if (label) result.genre = spanned(text, first.start + label.labelStart, first.start + label.labelEnd, label.genre);
  return result;
}

/** Genre from a label line ("Opinion"), an editorial-board byline, or an opinion disclaimer. */
function readGenre(text: string, layout: Layout): SpannedValue<Genre> | undefined {
  for (const index of layout.genreLabels) {
    const line = layout.lines[index]!;
    const label = line.text.replace(/\s*[:|]$/, '');
    const genre = genreOfLabel(label);
    if (genre) return spanned(text, line.start, line.start + label.length, genre);
  }
  for (const [index, byline] of layout.bylines) {
    for (const author of byline.authors) {
      const genre = genreOfLabel(author.value);
      const line = layout.lines[index]!;
      if (genre) return spanned(text, line.start + author.start, line.start + author.end, genre);
    }
  }
  for (const line of layout.lines) {
    const m = OPINION_DISCLAIMER.exec(line.text);
    if (m) return spanned(text, line.start + m.index, line.start + m.index + m[0].length, 'OpEd');
  }
  return undefined;
}

/** A wire dateline opening the first body paragraph marks a news report (schema:ReportageNewsArticle). */
function wireDateline(text: string, paragraphs: readonly Span[]): SpannedValue<Genre> | undefined {
  const first = paragraphs[0];
  const m = first ? WIRE_DATELINE.exec(first.text) : null;
  if (!first || !m) return undefined;
  const place = m[0].replace(/[\s\-–—―_]+$/u, '');
  return spanned(text, first.start, first.start + place.length, 'News');
}

function readAuthors(text: string, layout: Layout): AuthorValue[] {
  const seen = new Set<string>();
  const authors: AuthorValue[] = [];
  for (const [index, byline] of [...layout.bylines].sort((a, b) => a[0] - b[0])) {
    const line = layout.lines[index]!;
    for (const author of byline.authors) {
      if (genreOfLabel(author.value)) continue;
      const key = author.value.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      authors.push({ ...spanned(text, line.start + author.start, line.start + author.end, author.value), type: authorType(author.value) });
    }
  }
  return authors;
}

/** The first ISSN with a valid check digit outside the body; invalid ones are reported, not used. */
function readIssn(text: string, layout: Layout, diagnostics: Diagnostic[]): SpannedValue | undefined {
  for (const line of linesWith(layout, ['header', 'boilerplate', 'byline', 'headline'])) {
    for (const issn of findIssns(line.text)) {
      if (issn.valid) return spanned(text, line.start + issn.start, line.start + issn.end, issn.value);
      diagnostics.push({
        code: 'ISSN_CHECK_DIGIT',
        level: 'warning',
        message: `ISSN ${issn.value} on line ${line.number} has a wrong check digit; it is not used`,
        details: { issn: issn.value, line: line.number, offset: line.start + issn.start },
      });
    }
  }
  return undefined;
}

function readPublisher(text: string, layout: Layout): SpannedValue | undefined {
  for (const line of layout.lines) {
    const kind = layout.kinds[line.index];
    if (layout.roles[line.index] !== 'boilerplate' || kind === 'publisher-blurb') continue;
    const found = findPublisherName(line.text);
    if (found) return spanned(text, line.start + found.start, line.start + found.end, found.value);
  }
  return undefined;
}

// A dateline opening a paragraph: "LONDON 1996-08-30", "WASHINGTON, March 3, 2024 (Reuters) -".
const DATELINE_PLACE = /^\p{Lu}[\p{L}\p{M}.'’ -]*(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]*){0,2},?\s+$/u;
const DATELINE_AFTER = /^\s*(?:$|[([]|[-–—]|:|\/)/;

/**
 * The publication date: a line labelled "Published"/"Posted", else the first date line of
 * the page top, else a date after the byline, else a dateline in the first paragraphs.
 * "Updated" dates are not publication dates and are skipped.
 */
function readDate(text: string, layout: Layout, paragraphs: readonly Span[]): SpannedValue | undefined {
  const dateLines = linesWith(layout, ['header']).filter((line) => findDates(line.text).length > 0);
  const labelled =
    dateLines.find((line) => dateLabel(line.text) === 'published') ?? dateLines.find((line) => dateLabel(line.text) === 'none');
  if (labelled) {
    const date = findDates(labelled.text)[0]!;
    return spanned(text, labelled.start + date.start, labelled.start + date.end, date.value);
  }
  // A date in a byline line, before the names ("2/26/2015 7:11 AM PST BY JANE DOE") or after them.
  for (const [index, byline] of [...layout.bylines].sort((a, b) => a[0] - b[0])) {
    const line = layout.lines[index]!;
    const rest = line.text.slice(byline.restStart);
    if (/\b(?:updated|modified)\b/i.test(rest) && !/\b(?:published|posted)\b/i.test(rest)) continue;
    const date = findDates(line.text).find((d) => !byline.authors.some((a) => d.start < a.end && a.start < d.end));
    if (date) return spanned(text, line.start + date.start, line.start + date.end, date.value);
  }
  for (const paragraph of paragraphs.slice(0, 3)) {
    const head = paragraph.text.slice(0, 90);
    const date = findDates(head)[0];
    if (!date || !DATELINE_PLACE.test(head.slice(0, date.start)) || head.slice(0, date.start).split(/\s+/).length > 6) continue;
    if (!DATELINE_AFTER.test(paragraph.text.slice(date.end))) continue;
    return spanned(text, paragraph.start + date.start, paragraph.start + date.end, date.value);
  }
  return undefined;
}
