import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/batch/index.js';
import type { CorpusEntry } from '../../src/batch/index.js';
import { SETTINGS, WORKER_URL, article, articleItem, failureItem, sourceOf } from './helpers.js';

async function run(items: Parameters<typeof sourceOf>[0], jobs: number): Promise<CorpusEntry[]> {
  const entries: CorpusEntry[] = [];
  for await (const entry of runCorpus(sourceOf(items), { jobs, settings: SETTINGS, workerUrl: WORKER_URL })) entries.push(entry);
  return entries;
}

const corpus = [
  articleItem('a.txt', article(0)),
  failureItem('b.txt'),
  articleItem('c.txt', article(1)),
  articleItem('d.txt', 'x'),
  articleItem('e.txt', article(2)),
];

describe('runCorpus', () => {
  it('yields one entry per item, in input order, read failures in their place', async () => {
    const entries = await run(corpus, 2);
    expect(entries.map((e) => e.item.id)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
    expect(entries[1]!.outcome).toBeUndefined();
    expect(entries.map((e) => e.outcome?.ok)).toEqual([true, undefined, true, false, true]);
  });

  it('names the stage an article failed in', async () => {
    const entries = await run(corpus, 2);
    expect(entries[3]!.outcome).toMatchObject({ ok: false, stage: 'ingest', code: 'INPUT_NO_ARTICLE' });
  });

  it('gives the same N-Quads on worker threads as in process', async () => {
    const text = (value: Uint8Array | undefined) => (value === undefined ? value : new TextDecoder().decode(value));
    const nquads = (entries: CorpusEntry[]) => entries.map((e) => (e.outcome?.ok ? text(e.outcome.serialized.nquads) : null));
    const [inProcess, pooled] = [await run(corpus, 1), await run(corpus, 2)];
    expect(nquads(pooled)).toEqual(nquads(inProcess));
    expect(nquads(pooled)[0]).toMatch(/^<https:\/\/example\.org\/news\/article\//);
  });

  it('times every stage of a processed article', async () => {
    const [entry] = await run([articleItem('a.txt', article(0))], 1);
    const timings = entry!.outcome!.timings;
    expect(Object.keys(timings).sort()).toEqual(['extract', 'ingest', 'model', 'serialize', 'validate']);
    expect(Object.values(timings).every((ms) => ms >= 0)).toBe(true);
  });

  it('fails the run when the worker entry cannot start', async () => {
    const items = [articleItem('a.txt', article(0)), articleItem('b.txt', article(1))];
    const attempt = async () => {
      for await (const _ of runCorpus(sourceOf(items), {
        jobs: 2,
        settings: SETTINGS,
        workerUrl: new URL('file:///nonexistent/worker.js'),
      }))
        void _;
    };
    await expect(attempt()).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
