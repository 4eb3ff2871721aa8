import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';

const RECORDS = [
  {
    id: 'a',
    text: 'Harbour strike ends\nThe dockworkers union said on Monday that the strike at the port of Valletta was over.\n"We have a deal," union leader Maria Camilleri told reporters.',
    publication_date: '2023-05-10',
  },
  { id: 'b', text: 'Talks collapse\nFinance Minister Tomas Berg warned last week that the budget talks could fail.', dct: '2022-11-03' },
];

function corpus(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-annotate-'));
  writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
  return dir;
}

describe('newskg annotate', () => {
  it('writes one prediction per record with offsets into the given text', async () => {
    const dir = corpus(RECORDS.map((r) => JSON.stringify(r)));
    const run = await cli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'pred.jsonl')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2 record\(s\) annotated, 0 failed; .* KB\/s/);
    const predictions = readFileSync(join(dir, 'pred.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(predictions.map((p) => p.id)).toEqual(['a', 'b']);
    const text = RECORDS[0]!.text;
    const names = predictions[0].entities.map((e: { start: number; end: number }) => text.slice(e.start, e.end));
    expect(names).toContain('Maria Camilleri');
    const quote = predictions[0].statements.find((s: { content: { start: number; end: number } }) =>
      text.slice(s.content.start, s.content.end).includes('We have a deal'),
    );
    expect(quote).toBeDefined();
    const timex = predictions[0].timexes.find((t: { start: number; end: number }) => text.slice(t.start, t.end) === 'Monday');
    expect(timex?.value).toBe('2023-05-08');
    const lastWeek = predictions[1].timexes.find(
      (t: { start: number; end: number }) => RECORDS[1]!.text.slice(t.start, t.end) === 'last week',
    );
    expect(lastWeek?.value).toBe('2022-W43');
  });

  it('reports a broken line and goes on with the others', async () => {
    const dir = corpus([JSON.stringify(RECORDS[0]), '{"id": "broken", "text": ', JSON.stringify(RECORDS[1])]);
    const run = await cli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'pred.jsonl')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/in\.jsonl.*:2/);
    const ids = readFileSync(join(dir, 'pred.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'b']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a confidence on every entity, statement and time expression, and leaves out what is below --min-confidence', async () => {
    const dir = corpus(RECORDS.map((r) => JSON.stringify(r)));
    const everything = await cli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'all.jsonl'), '--min-confidence', '0']);
    const strict = await cli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'sure.jsonl'), '--min-confidence', '1']);
    expect([everything.status, strict.status]).toEqual([0, 0]);
    const read = (name: string) =>
      readFileSync(join(dir, name), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    const all = read('all.jsonl');
    const items = all.flatMap((p) => [...p.entities, ...p.statements, ...p.timexes]);
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    const count = (records: { statements: unknown[]; entities: unknown[] }[]) =>
      records.reduce((n, p) => n + p.statements.length + p.entities.length, 0);
    const sure = read('sure.jsonl');
    expect(count(sure)).toBeLessThan(count(all));
    for (const item of sure.flatMap((p) => [...p.entities, ...p.statements, ...p.timexes])) expect(item.confidence).toBe(1);
  });

  it('refuses a confidence outside 0..1', async () => {
    const dir = corpus(RECORDS.map((r) => JSON.stringify(r)));
    const run = await cli(['annotate', join(dir, 'in.jsonl'), '--min-confidence', '1.5']);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/"1\.5" is not a confidence/);
  });
});
