import { describe, expect, it } from 'vitest';
import { credentialsInUrl, redact, stripCredentials } from '../../src/store/index.js';

describe('redact', () => {
  it('hides user and password written into a URL inside a message', () => {
    expect(redact('cannot reach http://dba:s3cret@127.0.0.1:8890/sparql-auth: ECONNREFUSED')).toBe('cannot reach http://***@127.0.0.1:8890/sparql-auth: ECONNREFUSED');
  });

  it('hides a known password wherever it appears, URL-encoded too', () => {
    expect(redact('password p@ss/word rejected; url http://h/?pw=p%40ss%2Fword', ['p@ss/word'])).toBe('password *** rejected; url http://h/?pw=***');
  });

  it('leaves text without credentials as it is', () => {
    expect(redact('https://w3id.org/newskg/id/article/1 (12 triples)', [undefined, ''])).toBe('https://w3id.org/newskg/id/article/1 (12 triples)');
  });
});

describe('credentials in URLs', () => {
  it('reads them decoded and strips them for the request', () => {
    const url = new URL('http://ann:p%40ss@localhost:7878/store');
    expect(credentialsInUrl(url)).toEqual({ user: 'ann', password: 'p@ss' });
    expect(stripCredentials(url).href).toBe('http://localhost:7878/store');
  });
});
