/**
 * HTTP Digest access authentication (RFC 7616) on node:crypto: MD5 (what Virtuoso
 * offers), SHA-256 and their -sess variants, with qop=auth or, for old servers, no qop.
 * Pure apart from the client nonce, which callers pass in for reproducible tests.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AuthChallenge } from './challenge.js';

const HASHES: Record<string, string> = { MD5: 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' };

export interface DigestInput {
  challenge: AuthChallenge;
  method: string;
  /** The request-target: path and query of the URL. */
  uri: string;
  user: string;
  password: string;
  /** Request counter for this nonce, starting at 1. */
  nc: number;
  cnonce?: string;
}

/** Why a Digest challenge cannot be answered, or undefined when it can. */
export function unsupportedDigest(challenge: AuthChallenge): string | undefined {
  const { algorithm, qop, nonce, realm } = challenge.params;
  if (nonce === undefined || realm === undefined) return 'the Digest challenge has no nonce or realm';
  if (!HASHES[baseAlgorithm(algorithm)]) return `Digest algorithm ${algorithm} is not supported (MD5, SHA-256, SHA-512-256)`;
  if (qop !== undefined && !qopOptions(qop).includes('auth')) return `Digest qop "${qop}" is not supported (only auth)`;
  return undefined;
}

/** The `Authorization` header value answering the challenge. */
export function digestAuthorization(input: DigestInput): string {
  const { challenge, method, uri, user, password, nc } = input;
  const params = challenge.params;
  const realm = params['realm'] ?? '';
  const nonce = params['nonce'] ?? '';
  const algorithm = params['algorithm'] ?? 'MD5';
  const hashName = HASHES[baseAlgorithm(algorithm)];
  if (!hashName) throw new Error(`Digest algorithm ${algorithm} is not supported`);
  const hash = (text: string) => createHash(hashName).update(text, 'utf8').digest('hex');
  const qop = params['qop'] !== undefined ? 'auth' : undefined;
  const cnonce = input.cnonce ?? randomBytes(16).toString('hex');
  const count = nc.toString(16).padStart(8, '0');

  let ha1 = hash(`${user}:${realm}:${password}`);
  if (/-sess$/i.test(algorithm)) ha1 = hash(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = hash(`${method}:${uri}`);
  const response = qop ? hash(`${ha1}:${nonce}:${count}:${cnonce}:${qop}:${ha2}`) : hash(`${ha1}:${nonce}:${ha2}`);

  const fields = [
    `username=${quote(user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${algorithm}`,
    `response=${quote(response)}`,
  ];
  if (params['opaque'] !== undefined) fields.push(`opaque=${quote(params['opaque'])}`);
  if (qop) fields.push(`qop=${qop}`, `nc=${count}`, `cnonce=${quote(cnonce)}`);
  return `Digest ${fields.join(', ')}`;
}

function baseAlgorithm(algorithm: string | undefined): string {
  return (algorithm ?? 'MD5').replace(/-sess$/i, '').toUpperCase();
}

function qopOptions(qop: string): string[] {
  return qop.split(',').map((q) => q.trim().toLowerCase());
}

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}
