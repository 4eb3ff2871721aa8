import { NewskgError, type ErrorCode } from '../core/errors.js';
import { normaliseWebIri, showIri } from '../core/iri.js';
// ingest's leaf modules, not its index: reading sources on the main thread must not load the HTML parser.
import { hintsFrom, type PlainHints } from '../core/hints.js';
import { publicationDateProblem } from '../core/dates.js';
import { normaliseDate, normaliseLanguage } from '../core/metadata-values.js';
import type { SourceArticle, SourceFailure, SourceItem } from './types.js';

/**
 * One JSON Lines record -> one article. The record shape:
 * `{"id", "text" | "html", "url"?, "title"?, "author"?, "publisher"?, "language"?,
 *   "datePublished"? | "published"? | "publication_date"? | "date"? | "dct"?}`.
 * Its fields become ingest hints of origin 'record' (they win over what the text or page
 * says). Fields are checked here, so a bad date or URL fails the record with its line
 * number instead of failing later as a bad option.
 */

export interface RecordPlace {
  /** The file ("-" for standard input). */
  file: string;
  /** How the file is named in SourceInfo.name ("<stdin>" for standard input). */
  fileName: string;
  line: number;
}

const DATE_FIELDS = ['datePublished', 'published', 'publication_date', 'date', 'dct'] as const;

/** Id for a record that has none, or a line that could not be read: its line number. */
export function lineId(line: number): string {
  return `line-${line}`;
}

export function recordFailure(place: RecordPlace, id: string, code: ErrorCode, problem: string): SourceFailure {
  const error = new NewskgError(code, `${place.fileName}, line ${place.line}: ${problem}`, {
    source: place.file === '-' ? place.fileName : place.file,
    line: place.line,
  });
  return { ok: false, id, file: place.file, line: place.line, error };
}

/** Reads the record's id (a string or a number); a missing id is the line number. */
export function recordId(record: Record<string, unknown>, line: number): string | undefined {
  const id = record['id'];
  if (id === undefined || id === null) return lineId(line);
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

export function recordToItem(record: Record<string, unknown>, id: string, place: RecordPlace): SourceItem {
  const fail = (problem: string, code: ErrorCode = 'RECORD_INVALID'): SourceFailure => recordFailure(place, id, code, problem);
  const text = record['text'];
  const html = record['html'];
  for (const [field, value] of [
    ['text', text],
    ['html', html],
  ] as const) {
    if (value !== undefined && value !== null && typeof value !== 'string') return fail(`"${field}" must be a string`);
  }
  // "text" wins when both are given: it is the corpus's own reading of the page.
  const body =
    typeof text === 'string'
      ? { raw: text, format: 'jsonl' as const }
      : typeof html === 'string'
        ? { raw: html, format: 'html' as const }
        : undefined;
  if (!body) return fail('the record has neither "text" nor "html"');
  if (body.raw.trim() === '') return fail(`"${body.format === 'html' ? 'html' : 'text'}" is empty`, 'INPUT_EMPTY');

  const plain: PlainHints = {};
  for (const field of ['title', 'publisher'] as const) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fail(`"${field}" must be a string`);
    plain[field] = value;
  }
  const author = readAuthor(record['author']);
  if (author === null) return fail('"author" must be a string, a list of strings or a list of {"name": ...}');
  if (author !== undefined) plain.author = author;
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null || value === '') continue;
    const date = typeof value === 'string' ? normaliseDate(value) : undefined;
    if (!date) return fail(`"${field}" ${publicationDateProblem(typeof value === 'string' ? value : '')}: ${JSON.stringify(value)}`);
    plain.datePublished = date;
    break;
  }
  const url = record['url'];
  if (url !== undefined && url !== null && url !== '') {
    const iri = typeof url === 'string' ? normaliseWebIri(url) : undefined;
    if (!iri) return fail(`"url" is not an absolute http(s) URL: "${showIri(String(url))}"`);
    plain.url = iri;
  }
  const language = record['language'] ?? record['lang'];
  if (language !== undefined && language !== null && language !== '') {
    const tag = typeof language === 'string' ? normaliseLanguage(language) : undefined;
    if (!tag) return fail(`"language" is not a BCP 47 tag: ${JSON.stringify(language)}`);
    plain.language = tag;
  }
  const article: SourceArticle = {
    ok: true,
    id,
    file: place.file,
    line: place.line,
    input: {
      raw: body.raw,
      source: { name: `${place.fileName}#${id}`, format: body.format, file: place.file, id, line: place.line },
      hints: hintsFrom(plain, 'record'),
    },
  };
  return article;
}

/** undefined: no author; null: a value of the wrong shape. */
function readAuthor(value: unknown): string | string[] | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (!Array.isArray(value))
    return typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : null;
  const names: string[] = [];
  for (const item of value) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string')
      names.push((item as { name: string }).name);
    else return null;
  }
  return names.filter((n) => n.trim() !== '');
}
