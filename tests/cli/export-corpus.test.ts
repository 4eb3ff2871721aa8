import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { cli } from '../helpers/cli.js';
import { article as threeSpeakerArticle } from '../batch/helpers.js';

/** Articles n and n+3 quote the same minister. */
const article = (n: number): string => threeSpeakerArticle(n, 3);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'newskg-corpus-'));
}

/** A folder of four good articles and three broken files (empty, Latin-1, no article text). */
function mixedFolder(): string {
  const dir = join(scratch(), 'corpus');
  mkdirSync(dir);
  for (const n of [0, 1, 2, 3]) writeFileSync(join(dir, `good-${n}.txt`), article(n));
  writeFileSync(join(dir, 'broken-empty.txt'), '');
  writeFileSync(
    join(dir, 'broken-latin1.txt'),
    Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9union avait \xe9chou\xe9.\n', 'latin1'),
  );
  writeFileSync(join(dir, 'broken-short.txt'), 'x');
  return dir;
}

function graphsOf(nquads: string): string[] {
  return [...new Set(new Parser({ format: 'N-Quads' }).parse(nquads).map((q) => q.graph.value))];
}

function errorLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('newskg export on a corpus', () => {
  it('exports the good files of a folder into one N-Quads stream and reports the broken ones', async () => {
    const dir = mixedFolder();
    const out = join(dir, '..');
    const run = await cli(['export', dir, '--nquads', join(out, 'all.nq'), '--errors', join(out, 'errors.jsonl'), '-j', '1', '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('4 article(s) exported');
    expect(run.stderr).toContain('3 failed');
    expect(graphsOf(readFileSync(join(out, 'all.nq'), 'utf8'))).toHaveLength(4);
    const errors = errorLines(join(out, 'errors.jsonl'));
    expect(errors.map((e) => [String(e['file']).replace(/^.*\//, ''), e['stage'], e['code']])).toEqual([
      ['broken-empty.txt', 'read', 'INPUT_EMPTY'],
      ['broken-latin1.txt', 'read', 'INPUT_ENCODING'],
      ['broken-short.txt', 'ingest', 'INPUT_NO_ARTICLE'],
    ]);
  });

  it('writes error records with id, file, severity, stage, code and message', async () => {
    const dir = mixedFolder();
    const report = join(dir, '..', 'errors.jsonl');
    await cli(['export', dir, '--nquads', join(dir, '..', 'all.nq'), '--errors', report, '-j', '1', '-q']);
    const [first] = errorLines(report);
    expect(Object.keys(first!).sort()).toEqual(['code', 'file', 'id', 'message', 'severity', 'stage']);
    expect(first!['severity']).toBe('error');
    expect(first!['id']).toMatch(/broken-empty\.txt$/);
    expect(first!['message']).toMatch(/empty/);
  });

  it('gives byte-identical N-Quads and TriG with one job and with two', async () => {
    const dir = mixedFolder();
    const outputs: string[][] = [];
    for (const jobs of ['1', '2']) {
      const out = join(dir, '..', `jobs-${jobs}`);
      const run = await cli(['export', dir, '--nquads', `${out}.nq`, '--trig', `${out}.trig`, '-j', jobs, '-q']);
      expect(run.status).toBe(2);
      outputs.push([readFileSync(`${out}.nq`, 'utf8'), readFileSync(`${out}.trig`, 'utf8')]);
    }
    expect(outputs[1]![0]).toBe(outputs[0]![0]);
    expect(outputs[1]![1]).toBe(outputs[0]![1]);
  });

  it('writes a TriG document that parses whole, one named graph per article, in input order', async () => {
    const dir = mixedFolder();
    const trig = join(dir, '..', 'all.trig');
    await cli(['export', dir, '--trig', trig, '-j', '1', '-q']);
    const quads = new Parser({ format: 'TriG' }).parse(readFileSync(trig, 'utf8'));
    const graphs = [...new Set(quads.map((q) => q.graph.value))];
    expect(graphs).toHaveLength(4);
    const headlines = quads.filter((q) => q.predicate.value === 'https://schema.org/headline').map((q) => q.object.value);
    expect(headlines).toEqual([0, 1, 2, 3].map((n) => article(n).split('\n')[0]));
  });

  it('gives the same person in two articles one IRI across the stream', async () => {
    const dir = join(scratch(), 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), article(0));
    writeFileSync(join(dir, 'b.txt'), article(3));
    const nq = join(dir, '..', 'all.nq');
    await cli(['export', dir, '--nquads', nq, '-j', '1', '-q']);
    const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(nq, 'utf8'));
    const named = quads.filter((q) => q.predicate.value === 'https://schema.org/name' && q.object.value === 'Maria Lindqvist');
    expect(new Set(named.map((q) => q.graph.value)).size).toBe(2);
    expect(new Set(named.map((q) => q.subject.value)).size).toBe(1);
  });

  it('exports the good records of a JSON Lines corpus and reports the broken line', async () => {
    const dir = scratch();
    const lines = [
      JSON.stringify({ id: 'first', text: article(0) }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'third', text: article(1) }),
    ];
    writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n') + '\n');
    const run = await cli([
      'export',
      join(dir, 'corpus.jsonl'),
      '--nquads',
      join(dir, 'all.nq'),
      '--errors',
      join(dir, 'errors.jsonl'),
      '-j',
      '1',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('2 article(s) exported');
    expect(graphsOf(readFileSync(join(dir, 'all.nq'), 'utf8'))).toHaveLength(2);
    const errors = errorLines(join(dir, 'errors.jsonl'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'corpus.jsonl'), line: 2, stage: 'read' });
  });

  it('names per-article files after JSON Lines record ids', async () => {
    const dir = scratch();
    const records = [
      { id: 'first', text: article(0) },
      { id: 'news/second', text: article(1) },
    ];
    writeFileSync(join(dir, 'corpus.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const run = await cli(['export', join(dir, 'corpus.jsonl'), '-o', join(dir, 'out'), '--format', 'turtle', '-j', '1', '-q']);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['first.ttl', 'news_second.ttl']);
  });

  it('streams N-Quads to standard output with "-" and keeps messages on standard error', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), article(0));
    writeFileSync(join(dir, 'b.txt'), article(1));
    const run = await cli(['export', join(dir, 'a.txt'), join(dir, 'b.txt'), '--nquads', '-', '-j', '1']);
    expect(run.status).toBe(0);
    expect(graphsOf(run.stdout)).toHaveLength(2);
    expect(run.stderr).toContain('2 article(s) exported');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('draws no progress line when standard error is not a terminal', async () => {
    const dir = mixedFolder();
    const run = await cli(['export', dir, '--nquads', join(dir, '..', 'all.nq'), '-j', '1']);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('\u001b[');
    expect(run.stderr).not.toMatch(/articles\/s|\d\/s\b/);
    const quiet = await cli(['export', dir, '--nquads', join(dir, '..', 'all.nq'), '-j', '1', '-q']);
    expect(quiet.stderr.split('\n').filter((line) => line && !line.startsWith('error:'))).toEqual([
      'newskg: 4 article(s) exported, ' +
        /(\d+) triples/.exec(quiet.stderr)![1] +
        ' triples, ' +
        /(\d+) warning/.exec(quiet.stderr)![1] +
        ' warning(s), 3 failed',
    ]);
  });

  it('stops with status 3 and leaves no partial stream when the output cannot be written', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), article(0));
    writeFileSync(join(dir, 'blocker'), 'a file where a folder should be');
    const run = await cli(['export', join(dir, 'a.txt'), '--nquads', join(dir, 'blocker', 'all.nq'), '-j', '1', '-q']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('OUTPUT_WRITE');
    expect(existsSync(join(dir, 'blocker', 'all.nq'))).toBe(false);
  });

  it('rejects --jobs 0 before doing any work', async () => {
    const run = await cli(['export', 'whatever.txt', '--jobs', '0']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('is not a number of jobs');
  });
});
