import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { StoreClient, loadGraphs } from '../../src/store/index.js';
import type { GraphBatches } from '../../src/store/index.js';
import { answer, useFakeStore } from './fake-store.js';

const { namedNode, literal, quad } = DataFactory;

const startStore = useFakeStore();

function batches(...graphs: string[]): GraphBatches {
  return new Map(graphs.map((g) => [g, [quad(namedNode('urn:s'), namedNode('urn:p'), literal(g), namedNode(g))]]));
}

const client = () => new StoreClient({ sleep: async () => {} });

describe('loadGraphs', () => {
  it('PUTs every graph once, in IRI order, and counts their triples', async () => {
    const s = await startStore((_req, res) => answer(res, 201));
    const result = await loadGraphs(batches('urn:b', 'urn:a'), { protocol: 'gsp', url: `${s.url}/store` }, client());
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['PUT /store?graph=urn%3Aa', 'PUT /store?graph=urn%3Ab']);
    expect(result.loaded).toEqual([
      { graph: 'urn:a', triples: 1 },
      { graph: 'urn:b', triples: 1 },
    ]);
  });

  it('asks the update endpoint with an empty update first, then sends one update per graph', async () => {
    const s = await startStore((_req, res) => answer(res, 200));
    await loadGraphs(batches('urn:a'), { protocol: 'update', url: `${s.url}/update` }, client());
    expect(s.requests.map((r) => r.body)).toEqual([
      'INSERT DATA { }\n',
      'DROP SILENT GRAPH <urn:a> ;\nINSERT DATA { GRAPH <urn:a> {\n<urn:s> <urn:p> "urn:a" .\n} }\n',
    ]);
  });

  it("adds Virtuoso's bulk-constant pragma once the store says it is Virtuoso", async () => {
    const s = await startStore((_req, res) => answer(res, 200, '', { server: 'Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu' }));
    await loadGraphs(batches('urn:a'), { protocol: 'update', url: `${s.url}/sparql-auth` }, client());
    expect(s.requests[1]!.body.startsWith('DEFINE sql:big-data-const 1\nDROP SILENT GRAPH <urn:a>')).toBe(true);
  });

  it('goes on after one graph is refused, and stops at an authentication failure', async () => {
    const s = await startStore((req, res) =>
      req.url.includes('urn%3Ab') ? answer(res, 400, 'bad data') : req.url.includes('urn%3Ac') ? answer(res, 401) : answer(res, 201),
    );
    const result = await loadGraphs(batches('urn:a', 'urn:b', 'urn:c', 'urn:d'), { protocol: 'gsp', url: `${s.url}/store` }, client());
    expect(result.loaded.map((g) => g.graph)).toEqual(['urn:a']);
    expect(result.failed.map((f) => [f.graph, f.error.failure])).toEqual([
      ['urn:b', 'http'],
      ['urn:c', 'auth'],
    ]);
    expect(result.skipped).toEqual(['urn:d']);
  });
});

describe('loadGraphs over SPARQL Update', () => {
  it('tries no graph when the store refuses even an empty update', async () => {
    const s = await startStore((_req, res) => answer(res, 400, 'SR186: No permission to execute procedure'));
    const result = await loadGraphs(batches('urn:a', 'urn:b'), { protocol: 'update', url: `${s.url}/sparql` }, client());
    expect(s.requests).toHaveLength(1);
    expect(result.failed.map((f) => f.error.message)).toEqual([
      `${s.url}/sparql answered HTTP 400: SR186: No permission to execute procedure`,
    ]);
    expect(result.skipped).toEqual(['urn:b']);
  });
});
