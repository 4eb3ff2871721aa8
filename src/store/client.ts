/**
 * An HTTP client for triple stores on global fetch: Basic or Digest authentication,
 * bounded retries on 5xx and connection errors (a connection closed in the middle of an
 * answer included), no redirects followed (requests go only to the URL the user gave), at
 * most the first 64 KiB of an answer read, and no credential in any message (redact.ts).
 */
import type { AuthChallenge } from './challenge.js';
import { parseChallenges } from './challenge.js';
import { digestAuthorization, unsupportedDigest } from './digest.js';
import { StoreError } from './errors.js';
import { credentialsInUrl, fromStore, secretForms, stripCredentials } from './redact.js';
import type { AuthMode } from './options.js';
import type { RetryPolicy } from './retry.js';
import { DEFAULT_RETRY, isRetryableStatus, nextDelay, retryAfterMs } from './retry.js';

export interface StoreCredentials {
  user: string;
  password: string;
}

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number;
  delayMs: number;
  /** Why, with credentials redacted: "HTTP 503", "ECONNREFUSED", ... */
  reason: string;
  url: string;
}

export interface StoreClientOptions {
  credentials?: StoreCredentials;
  /** auto (default): answer whichever challenge the server sends, Digest first; basic is sent with the first request. */
  auth?: AuthMode;
  retry?: Partial<RetryPolicy>;
  /** Per request, answer body included (default 60 s). */
  timeoutMs?: number;
  onRetry?: (event: RetryEvent) => void;
  /** For tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface StoreRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Bytes of the answer read at most (default MAX_BODY_BYTES): more only for an answer that is data, such as the load state. */
  maxBodyBytes?: number;
}

export interface StoreResponse {
  status: number;
  headers: Headers;
  /** The first MAX_BODY_BYTES of the body at most. */
  body: string;
}

/**
 * Bytes of an answer read at most: a store's error page says what went wrong in its first
 * lines, and an answer of hundreds of megabytes (a misconfigured proxy, a hostile server) is
 * never read into memory. The rest is discarded with the connection.
 */
export const MAX_BODY_BYTES = 64 * 1024;

interface DigestSession {
  challenge: AuthChallenge;
  nc: number;
  origin: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export class StoreClient {
  private readonly credentials: StoreCredentials | undefined;
  private readonly auth: AuthMode;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly onRetry: ((event: RetryEvent) => void) | undefined;
  /** The last Digest challenge answered, reused (nc + 1) so later requests skip the 401 round trip. */
  private digest: DigestSession | undefined;

  constructor(options: StoreClientOptions = {}) {
    this.credentials = options.credentials;
    this.auth = options.auth ?? 'auto';
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
    this.onRetry = options.onRetry;
  }

  /** Sends the request, retrying as the policy allows; resolves with a 2xx answer, otherwise throws a StoreError. */
  async send(request: StoreRequest): Promise<StoreResponse> {
    const target = new URL(request.url);
    const credentials = this.credentials ?? credentialsInUrl(target);
    const url = stripCredentials(target);
    const shown = url.href;
    const secrets = secretForms(credentials);
    const started = this.now();
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let waitHint: number | undefined;
      let final: StoreError;
      try {
        const response = await this.exchange(request, url, credentials);
        if (response.status >= 200 && response.status < 300) return response;
        final = this.failureFor(response, shown, credentials, secrets);
        if (final.failure !== 'http' || !isRetryableStatus(response.status)) throw final;
        reason = `HTTP ${response.status}`;
        waitHint = retryAfterMs(response.headers.get('retry-after'));
      } catch (error) {
        if (error instanceof StoreError) throw error;
        reason = networkReason(error, this.timeoutMs);
        final = new StoreError('unreachable', `cannot reach ${shown}: ${reason}`, { url: shown, cause: error });
      }
      const delay = nextDelay(this.retry, attempt, this.now() - started, waitHint);
      if (delay === undefined) {
        if (attempt === 1) throw final;
        throw new StoreError(final.failure, `${final.message} (gave up after ${attempt} attempts)`, {
          url: shown,
          ...(final.status ? { status: final.status } : {}),
          cause: final.cause,
        });
      }
      this.onRetry?.({ attempt, delayMs: delay, reason, url: shown });
      await this.sleep(delay);
    }
  }

  /** One request, answering at most one fresh authentication challenge. */
  private async exchange(request: StoreRequest, url: URL, credentials: StoreCredentials | undefined): Promise<StoreResponse> {
    const first = this.preemptiveAuthorization(request.method, url, credentials);
    const response = await this.fetchOnce(request, url, first);
    if (response.status !== 401 || !credentials) return response;
    const challenges = parseChallenges(response.headers.get('www-authenticate'));
    const digest = this.auth !== 'basic' ? challenges.find((c) => c.scheme === 'digest' && !unsupportedDigest(c)) : undefined;
    if (digest) {
      this.digest = { challenge: digest, nc: 0, origin: url.origin };
      return this.fetchOnce(request, url, this.digestHeader(request.method, url, credentials));
    }
    const basicSent = first?.startsWith('Basic ');
    if (this.auth === 'auto' && !basicSent && challenges.some((c) => c.scheme === 'basic')) {
      return this.fetchOnce(request, url, basicAuthorization(credentials));
    }
    return response;
  }

  private preemptiveAuthorization(method: string, url: URL, credentials: StoreCredentials | undefined): string | undefined {
    if (!credentials) return undefined;
    if (this.auth === 'basic') return basicAuthorization(credentials);
    if (this.digest?.origin === url.origin) return this.digestHeader(method, url, credentials);
    return undefined;
  }

  private digestHeader(method: string, url: URL, credentials: StoreCredentials): string {
    const session = this.digest!;
    session.nc++;
    return digestAuthorization({
      challenge: session.challenge,
      method,
      uri: url.pathname + url.search,
      user: credentials.user,
      password: credentials.password,
      nc: session.nc,
    });
  }

  private async fetchOnce(request: StoreRequest, url: URL, authorization: string | undefined): Promise<StoreResponse> {
    const headers: Record<string, string> = { ...request.headers };
    if (authorization) headers['authorization'] = authorization;
    const response = await this.fetchImpl(url, {
      method: request.method,
      headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const limit = response.status >= 200 && response.status < 300 ? (request.maxBodyBytes ?? MAX_BODY_BYTES) : MAX_BODY_BYTES;
    return { status: response.status, headers: response.headers, body: await readPrefix(response, limit) };
  }

  private failureFor(
    response: StoreResponse,
    shown: string,
    credentials: StoreCredentials | undefined,
    secrets: readonly string[],
  ): StoreError {
    const { status } = response;
    const details = { url: shown, status };
    if (status === 401 || status === 403) {
      const offered = parseChallenges(response.headers.get('www-authenticate')).map((c) => c.scheme);
      const hint =
        status === 403
          ? 'the user may not be allowed to write'
          : !credentials
            ? 'the store asks for credentials'
            : offered.length &&
                !offered.some((s) =>
                  this.auth === 'basic' ? s === 'basic' : this.auth === 'digest' ? s === 'digest' : s === 'basic' || s === 'digest',
                )
              ? `the store offers ${offered.join(', ')} authentication`
              : 'wrong user or password';
      return new StoreError('auth', `authentication failed for ${shown} (HTTP ${status}: ${hint})`, details);
    }
    if (status >= 300 && status < 400) {
      const location = fromStore(response.headers.get('location') ?? '', secrets);
      const where =
        location === undefined
          ? ' (the address it gives repeats the credentials: not shown)'
          : location
            ? ` redirecting to ${firstLine(location)}`
            : '';
      return new StoreError('redirect', `${shown} answered HTTP ${status}${where}: give that URL instead`, details);
    }
    const text = fromStore(response.body, secrets);
    const said = text === undefined ? ' (its text repeats the credentials: not shown)' : firstLine(text) ? `: ${firstLine(text)}` : '';
    return new StoreError('http', `${shown} answered HTTP ${status}${said}`, details);
  }
}

function basicAuthorization(credentials: StoreCredentials): string {
  return `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`;
}

/** The first `limit` bytes of the body; the rest is not read (the stream is cancelled). */
async function readPrefix(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
  } finally {
    if (total >= limit) await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_SOCKET: 'the connection closed',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/**
 * Fetch reports connection problems as TypeError("fetch failed") with the system error as cause,
 * and a connection lost while the body is read as TypeError("terminated"): both are worth another
 * try. Anything else is a bug, thrown as it is.
 */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  if (!(error instanceof TypeError) || (error.message !== 'fetch failed' && error.message !== 'terminated')) throw error;
  const code = (error as { cause?: { code?: string } }).cause?.code;
  const reason =
    error.message === 'terminated' ? 'the connection closed during the answer' : ((code && NETWORK_REASONS[code]) ?? 'connection failed');
  return code ? `${reason} (${code})` : reason;
}

function firstLine(text: string): string {
  const line =
    text
      .replace(/<[^>]+>/g, ' ')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}
