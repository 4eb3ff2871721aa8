import { isNewskgError } from '../core/errors.js';
import type { ErrorCode } from '../core/errors.js';

/** Exit statuses, stable for scripts (README and docs/security.md print this table). */
export const EXIT = {
  OK: 0,
  /** A graph does not conform to the shapes (violations; warnings never fail a run). */
  VIOLATIONS: 1,
  /** One or more inputs could not be read or parsed; the others were processed. */
  INPUT_FAILED: 2,
  /** Output could not be written: a file or stream, a graph the store refused, or a store or queue that cannot be reached. */
  OUTPUT_FAILED: 3,
  /** Wrong command line (sysexits EX_USAGE). */
  USAGE: 64,
  /** An internal error: a bug in newskg, never something the input or the machine did (sysexits EX_SOFTWARE). */
  INTERNAL: 70,
  /** Interrupted by SIGINT (Ctrl-C) or SIGTERM: 128 + the signal number, as a shell reports it. */
  INTERRUPTED: { SIGINT: 130, SIGTERM: 143 },
} as const;

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  OPTION_INVALID: EXIT.USAGE,
  OUTPUT_WRITE: EXIT.OUTPUT_FAILED,
  STORE_AUTH: EXIT.OUTPUT_FAILED,
  STORE_UNREACHABLE: EXIT.OUTPUT_FAILED,
  STORE_REJECTED: EXIT.OUTPUT_FAILED,
  QUEUE_UNREACHABLE: EXIT.OUTPUT_FAILED,
  QUEUE_AUTH: EXIT.OUTPUT_FAILED,
  INTERNAL: EXIT.INTERNAL,
  VALIDATION_FAILED: EXIT.VIOLATIONS,
};

/** The status for an error: typed errors by their code (input problems are 2), anything else is internal. */
export function exitCodeFor(error: unknown): number {
  if (!isNewskgError(error)) return EXIT.INTERNAL;
  return BY_CODE[error.code] ?? EXIT.INPUT_FAILED;
}

/** The status one failed article gives a run that goes on: its input failed, unless it broke the shapes or newskg. */
export function articleExitCode(code: ErrorCode): number {
  return code === 'VALIDATION_FAILED' || code === 'INTERNAL' ? BY_CODE[code]! : EXIT.INPUT_FAILED;
}
