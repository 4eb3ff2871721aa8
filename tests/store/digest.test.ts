import { describe, expect, it } from 'vitest';
import { digestAuthorization, parseChallenges } from '../../src/store/index.js';
import { unsupportedDigest } from '../../src/store/digest.js';

// RFC 7616 §3.9.1: the same request answered with SHA-256 and with MD5
const RFC7616 =
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=%ALG%, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
const input = {
  method: 'GET',
  uri: '/dir/index.html',
  user: 'Mufasa',
  password: 'Circle of Life',
  nc: 1,
  cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
};

function responseOf(header: string): string | undefined {
  return header.match(/response="([0-9a-f]+)"/)?.[1];
}

describe('digestAuthorization', () => {
  it('computes the RFC 7616 MD5 example response', () => {
    const challenge = parseChallenges(RFC7616.replace('%ALG%', 'MD5'))[0]!;
    expect(responseOf(digestAuthorization({ ...input, challenge }))).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('computes the RFC 7616 SHA-256 example response', () => {
    const challenge = parseChallenges(RFC7616.replace('%ALG%', 'SHA-256'))[0]!;
    expect(responseOf(digestAuthorization({ ...input, challenge }))).toBe(
      '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1',
    );
  });

  it('computes the RFC 2617 example response (MD5 without an algorithm parameter)', () => {
    const challenge = parseChallenges(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    )[0]!;
    const header = digestAuthorization({
      challenge,
      method: 'GET',
      uri: '/dir/index.html',
      user: 'Mufasa',
      password: 'Circle Of Life',
      nc: 1,
      cnonce: '0a4f113b',
    });
    expect(responseOf(header)).toBe('6629fae49393a05397450978507c4ef1');
  });

  it('writes the fields a server checks: qop and nc unquoted, opaque echoed', () => {
    const challenge = parseChallenges(RFC7616.replace('%ALG%', 'MD5'))[0]!;
    const header = digestAuthorization({ ...input, challenge, nc: 10 });
    expect(header).toMatch(
      /^Digest username="Mufasa", realm="http-auth@example.org", nonce="7ypf[^"]+", uri="\/dir\/index.html", algorithm=MD5, response="[0-9a-f]{32}", opaque="FQhe[^"]+", qop=auth, nc=0000000a, cnonce="f2\/wE4/,
    );
  });

  it('answers an old server that offers no qop (RFC 2069 form)', () => {
    const challenge = parseChallenges('Digest realm="r", nonce="n"')[0]!;
    const header = digestAuthorization({ ...input, challenge });
    expect(header).not.toMatch(/qop=|nc=|cnonce=/);
  });

  it('refuses a challenge it cannot answer and says why', () => {
    expect(unsupportedDigest(parseChallenges('Digest realm="r", nonce="n", qop="auth-int"')[0]!)).toBe(
      'Digest qop "auth-int" is not supported (only auth)',
    );
    expect(unsupportedDigest(parseChallenges('Digest realm="r", nonce="n", algorithm=SHA-1')[0]!)).toMatch(/SHA-1 is not supported/);
  });
});
