/**
 * Bounded exponential backoff: a store that is restarting or overloaded gets a few
 * seconds, never minutes; a store that is down fails the run quickly.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  tries: number;
  /** Wait before the second attempt; each later wait doubles. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** No new attempt starts once this much time has passed since the first. */
  maxElapsedMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 4, initialDelayMs: 500, maxDelayMs: 4_000, maxElapsedMs: 10_000 };

/** The wait before attempt `attempt + 1` (attempt counts from 1), or undefined when the policy says stop. */
export function nextDelay(policy: RetryPolicy, attempt: number, elapsedMs: number, retryAfterMs?: number): number | undefined {
  if (attempt >= policy.tries) return undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  const delay = retryAfterMs === undefined ? backoff : Math.min(policy.maxDelayMs, Math.max(backoff, retryAfterMs));
  return elapsedMs + delay > policy.maxElapsedMs ? undefined : delay;
}

/** 5xx (except "not implemented" and "version not supported"), 408 and 429 are worth another try. */
export function isRetryableStatus(status: number): boolean {
  return (status >= 500 && status !== 501 && status !== 505) || status === 408 || status === 429;
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
