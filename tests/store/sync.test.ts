import { describe, expect, it } from 'vitest';
import { StoreClient, graphDigest, loadBlocks, loadStateOf } from '../../src/store/index.js';
import type { GraphBlock, LoadState } from '../../src/store/index.js';
import { answer, useFakeStore } from './fake-store.js';

const startStore = useFakeStore();
const client = () => new StoreClient({ sleep: async () => {} });

const block = (graph: string, ...lines: string[]): GraphBlock => ({
  graph,
  lines: lines.length ? lines : [`<${graph}> <urn:p> "${graph}" .`],
});
const digestOf = (b: GraphBlock) => graphDigest(b.lines);
const calls = (s: { requests: { method: string; url: string }[] }) => s.requests.map((r) => `${r.method} ${decodeURIComponent(r.url)}`);

describe('loading with the load state', () => {
  it('skips the graphs the store holds as they are and sends the changed ones with their digests', async () => {
    const s = await startStore((_req, res) => answer(res, 201));
    const state: LoadState = new Map([
      ['urn:a', digestOf(block('urn:a'))],
      ['urn:b', 'sha256:old'],
    ]);
    const result = await loadBlocks(
      [block('urn:a'), block('urn:b'), block('urn:c')],
      { protocol: 'gsp', url: `${s.url}/store` },
      client(),
      { state },
    );
    expect(result.unchanged).toBe(1);
    expect(result.loaded.map((g) => g.graph)).toEqual(['urn:b', 'urn:c']);
    // urn:b had a digest already: the bookkeeping graph is rewritten with one digest per graph
    expect(calls(s)).toEqual([
      'PUT /store?graph=urn:b',
      'PUT /store?graph=urn:c',
      'POST /store?graph=urn:newskg:load',
      'PUT /store?graph=urn:newskg:load',
    ]);
    expect(s.requests[3]!.body.trim().split('\n')).toEqual([
      `<urn:a> <urn:newskg:load#digest> "${digestOf(block('urn:a'))}" .`,
      `<urn:b> <urn:newskg:load#digest> "${digestOf(block('urn:b'))}" .`,
      `<urn:c> <urn:newskg:load#digest> "${digestOf(block('urn:c'))}" .`,
    ]);
  });

  it('--sync drops the graphs it loaded before that the inputs no longer hold, and no other', async () => {
    const s = await startStore((req, res) => answer(res, req.method === 'DELETE' && req.url.includes('gone-already') ? 404 : 200));
    const state: LoadState = new Map([
      ['urn:kept', digestOf(block('urn:kept'))],
      ['urn:removed', 'sha256:x'],
      ['urn:gone-already', 'sha256:y'],
    ]);
    const result = await loadBlocks([block('urn:kept')], { protocol: 'gsp', url: `${s.url}/store` }, client(), { state, sync: true });
    expect(result.dropped).toEqual(['urn:gone-already', 'urn:removed']);
    expect(result.failed).toEqual([]);
    expect(calls(s)).toEqual([
      'DELETE /store?graph=urn:gone-already',
      'DELETE /store?graph=urn:removed',
      'PUT /store?graph=urn:newskg:load',
    ]);
    expect(s.requests[2]!.body).toBe(`<urn:kept> <urn:newskg:load#digest> "${digestOf(block('urn:kept'))}" .\n`);
  });

  it('--sync drops nothing when an input could not be read', async () => {
    const s = await startStore((_req, res) => answer(res, 200));
    const state: LoadState = new Map([['urn:removed', 'sha256:x']]);
    const result = await loadBlocks([block('urn:new')], { protocol: 'gsp', url: `${s.url}/store` }, client(), {
      state,
      sync: true,
      inputsComplete: () => false,
    });
    expect(result.dropped).toEqual([]);
    expect(calls(s)).not.toContain('DELETE /store?graph=urn:removed');
  });

  it('over SPARQL Update, drops removed graphs and their digests in one request', async () => {
    const s = await startStore((_req, res) => answer(res, 200));
    await loadBlocks([], { protocol: 'update', url: `${s.url}/update`, prologue: '' }, client(), {
      state: new Map([['urn:old', 'sha256:x']]),
      sync: true,
    });
    expect(s.requests.map((r) => r.body)).toEqual([
      'DROP SILENT GRAPH <urn:old> ;\nDELETE WHERE { GRAPH <urn:newskg:load> { <urn:old> <urn:newskg:load#digest> ?digest } }\n',
    ]);
  });

  it('adds to a graph met again later in the inputs instead of replacing it, and marks its content unknown', async () => {
    const s = await startStore((_req, res) => answer(res, 201));
    const result = await loadBlocks(
      [block('urn:a', '<urn:s> <urn:p> "1" .'), block('urn:b'), block('urn:a', '<urn:s> <urn:p> "2" .')],
      { protocol: 'gsp', url: `${s.url}/store` },
      client(),
      { state: new Map() },
    );
    expect(result.loaded).toHaveLength(3);
    expect(calls(s).filter((c) => c.includes('urn:a'))).toEqual(['PUT /store?graph=urn:a', 'POST /store?graph=urn:a']);
    const written = s.requests
      .filter((r) => r.url.includes('newskg'))
      .map((r) => r.body)
      .join('');
    expect(loadStateOf(written).get('urn:a')).toBe('');
  });

  it('keeps at most --parallel requests in flight', async () => {
    let open = 0;
    let most = 0;
    const s = await startStore((_req, res) => {
      open++;
      most = Math.max(most, open);
      setTimeout(() => {
        open--;
        answer(res, 201);
      }, 20);
    });
    const blocks = Array.from({ length: 40 }, (_, i) => block(`urn:g${String(i).padStart(2, '0')}`));
    const result = await loadBlocks(blocks, { protocol: 'gsp', url: `${s.url}/store` }, client(), { parallel: 2 });
    expect(result.loaded).toHaveLength(40);
    expect(most).toBe(2);
  });
});

describe('loadStateOf', () => {
  it('reads one digest per graph, and none it can trust when a graph has two', () => {
    const state = loadStateOf(
      '<urn:a> <urn:newskg:load#digest> "sha256:1" .\n<urn:b>\t<urn:newskg:load#digest>\t"sha256:2" .\n<urn:b> <urn:newskg:load#digest> "sha256:3" .\n',
    );
    expect([...state]).toEqual([
      ['urn:a', 'sha256:1'],
      ['urn:b', ''],
    ]);
  });
});
