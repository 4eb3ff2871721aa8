import { describe, expect, it } from 'vitest';
import { StoreClient, VIRTUOSO_LOAD_QUERY, graphDigest, loadBlocks, virtuosoGraphStore } from '../../src/store/index.js';
import type { GraphBlock, LoadState } from '../../src/store/index.js';
import { answer, useFakeStore, virtuosoStandIn } from './fake-store.js';

const startStore = useFakeStore();
const client = () => new StoreClient({ sleep: async () => {} });

const block = (graph: string, ...lines: string[]): GraphBlock => ({
  graph,
  lines: lines.length ? lines : [`<urn:s> <urn:p> "${graph}" .`],
});
const calls = (s: { requests: { method: string; url: string }[] }) =>
  s.requests.map((r) => {
    const url = new URL(r.url, 'http://store');
    if (url.searchParams.get('query') === VIRTUOSO_LOAD_QUERY) url.searchParams.set('query', 'LOAD');
    return `${r.method} ${decodeURIComponent(url.pathname + url.search)}`;
  });

describe('--protocol virtuoso', () => {
  it('asks which of a batch’s graphs the store holds, sends their triples as one N-Quads body, counts them, then records their digests', async () => {
    const s = await startStore(virtuosoStandIn());
    const state: LoadState = new Map();
    const blocks = [block('urn:a'), block('urn:b', '<urn:s> <urn:p> "x" .', '<urn:s> <urn:q> <urn:o> .')];
    const result = await loadBlocks(
      blocks,
      { protocol: 'virtuoso', url: `${s.url}/sparql-auth`, graphStore: `${s.url}/sparql-graph-crud-auth` },
      client(),
      { state },
    );
    expect(result.loaded).toEqual([
      { graph: 'urn:a', triples: 1 },
      { graph: 'urn:b', triples: 2 },
    ]);
    // a store that holds neither graph: nothing to drop
    expect(calls(s)).toEqual([
      'POST /sparql-auth',
      'POST /sparql-auth?query=LOAD',
      'POST /sparql-auth',
      'POST /sparql-graph-crud-auth?graph=urn:newskg:load',
    ]);
    expect(new URLSearchParams(s.requests[0]!.body).get('query')).toBe(
      'SELECT ?g WHERE { { SELECT (<urn:a> AS ?g) WHERE { GRAPH <urn:a> { ?s ?p ?o } } LIMIT 1 } UNION { SELECT (<urn:b> AS ?g) WHERE { GRAPH <urn:b> { ?s ?p ?o } } LIMIT 1 } }',
    );
    expect(new URLSearchParams(s.requests[2]!.body).get('query')).toBe(
      'SELECT (COUNT(*) AS ?n) WHERE { { GRAPH <urn:a> { ?s ?p ?o } } UNION { GRAPH <urn:b> { ?s ?p ?o } } }',
    );
    expect(s.requests[1]!.headers['content-type']).toBe('application/n-quads; charset=utf-8');
    expect(s.requests[1]!.body).toBe(
      ['<urn:s> <urn:p> "urn:a" <urn:a> .', '<urn:s> <urn:p> "x" <urn:b> .', '<urn:s> <urn:q> <urn:o> <urn:b> .', ''].join('\n'),
    );
    expect(s.requests[3]!.body).toContain(`<urn:b> <urn:newskg:load#digest> "${graphDigest(blocks[1]!.lines)}" .`);
  });

  it('replaces a graph the store holds: drops it (and only the held ones) before loading the new triples', async () => {
    const s = await startStore(virtuosoStandIn());
    const target = { protocol: 'virtuoso' as const, url: `${s.url}/sparql-auth`, graphStore: `${s.url}/crud` };
    await loadBlocks([block('urn:a', '<urn:s> <urn:p> "old" .', '<urn:s> <urn:q> "old" .')], target, client());
    const before = s.requests.length;
    const result = await loadBlocks([block('urn:a', '<urn:s> <urn:p> "new" .'), block('urn:b')], target, client());
    expect(result.failed).toEqual([]);
    expect(result.loaded).toEqual([
      { graph: 'urn:a', triples: 1 },
      { graph: 'urn:b', triples: 1 },
    ]);
    const updates = s.requests.slice(before).filter((r) => r.body.startsWith('DROP'));
    expect(updates.map((r) => r.body)).toEqual(['DROP SILENT GRAPH <urn:a>\n']);
  });

  it('drops every graph of the batch when the store’s answer to which it holds cannot be read', async () => {
    const standIn = virtuosoStandIn();
    const s = await startStore((req, res) =>
      new URLSearchParams(req.body).get('query')?.startsWith('SELECT ?g ') ? answer(res, 200, 'not json') : standIn(req, res),
    );
    await loadBlocks(
      [block('urn:a'), block('urn:b')],
      { protocol: 'virtuoso', url: `${s.url}/sparql-auth`, graphStore: `${s.url}/crud` },
      client(),
    );
    expect(s.requests.filter((r) => r.body.startsWith('DROP')).map((r) => r.body)).toEqual([
      'DROP SILENT GRAPH <urn:a> ;\nDROP SILENT GRAPH <urn:b>\n',
    ]);
  });

  it('sends a graph that may hold blank nodes in a body of its own, where its labels cannot meet another graph’s', async () => {
    const s = await startStore(virtuosoStandIn());
    await loadBlocks(
      [block('urn:a'), block('urn:b', '_:b0 <urn:p> "x" .'), block('urn:c')],
      { protocol: 'virtuoso', url: `${s.url}/sparql`, graphStore: `${s.url}/sparql-graph-crud` },
      client(),
    );
    const bodies = s.requests.filter((r) => r.url.includes('query=')).map((r) => r.body);
    expect(bodies).toEqual(['<urn:s> <urn:p> "urn:a" <urn:a> .\n<urn:s> <urn:p> "urn:c" <urn:c> .\n', '_:b0 <urn:p> "x" <urn:b> .\n']);
  });

  it('records no digest for the graphs of a refused request, and goes on with the next batch', async () => {
    const standIn = virtuosoStandIn();
    const s = await startStore((req, res) => (req.body.includes('"urn:a"') ? answer(res, 400, 'SP029: syntax error') : standIn(req, res)));
    const blocks = Array.from({ length: 17 }, (_, i) => block(`urn:${String.fromCharCode(97 + i)}`));
    const result = await loadBlocks(blocks, { protocol: 'virtuoso', url: `${s.url}/sparql-auth`, graphStore: `${s.url}/crud` }, client(), {
      state: new Map(),
    });
    // the first 16 graphs share the refused request; the 17th goes in the next one
    expect(result.failed.map((f) => f.graph)).toEqual(blocks.slice(0, 16).map((b) => b.graph));
    expect(result.loaded.map((g) => g.graph)).toEqual(['urn:q']);
    const digests = s.requests.filter((r) => r.url.startsWith('/crud')).map((r) => r.body);
    expect(digests).toEqual([`<urn:q> <urn:newskg:load#digest> "${graphDigest(blocks[16]!.lines)}" .\n`]);
  });

  it('sends a request again, once, when the store answered 200 and kept nothing of it', async () => {
    const s = await startStore(virtuosoStandIn((n) => (n === 1 ? 0 : Infinity)));
    const blocks = [block('urn:a'), block('urn:b', '<urn:s> <urn:p> "x" .', '<urn:s> <urn:q> <urn:o> .')];
    const resent: unknown[] = [];
    const result = await loadBlocks(blocks, { protocol: 'virtuoso', url: `${s.url}/sparql-auth`, graphStore: `${s.url}/crud` }, client(), {
      state: new Map(),
      onResent: (...args) => resent.push(args),
    });
    expect(resent).toEqual([[2, 0, 3]]);
    expect(result.failed).toEqual([]);
    expect(result.loaded.map((g) => g.graph)).toEqual(['urn:a', 'urn:b']);
    expect(s.requests.filter((r) => new URL(r.url, 'http://store').searchParams.has('query'))).toHaveLength(2);
    // the second attempt drops the graphs first, in case the store kept part of the first
    expect(s.requests.filter((r) => r.body.includes('DROP SILENT GRAPH <urn:a>'))).toHaveLength(1);
  });

  it('fails the graphs of a request whose triples the store did not all keep, though it answered 200, twice', async () => {
    const s = await startStore(virtuosoStandIn(2));
    const result = await loadBlocks(
      [block('urn:a'), block('urn:b', '<urn:s> <urn:p> "x" .', '<urn:s> <urn:q> <urn:o> .')],
      { protocol: 'virtuoso', url: `${s.url}/sparql-auth`, graphStore: `${s.url}/crud` },
      client(),
      { state: new Map() },
    );
    expect(result.loaded).toEqual([]);
    expect(result.failed.map((f) => f.graph)).toEqual(['urn:a', 'urn:b']);
    expect(result.failed[0]!.error.message).toContain('holds 2 of the 3 triples sent');
    expect(result.failed[0]!.error.message).toContain('after 2 attempts');
    expect(s.requests.some((r) => r.url.startsWith('/crud'))).toBe(false);
  });

  it('finds the Graph Store beside the SPARQL endpoint by Virtuoso’s own paths', () => {
    expect(virtuosoGraphStore(new URL('http://h:8890/sparql-auth'))?.href).toBe('http://h:8890/sparql-graph-crud-auth');
    expect(virtuosoGraphStore(new URL('http://h:8890/sparql/'))?.href).toBe('http://h:8890/sparql-graph-crud');
    expect(virtuosoGraphStore(new URL('http://h:8890/proxy/store'))).toBeUndefined();
  });
});
