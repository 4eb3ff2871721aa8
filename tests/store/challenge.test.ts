import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/store/index.js';

describe('parseChallenges', () => {
  it('reads the Digest challenge Virtuoso sends', () => {
    const header = 'Digest realm="SPARQL", domain="/sparql-auth", nonce="fa68", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"';
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'digest',
        params: { realm: 'SPARQL', domain: '/sparql-auth', nonce: 'fa68', opaque: '5ebe', stale: 'false', qop: 'auth', algorithm: 'MD5' },
      },
    ]);
  });

  it('splits several challenges in one header (as fetch joins repeated headers)', () => {
    expect(parseChallenges('Digest realm="a, b", nonce="n", Basic realm="store"').map((c) => [c.scheme, c.params['realm']])).toEqual([
      ['digest', 'a, b'],
      ['basic', 'store'],
    ]);
  });

  it('unescapes quoted values and accepts unquoted tokens', () => {
    expect(parseChallenges('Basic realm="say \\"hi\\"", charset=UTF-8')[0]!.params).toEqual({ realm: 'say "hi"', charset: 'UTF-8' });
  });

  it('returns nothing for a missing header', () => {
    expect(parseChallenges(null)).toEqual([]);
  });
});
