import { isNewskgError } from '../core/errors.js';
import type { ErrorCode } from '../core/errors.js';

/** Exit statuses, stable for scripts. */
export const EXIT = {
  OK: 0,
  /** A graph does not conform to the shapes (violations; warnings never fail a run). */
  VIOLATIONS: 1,
  /** One or more inputs could not be read or parsed; the others were processed. */
  INPUT_FAILED: 2,
  /** Output could not be written, or an internal error. */
  FAILURE: 3,
  /** Wrong command line. */
  USAGE: 64,
} as const;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  OPTION_INVALID: EXIT.USAGE,
  OUTPUT_WRITE: EXIT.FAILURE,
  STORE_AUTH: EXIT.FAILURE,
  STORE_UNREACHABLE: EXIT.FAILURE,
  STORE_REJECTED: EXIT.FAILURE,
  QUEUE_UNREACHABLE: EXIT.FAILURE,
  QUEUE_AUTH: EXIT.FAILURE,
  INTERNAL: EXIT.FAILURE,
  SHAPES_INVALID: EXIT.FAILURE,
  VALIDATION_FAILED: EXIT.VIOLATIONS,
  QUERY_INVALID: EXIT.INPUT_FAILED,
};

export function exitCodeFor(error: unknown): number {
  if (!isNewskgError(error)) return EXIT.FAILURE;
  return BY_CODE[error.code] ?? EXIT.INPUT_FAILED;
}

/** The one line printed for an error: typed errors as `source: CODE: message`, others with their stack in NEWSKG_DEBUG. */
export function describeError(error: unknown): string {
  if (isNewskgError(error)) return error.toLine();
  if (process.env['NEWSKG_DEBUG'] && error instanceof Error && error.stack) return `INTERNAL: ${error.stack}`;
  return `INTERNAL: ${error instanceof Error ? error.message : String(error)}`;
}
