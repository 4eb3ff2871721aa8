import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { ROOT, cli } from '../helpers/cli.js';
import { datasetOf, select } from '../query/helpers.js';

// Three articles written for this test: two report Baltic Shipping Group's purchase of Nord
// Terminal on June 3, 2024 (a news report naming "Anna Kowalska", an analysis naming "Ms Kowalska",
// both the group's chief executive); the third reports another purchase.
const DIR = join(ROOT, 'tests/fixtures/corpus-links');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(DIR, f));
const scratch = (): string => mkdtempSync(join(tmpdir(), 'newskg-links-'));

const KOWALSKA = 'https://w3id.org/newskg/id/actor/person/kowalska';
const ANNA_KOWALSKA = 'https://w3id.org/newskg/id/actor/person/anna-kowalska';

async function exportStream(jobs: string): Promise<string> {
  const out = join(scratch(), 'corpus.nq');
  const run = await cli(['export', ...FILES, '--nquads', out, '-j', jobs, '-q']);
  if (run.status !== 0) throw new Error(run.stderr);
  return readFileSync(out, 'utf8');
}

describe('newskg export: the corpus links graph', () => {
  it('appends one graph linking the two reports of the purchase and the two names of its chief executive', async () => {
    const quads = new Parser({ format: 'N-Quads' }).parse(await exportStream('1'));
    const graphs = [...new Set(quads.map((q) => q.graph.value))];
    expect(graphs).toHaveLength(4);
    const links = quads.filter((q) => q.graph.value === graphs[3]);
    expect(graphs[3]).toMatch(/^https:\/\/w3id\.org\/newskg\/id\/corpus\/[0-9a-f]{16}$/);
    expect(links.filter((q) => q.predicate.value.endsWith('#sameAs')).map((q) => [q.subject.value, q.object.value])).toEqual([
      [KOWALSKA, ANNA_KOWALSKA],
    ]);
    const reports = links.filter((q) => q.predicate.value.endsWith('#happening'));
    expect(reports).toHaveLength(2);
    expect(new Set(reports.map((q) => q.object.value)).size).toBe(1);
    // the two events are in the first two articles' graphs, and both are acquisitions
    const typeOf = (event: string) => quads.find((q) => q.subject.value === event && q.predicate.value.endsWith('#eventType'))!;
    expect(reports.map((q) => typeOf(q.subject.value).graph.value).sort()).toEqual([graphs[0]!, graphs[1]!].sort());
    expect(reports.map((q) => typeOf(q.subject.value).object.value)).toEqual([
      'https://w3id.org/newskg/event-type/acquisition',
      'https://w3id.org/newskg/event-type/acquisition',
    ]);
  });

  it('is byte-identical with one job and with two', async () => {
    expect(await exportStream('2')).toBe(await exportStream('1'));
  });

  it('writes corpus-links.trig beside per-article files, and nothing for a single article', async () => {
    const out = scratch();
    expect((await cli(['export', ...FILES, '-o', out, '-q'])).status).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('corpus-links'))).toEqual(['corpus-links.trig']);
    expect(readFileSync(join(out, 'corpus-links.trig'), 'utf8')).toContain('owl:sameAs');
    const single = scratch();
    expect((await cli(['export', FILES[0]!, '-o', single, '-q'])).status).toBe(0);
    expect(readdirSync(single).filter((f) => f.startsWith('corpus-links'))).toEqual([]);
  });

  it('lets happenings.rq count the purchase once, reported by two articles', async () => {
    const out = scratch();
    expect((await cli(['export', ...FILES, '-o', out, '--format', 'nquads', '-q'])).status).toBe(0);
    const rows = await select(await datasetOf([out]), readFileSync(join(ROOT, 'queries/happenings.rq'), 'utf8'));
    const purchase = rows.filter((r) => r['type'] === 'acquisition' && r['date'] === '2024-06-03');
    expect(purchase).toHaveLength(1);
    expect(purchase[0]!['articles']).toBe('2');
    expect(rows.filter((r) => r['type'] === 'acquisition' && r['date'] === '2024-06-11')).toMatchObject([{ articles: '1' }]);
  });
});
