import { NewskgError, type ErrorCode } from '../core/errors.js';

/**
 * How a store request failed, so callers can word the message for their users and
 * decide whether to go on: `auth` and `unreachable` fail every later request too.
 */
export type StoreFailure = 'auth' | 'unreachable' | 'redirect' | 'http';

const STORE_CODES: Record<StoreFailure, ErrorCode> = {
  auth: 'STORE_AUTH',
  unreachable: 'STORE_UNREACHABLE',
  redirect: 'STORE_REJECTED',
  http: 'STORE_REJECTED',
};

/** A failed store request; the message and `url` never hold credentials. */
export class StoreError extends NewskgError {
  readonly failure: StoreFailure;
  readonly status: number | undefined;
  /** The request URL without user-info. */
  readonly url: string;

  constructor(failure: StoreFailure, message: string, details: { url: string; status?: number; cause?: unknown }) {
    super(STORE_CODES[failure], message, { source: details.url }, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'StoreError';
    this.failure = failure;
    this.status = details.status;
    this.url = details.url;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}
