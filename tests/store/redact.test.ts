import { describe, expect, it } from 'vitest';
import { credentialsInUrl, fromStore, redactUserinfo, secretForms, stripCredentials } from '../../src/store/index.js';

describe('redactUserinfo', () => {
  it('hides user and password written into a URL inside a message', () => {
    expect(redactUserinfo('cannot reach http://dba:s3cret@127.0.0.1:8890/sparql-auth: ECONNREFUSED')).toBe(
      'cannot reach http://***@127.0.0.1:8890/sparql-auth: ECONNREFUSED',
    );
  });

  it('hides user-info quoted without a scheme, as an option parser echoes a malformed URL', () => {
    expect(redactUserinfo("argument 'alice:S3cr3t@127.0.0.1/x' is invalid")).toBe("argument '***@127.0.0.1/x' is invalid");
  });

  it('leaves e-mail addresses, ratios and text without credentials as they are', () => {
    const text = 'write to news@example.org; odds 3:1; https://w3id.org/newskg/id/article/1 (12 triples)';
    expect(redactUserinfo(text)).toBe(text);
  });
});

describe('fromStore', () => {
  const secrets = secretForms({ user: 'ann', password: 'p@ss/word' });

  it('withholds a page that repeats the password in any form, rather than starring the password out', () => {
    expect(fromStore('password p@ss/word rejected', secrets)).toBeUndefined();
    expect(fromStore('url http://h/?pw=p%40ss%2Fword', secrets)).toBeUndefined();
    expect(fromStore(`credentials ${Buffer.from('ann:p@ss/word').toString('base64')} refused`, secrets)).toBeUndefined();
  });

  it('cuts an echoed Authorization header whatever the credentials', () => {
    expect(fromStore('Error: header was Authorization: Basic YWxpY2U6UzNjcjN0UHc=', [])).toBe('Error: header was Authorization: ***');
    expect(fromStore('got Digest username="ann", realm="x", response="6629fae49393a05397450978507c4ef1"', [])).not.toMatch(/6629fae4/);
  });

  it('keeps a page that holds no credential, ordinary words included', () => {
    const wrong = secretForms({ user: 'ann', password: 'wrong' });
    expect(fromStore('No such graph', wrong)).toBe('No such graph');
  });
});

describe('credentials in URLs', () => {
  it('reads them decoded and strips them for the request', () => {
    const url = new URL('http://ann:p%40ss@localhost:7878/store');
    expect(credentialsInUrl(url)).toEqual({ user: 'ann', password: 'p@ss' });
    expect(stripCredentials(url).href).toBe('http://localhost:7878/store');
  });

  it('keeps a "%" that starts no escape as it is', () => {
    expect(credentialsInUrl(new URL('http://ann:100%25off@localhost/'))).toEqual({ user: 'ann', password: '100%off' });
  });
});
