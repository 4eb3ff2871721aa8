import { printable } from './printable.js';

/**
 * Typed errors with stable codes. The CLI maps them to exit codes in one place
 * (src/cli/exit.ts); library users switch on `code`.
 */

export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'Input file does not exist',
  INPUT_UNREADABLE: 'Input cannot be read',
  INPUT_EMPTY: 'Input is empty',
  INPUT_BINARY: 'Input is binary, not text',
  INPUT_ENCODING: 'Input is not valid UTF-8',
  INPUT_TOO_LARGE: 'Input is larger than the limit',
  INPUT_NO_ARTICLE: 'No article text found in the input',
  RECORD_INVALID: 'A JSON Lines record is invalid (broken JSON, no text, duplicate id, bad field)',
  RDF_PARSE: 'RDF input cannot be parsed',
  SHAPES_INVALID: 'SHACL shapes cannot be loaded',
  OPTION_INVALID: 'Invalid option',
  OUTPUT_WRITE: 'Output cannot be written',
  STORE_AUTH: 'The triple store refused the credentials',
  STORE_UNREACHABLE: 'The triple store cannot be reached',
  STORE_REJECTED: 'The triple store answered with an error or a redirect',
  QUEUE_UNREACHABLE: 'The Redis server of the job queue cannot be reached',
  QUEUE_AUTH: 'The Redis server of the job queue refused the login',
  VALIDATION_FAILED: 'Graph does not conform to the shapes',
  QUERY_INVALID: 'SPARQL query cannot be parsed or run',
  INTERNAL: 'Internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorLocation {
  /** File path or record id. */
  source?: string;
  line?: number;
  column?: number;
  offset?: number;
}

export class NewskgError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation;

  constructor(code: ErrorCode, message: string, location: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewskgError';
    this.code = code;
    this.location = location;
  }

  /** One line: `file:line:col: CODE: message`, with anything unprintable from the input escaped. */
  toLine(): string {
    const { source, line, column } = this.location;
    const where = [source, line, column].filter((x) => x !== undefined).join(':');
    // Messages meant for library users often start with the file name; the location already says it.
    const message = source && this.message.startsWith(`${source} `) ? `file ${this.message.slice(source.length + 1)}` : this.message;
    return printable(`${where ? where + ': ' : ''}${this.code}: ${message}`);
  }
}

export function isNewskgError(error: unknown): error is NewskgError {
  return error instanceof NewskgError;
}

/**
 * Stable codes of the non-fatal findings. Those of ingest concern the article: they are printed
 * as warnings, written to --errors and named on the run in the graph (newskg:diagnostic).
 */
export const DIAGNOSTIC_CODES = {
  HTML_AUTHOR_CONFLICT: "The page metadata names other authors than the page's byline; the metadata is used",
  HTML_METADATA_IGNORED: 'A page metadata value (date, URL, image...) is unusable and left out',
  HTML_JSONLD_SKIPPED: 'A JSON-LD block of the page is too large to read',
  HTML_JSONLD_INVALID: 'A JSON-LD block of the page is not valid JSON',
  ISSN_CHECK_DIGIT: 'A printed ISSN has a wrong check digit and is not used',
  LANGUAGE_NOT_ENGLISH: 'The text does not look like English; its language is set to "und"',
  NO_HEADLINE: 'No headline found in the text',
  URL_INVALID: "A URL line is not an absolute http(s) URL and is not used as the article's address",
  MARKUP_NO_IMAGE: 'schema.org markup: no image (Google recommends one)',
  MARKUP_NO_DATE_PUBLISHED: 'schema.org markup: no datePublished',
  MARKUP_NO_DATE_MODIFIED: 'schema.org markup: no dateModified',
  MARKUP_NO_AUTHOR: 'schema.org markup: no author',
  MARKUP_NO_AUTHOR_URL: 'schema.org markup: no author.url',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Structured, non-fatal findings (jsonld.js style) instead of console output. */
export interface Diagnostic {
  code: DiagnosticCode;
  level: 'info' | 'warning';
  message: string;
  details?: Record<string, unknown>;
}

/** The one line printed for an error: typed errors as `source: CODE: message`, others with their stack in NEWSKG_DEBUG. */
export function describeError(error: unknown): string {
  if (isNewskgError(error)) return error.toLine();
  if (process.env['NEWSKG_DEBUG'] && error instanceof Error && error.stack)
    return `INTERNAL: ${printable(error.stack, { multiline: true })}`;
  return `INTERNAL: ${printable(error instanceof Error ? error.message : String(error))}`;
}
