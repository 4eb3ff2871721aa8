import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

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
  it('writes one prediction per record with offsets into the given text', () => {
    const dir = corpus(RECORDS.map((r) => JSON.stringify(r)));
    const run = runCli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'pred.jsonl')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/2 record\(s\) annotated, 0 failed; .* KB\/s/);
    const predictions = readFileSync(join(dir, 'pred.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(predictions.map((p) => p.id)).toEqual(['a', 'b']);
    const text = RECORDS[0]!.text;
    const names = predictions[0].entities.map((e: { start: number; end: number }) => text.slice(e.start, e.end));
    expect(names).toContain('Maria Camilleri');
    const quote = predictions[0].statements.find((s: { content: { start: number; end: number } }) => text.slice(s.content.start, s.content.end).includes('We have a deal'));
    expect(quote).toBeDefined();
    const timex = predictions[0].timexes.find((t: { start: number; end: number }) => text.slice(t.start, t.end) === 'Monday');
    expect(timex?.value).toBe('2023-05-08');
    const lastWeek = predictions[1].timexes.find((t: { start: number; end: number }) => RECORDS[1]!.text.slice(t.start, t.end) === 'last week');
    expect(lastWeek?.value).toBe('2022-W43');
  });

  it('reports a broken line and goes on with the others', () => {
    const dir = corpus([JSON.stringify(RECORDS[0]), '{"id": "broken", "text": ', JSON.stringify(RECORDS[1])]);
    const run = runCli(['annotate', join(dir, 'in.jsonl'), '-o', join(dir, 'pred.jsonl')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/in\.jsonl.*:2/);
    const ids = readFileSync(join(dir, 'pred.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'b']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
