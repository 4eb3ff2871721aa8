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
  RDF_PARSE: 'RDF input cannot be parsed',
  SHAPES_INVALID: 'SHACL shapes cannot be loaded',
  OPTION_INVALID: 'Invalid option',
  OUTPUT_WRITE: 'Output cannot be written',
  VALIDATION_FAILED: 'Graph does not conform to the shapes',
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

  /** One line: `file:line:col: CODE: message`. */
  toLine(): string {
    const where = [this.location.source, this.location.line, this.location.column].filter((x) => x !== undefined).join(':');
    return `${where ? where + ': ' : ''}${this.code}: ${this.message}`;
  }
}

export function isNewskgError(error: unknown): error is NewskgError {
  return error instanceof NewskgError;
}

/** Structured, non-fatal findings (jsonld.js style) instead of console output. */
export interface Diagnostic {
  code: string;
  level: 'info' | 'warning';
  message: string;
  details?: Record<string, unknown>;
}
