import { describe, expect, it } from 'vitest';
import { StoreClient, StoreError } from '../../src/store/index.js';
import { answer, digestGuard, useFakeStore } from './fake-store.js';

const startStore = useFakeStore();

const put = (url: string) => ({
  method: 'PUT' as const,
  url,
  headers: { 'content-type': 'application/n-triples' },
  body: '<urn:s> <urn:p> "o" .\n',
});

/** A client that never really waits: the delays it would have slept are recorded. */
function quickClient(options: ConstructorParameters<typeof StoreClient>[0] = {}): { client: StoreClient; delays: number[] } {
  const delays: number[] = [];
  let clock = 0;
  const client = new StoreClient({
    ...options,
    sleep: async (ms) => {
      delays.push(ms);
      clock += ms;
    },
    now: () => clock,
  });
  return { client, delays };
}

describe('StoreClient authentication', () => {
  it('sends Basic credentials with the first request in basic mode', async () => {
    const s = await startStore((req, res) =>
      answer(res, req.headers['authorization'] === `Basic ${Buffer.from('ann:s3cret').toString('base64')}` ? 204 : 401),
    );
    const { client } = quickClient({ credentials: { user: 'ann', password: 's3cret' }, auth: 'basic' });
    await client.send(put(`${s.url}/store?graph=urn%3Ag`));
    expect(s.requests).toHaveLength(1);
  });

  it('answers a Digest MD5 challenge and the store accepts the response', async () => {
    const guard = digestGuard('dba', 'Circle of Life');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 201));
    const { client } = quickClient({ credentials: { user: 'dba', password: 'Circle of Life' } });
    const response = await client.send(put(`${s.url}/sparql-graph-crud-auth?graph=urn%3Ag`));
    expect(response.status).toBe(201);
    expect(s.requests.map((r) => r.headers['authorization']?.split(' ')[0])).toEqual([undefined, 'Digest']);
  });

  it('reuses the Digest nonce with a higher count, so later requests need no 401 round trip', async () => {
    const guard = digestGuard('dba', 'pw');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 201));
    const { client } = quickClient({ credentials: { user: 'dba', password: 'pw' }, auth: 'digest' });
    await client.send(put(`${s.url}/crud?graph=urn%3Aa`));
    await client.send(put(`${s.url}/crud?graph=urn%3Ab`));
    expect(s.requests).toHaveLength(3);
    expect(s.requests[2]!.headers['authorization']).toMatch(/nc=00000002/);
  });

  it('answers a Basic challenge in auto mode', async () => {
    const s = await startStore((req, res) =>
      req.headers['authorization'] === `Basic ${Buffer.from('ann:pw').toString('base64')}`
        ? answer(res, 204)
        : answer(res, 401, '', { 'www-authenticate': 'Basic realm="store"' }),
    );
    const { client } = quickClient({ credentials: { user: 'ann', password: 'pw' } });
    await client.send(put(`${s.url}/store`));
    expect(s.requests).toHaveLength(2);
  });

  it('fails with an authentication error on a wrong password, without retrying', async () => {
    const guard = digestGuard('dba', 'right');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 201));
    const { client, delays } = quickClient({ credentials: { user: 'dba', password: 'wrong' } });
    const error = await client.send(put(`${s.url}/crud?graph=urn%3Ag`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).failure).toBe('auth');
    expect((error as StoreError).code).toBe('STORE_AUTH');
    expect((error as StoreError).message).toBe(`authentication failed for ${s.url}/crud?graph=urn%3Ag (HTTP 401: wrong user or password)`);
    expect(delays).toEqual([]);
  });

  it('says when the store asks for a scheme the chosen --auth does not speak', async () => {
    const guard = digestGuard('dba', 'pw');
    const s = await startStore((req, res) => guard(req, res) && answer(res, 201));
    const { client } = quickClient({ credentials: { user: 'dba', password: 'pw' }, auth: 'basic' });
    await expect(client.send(put(`${s.url}/crud`))).rejects.toThrow('(HTTP 401: the store offers digest authentication)');
  });

  it('says credentials are needed when none were given', async () => {
    const s = await startStore((_req, res) => answer(res, 401, '', { 'www-authenticate': 'Basic realm="x"' }));
    const { client } = quickClient();
    await expect(client.send(put(`${s.url}/crud`))).rejects.toThrow('(HTTP 401: the store asks for credentials)');
  });
});

describe('StoreClient retries', () => {
  it('retries a 503 with growing waits and returns the success that follows', async () => {
    let calls = 0;
    const s = await startStore((_req, res) => answer(res, ++calls < 3 ? 503 : 204));
    const { client, delays } = quickClient();
    const response = await client.send(put(`${s.url}/store`));
    expect(response.status).toBe(204);
    expect(delays).toEqual([500, 1000]);
  });

  it('gives up after the configured number of tries and says how many', async () => {
    const s = await startStore((_req, res) => answer(res, 503, 'Service Unavailable'));
    const { client, delays } = quickClient({ retry: { tries: 3 } });
    await expect(client.send(put(`${s.url}/store`))).rejects.toThrow(
      `${s.url}/store answered HTTP 503: Service Unavailable (gave up after 3 attempts)`,
    );
    expect(s.requests).toHaveLength(3);
    expect(delays).toEqual([500, 1000]);
  });

  it('stops before the total time bound even when tries are left', async () => {
    const s = await startStore((_req, res) => answer(res, 502));
    const { client, delays } = quickClient({ retry: { tries: 10, maxElapsedMs: 10_000 } });
    await expect(client.send(put(`${s.url}/store`))).rejects.toThrow(/gave up after 5 attempts/);
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10_000);
  });

  it('retries a refused connection and reports the system error', async () => {
    const s = await startStore((_req, res) => answer(res, 204));
    const url = `${s.url}/store`;
    await s.stop();
    const { client, delays } = quickClient({ retry: { tries: 2 } });
    const error = await client.send(put(url)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'STORE_UNREACHABLE',
      message: `cannot reach ${url}: connection refused (ECONNREFUSED) (gave up after 2 attempts)`,
    });
    expect(delays).toEqual([500]);
  });

  it('does not retry a 400, and shows the first line of the store message', async () => {
    const s = await startStore((_req, res) => answer(res, 400, 'Virtuoso 37000 Error SP030: syntax error\nmore detail'));
    const { client, delays } = quickClient();
    await expect(client.send(put(`${s.url}/store`))).rejects.toThrow(/answered HTTP 400: Virtuoso 37000 Error SP030: syntax error$/);
    expect(delays).toEqual([]);
  });

  it('does not follow redirects to another address', async () => {
    const s = await startStore((_req, res) => answer(res, 307, '', { location: 'http://elsewhere.invalid/store' }));
    const { client } = quickClient();
    await expect(client.send(put(`${s.url}/store`))).rejects.toThrow('redirecting to http://elsewhere.invalid/store');
    expect(s.requests).toHaveLength(1);
  });
});

describe('StoreClient redaction', () => {
  it('uses credentials written in the URL but never shows them in an error', async () => {
    const s = await startStore((_req, res) => answer(res, 401, '', { 'www-authenticate': 'Basic realm="x"' }));
    const url = s.url.replace('http://', 'http://ann:hunter2@');
    const { client } = quickClient();
    const error = (await client.send(put(`${url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(s.requests.at(-1)!.headers['authorization']).toBe(`Basic ${Buffer.from('ann:hunter2').toString('base64')}`);
    expect(error.message).not.toMatch(/hunter2|ann:/);
    expect(error.url).toBe(`${s.url}/store`);
  });

  it('withholds an error page that echoes the password, rather than starring the password out', async () => {
    const s = await startStore((_req, res) => answer(res, 400, 'bad request from user ann with password hunter2'));
    const { client } = quickClient({ credentials: { user: 'ann', password: 'hunter2' }, auth: 'basic' });
    const error = (await client.send(put(`${s.url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(error.message).toBe(`${s.url}/store answered HTTP 400 (its text repeats the credentials: not shown)`);
  });
});
