import { afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void;

/** A store stand-in on 127.0.0.1 that records every request and answers with the handler. */
export class FakeStore {
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server;

  private constructor(handler: Handler) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const recorded = {
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(recorded);
        handler(recorded, res);
      });
    });
  }

  static async start(handler: Handler): Promise<FakeStore> {
    const store = new FakeStore(handler);
    await new Promise<void>((resolve) => store.server.listen(0, '127.0.0.1', resolve));
    return store;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export function answer(response: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  response.writeHead(status, headers);
  response.end(body);
}

/** Server side of RFC 7616 Digest with MD5 and qop=auth, written independently of src/store/digest.ts. */
export function digestGuard(
  user: string,
  password: string,
  realm = 'SPARQL',
): (request: RecordedRequest, response: ServerResponse) => boolean {
  const nonce = 'dcd98b7102dd2f0e8b11d0f600bfb0c093';
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  return (request, response) => {
    const header = request.headers['authorization'] ?? '';
    const fields = Object.fromEntries([...header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)].map((m) => [m[1], m[2] ?? m[3]]));
    const expected = md5(
      `${md5(`${user}:${realm}:${password}`)}:${nonce}:${fields['nc']}:${fields['cnonce']}:auth:${md5(`${request.method}:${fields['uri']}`)}`,
    );
    if (header.startsWith('Digest ') && fields['username'] === user && fields['uri'] === request.url && fields['response'] === expected)
      return true;
    answer(response, 401, '', {
      'www-authenticate': `Digest realm="${realm}", nonce="${nonce}", opaque="5ebe2294", qop="auth", algorithm="MD5"`,
    });
    return false;
  };
}

/**
 * One fake store per test: `const startStore = useFakeStore();` registers an afterEach that
 * stops whatever store the test started.
 */
export function useFakeStore(): (handler: Handler) => Promise<FakeStore> {
  let store: FakeStore | undefined;
  afterEach(async () => {
    await store?.stop();
    store = undefined;
  });
  return async (handler) => (store = await FakeStore.start(handler));
}

/**
 * Virtuoso's side of `--protocol virtuoso` as far as newskg sees it: DROP updates, N-Quads bodies
 * posted with the loading query (each quad line counted for its graph, `keep` of them at most per
 * request, or `keep(n)` in the n-th loading request, from 1), the count query answered from those
 * counts; everything else answered 200.
 */
export function virtuosoStandIn(keep: number | ((request: number) => number) = Infinity): Handler {
  const held = new Map<string, number>();
  let loads = 0;
  return (request, response) => {
    const url = new URL(request.url, 'http://store');
    if (url.searchParams.has('query')) {
      const limit = typeof keep === 'number' ? keep : keep(++loads);
      let kept = 0;
      for (const line of request.body.split('\n').filter(Boolean)) {
        if (kept++ >= limit) break;
        const graph = /<([^<>]*)> \.$/.exec(line)![1]!;
        held.set(graph, (held.get(graph) ?? 0) + 1);
      }
      return answer(response, 200, 'loaded\n0\n');
    }
    const query = request.body.startsWith('query=') ? new URLSearchParams(request.body).get('query')! : '';
    if (query.startsWith('SELECT ?g ')) {
      const graphs = new Set([...query.matchAll(/GRAPH <([^<>]*)>/g)].map((m) => m[1]!));
      const bindings = [...graphs].filter((g) => held.get(g)).map((g) => ({ g: { type: 'uri', value: g } }));
      return answer(response, 200, JSON.stringify({ head: { vars: ['g'] }, results: { bindings } }));
    }
    if (query.includes('COUNT(*)')) {
      const graphs = [...query.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!);
      const n = graphs.reduce((sum, g) => sum + (held.get(g) ?? 0), 0);
      return answer(
        response,
        200,
        JSON.stringify({ head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'literal', value: String(n) } }] } }),
      );
    }
    for (const [, graph] of request.body.matchAll(/DROP SILENT GRAPH <([^<>]*)>/g)) held.delete(graph!);
    answer(response, request.method === 'GET' ? 404 : 200);
  };
}
