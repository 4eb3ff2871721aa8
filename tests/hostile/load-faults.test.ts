import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, StoreClient, StoreError } from '../../src/store/index.js';
import { ROOT, cli } from '../helpers/cli.js';
import { answer, useFakeStore } from '../store/fake-store.js';

/**
 * A store that misbehaves: connections cut in the middle of an answer, endless error pages,
 * pages that echo the Authorization header, 401s, answers slower than the timeout.
 */
const startStore = useFakeStore();
const TRIG = `${ROOT}tests/fixtures/store/two-graphs.trig`;

const put = (url: string) => ({
  method: 'PUT' as const,
  url,
  headers: { 'content-type': 'application/n-triples' },
  body: '<urn:s> <urn:p> "o" .\n',
});

function quickClient(options: ConstructorParameters<typeof StoreClient>[0] = {}): { client: StoreClient; delays: number[] } {
  const delays: number[] = [];
  let clock = 0;
  const client = new StoreClient({ ...options, sleep: async (ms) => void delays.push((clock += ms) && ms), now: () => clock });
  return { client, delays };
}

describe('load against a faulty store', () => {
  it('retries a connection closed in the middle of an answer, then succeeds', async () => {
    let attempts = 0;
    const store = await startStore((_req, res) => {
      if (++attempts > 1) return answer(res, 204);
      res.writeHead(200, { 'content-length': '100' });
      res.write('abc');
      setTimeout(() => res.socket?.destroy(), 50);
    });
    const { client, delays } = quickClient();
    await expect(client.send(put(`${store.url}/store`))).resolves.toMatchObject({ status: 204 });
    expect(attempts).toBe(2);
    expect(delays).toHaveLength(1);
  });

  it('gives up on a store that always cuts the answer after a bounded number of tries, naming the URL', async () => {
    const store = await startStore((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('abc');
      setTimeout(() => res.socket?.destroy(), 50);
    });
    const { client } = quickClient({ retry: { tries: 3 } });
    const error = (await client.send(put(`${store.url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toBe(
      `cannot reach ${store.url}/store: the connection closed during the answer (UND_ERR_SOCKET) (gave up after 3 attempts)`,
    );
    expect(store.requests).toHaveLength(3);
  });

  it('reads only the first 64 KiB of a 300 MB error page', async () => {
    let written = 0;
    const store = await startStore((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1 << 20, 'x');
      const more = (): void => {
        while (written < 300 * (1 << 20) && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('close', () => undefined);
      more();
    });
    const { client } = quickClient({ retry: { tries: 1 } });
    const error = (await client.send(put(`${store.url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(error.message).toMatch(/answered HTTP 500: x{200}\.\.\.$/);
    // the client stopped reading long before the end: what the socket buffers is all that was sent
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(written).toBeLessThan(64 * (1 << 20));
    expect(MAX_BODY_BYTES).toBe(64 * 1024);
  });

  it('never prints credentials a page echoes, in any form, and keeps an ordinary word that is the password', async () => {
    const store = await startStore((req, res) =>
      answer(res, 500, `Authorization was ${String(req.headers['authorization'])}; password hunter2`),
    );
    const { client } = quickClient({ credentials: { user: 'ann', password: 'hunter2' }, auth: 'basic', retry: { tries: 1 } });
    const error = (await client.send(put(`${store.url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(error.message).toBe(`${store.url}/store answered HTTP 500 (its text repeats the credentials: not shown)`);

    const refuse = await startStore((_req, res) => answer(res, 401, 'wrong user or password', { 'www-authenticate': 'Basic realm="x"' }));
    const run = await cli(['load', TRIG, '--endpoint', `${refuse.url}/gsp`, '--user', 'ann', '--auth', 'basic'], {
      env: { NEWSKG_STORE_PASSWORD: 'wrong' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('(HTTP 401: wrong user or password)');
    expect(run.stderr).not.toMatch(/\*\*\*|d3Jvbmc|YW5uOndyb25n/);
  });

  it('retries an answer slower than the timeout, within the bound', async () => {
    const store = await startStore((_req, res) => void setTimeout(() => answer(res, 204), 1500));
    const { client, delays } = quickClient({ timeoutMs: 200, retry: { tries: 2 } });
    const error = (await client.send(put(`${store.url}/store`)).catch((e: unknown) => e)) as StoreError;
    expect(error.message).toBe(`cannot reach ${store.url}/store: no answer within 200 ms (gave up after 2 attempts)`);
    expect(delays).toHaveLength(1);
  });
});
