import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../src/sources/input.js';
import { cli } from '../helpers/cli.js';
import { article, scratch } from './helpers.js';

const record = (id: string, i: number, extra: Record<string, unknown> = {}): string => JSON.stringify({ id, text: article(i), ...extra });

describe('JSON Lines with a bad first line', () => {
  it.each([
    ['corpus.jsonl', '{"id": "a", "text": broken'],
    ['corpus.ndjson', '# a comment'],
  ])('%s: line 1 is an error of its own and records 2..n are exported', async (name, first) => {
    const dir = scratch();
    writeFileSync(join(dir, name), [first, record('b', 1), record('c', 2)].join('\n') + '\n');
    const run = await cli(['export', join(dir, name), '-o', join(dir, 'out'), '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${name}:1: RECORD_INVALID`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b.jsonld', 'b.ttl', 'c.jsonld', 'c.ttl']);
  });
});

describe('output names', () => {
  it('never collide, whatever the ids (a report name, case, a stream path)', async () => {
    const dir = scratch();
    const ids = ['foo', 'foo.validation', 'Foo', 'foo/x', 'foo_x', 'all'];
    writeFileSync(join(dir, 'ids.jsonl'), ids.map((id, i) => record(id, i)).join('\n') + '\n');
    const out = join(dir, 'out');
    const run = await cli([
      'export',
      join(dir, 'ids.jsonl'),
      '-o',
      out,
      '--report',
      '--format',
      'turtle,nquads',
      '--nquads',
      join(out, 'all.nq'),
      '-q',
    ]);
    expect(run.status).toBe(0);
    const files = readdirSync(out);
    // 6 articles x (.ttl .nq .validation.ttl) + the stream, all distinct without case
    expect(files).toHaveLength(19);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(19);
    expect(readFileSync(join(out, 'foo.validation.ttl'), 'utf8')).toContain('sh:ValidationReport');
  });
});

describe('IRIs from the input', () => {
  it('are normalised or left out, and everything exported reads back with validate and query', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'header.txt'), 'https://example.org/a>}{"|^`x\n\n' + article(0));
    writeFileSync(join(dir, 'relative.txt'), 'www.example.org/news/1\n\n' + article(1));
    writeFileSync(join(dir, 'urls.jsonl'), record('spaces', 2, { url: 'https://example.org/a b c' }) + '\n');
    const nq = join(dir, 'all.nq');
    const run = await cli(['export', dir, '--nquads', nq]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('relative.txt: URL_INVALID: "www.example.org/news/1" on line 1 is not an absolute http(s) URL');
    const text = readFileSync(nq, 'utf8');
    expect(text).toContain('<https://example.org/a%3E%7D%7B%22%7C%5E%60x>');
    expect(text).toContain('<https://example.org/a%20b%20c>');
    expect(text).not.toContain('www.example.org');
    expect((await cli(['validate', nq, '-q'])).status).toBe(0);
    const query = await cli(['query', '-e', 'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a newskg:Article }', nq, '--format', 'csv']);
    expect(query.status).toBe(0);
    expect(query.stdout).toContain('3');
  });

  it('a --base that is not an absolute IRI is a usage error', async () => {
    const run = await cli(['export', '-', '--base', 'https://e.org/x>{}|^"/']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('is not an absolute IRI');
  });
});

describe('validate', () => {
  it('accepts the N-Quads stream of articles sharing an actor, as export accepted each article', async () => {
    const dir = scratch();
    const texts = [
      'Talks Resume\n\nJohn Smith said on Monday that talks would resume in Paris.',
      'Plan Fails\n\nForeign Minister John Smith of France met officials in Berlin. Smith warned that the plan would fail, the minister told reporters.',
    ];
    writeFileSync(join(dir, 'shared.jsonl'), texts.map((text, i) => JSON.stringify({ id: `s${i}`, text })).join('\n') + '\n');
    const nq = join(dir, 's.nq');
    expect((await cli(['export', join(dir, 'shared.jsonl'), '--nquads', nq, '-q'])).status).toBe(0);
    expect(readFileSync(nq, 'utf8').match(/person\/john-smith> <https:\/\/w3id.org\/newskg\/ontology#confidence>/g)).toHaveLength(2);
    const run = await cli(['validate', nq]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/conforms \(\d+ triples in 2 graphs, each validated on its own, 0 violation/);
  });

  it.each([
    ['empty.ttl', ''],
    ['empty.jsonld', '{}'],
  ])('says %s holds nothing and exits 2', async (name, content) => {
    const dir = scratch();
    writeFileSync(join(dir, name), content);
    const run = await cli(['validate', join(dir, name)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INPUT_EMPTY: holds no triples');
    expect(run.stdout).not.toContain('conforms');
  });
});

describe('size and shape limits', () => {
  it('refuses an article text over the limit with one line, quickly', async () => {
    const dir = scratch();
    const file = join(dir, 'huge.txt');
    writeFileSync(file, 'Huge\n\n' + 'Officials in France said the plan would work. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 46)));
    const run = await cli(['export', file, '-o', join(dir, 'out'), '-j1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INPUT_TOO_LARGE');
    expect(run.stderr).toContain('over the limit of 1,048,576 for one article');
  });

  it('counts bytes read, not the size a device reports (/dev/zero through a link)', async () => {
    const dir = scratch();
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const run = await cli(['export', join(dir, 'zero.txt'), '-o', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('INPUT_TOO_LARGE');
  });

  it('exports HTML nested 9,000 deep, the same for --jobs 1 and 2', async () => {
    const dir = scratch();
    const html = `<!doctype html><html><head><title>Deep</title></head><body><article><p>${article(3)}</p>${'<div>'.repeat(9000)}<p>${article(4)}</p>${'</div>'.repeat(9000)}</article></body></html>`;
    writeFileSync(join(dir, 'deep.html'), html);
    writeFileSync(join(dir, 'other.txt'), article(5));
    const outputs: string[] = [];
    for (const jobs of [1, 2]) {
      const nq = join(dir, `j${jobs}.nq`);
      const run = await cli(['export', join(dir, 'deep.html'), join(dir, 'other.txt'), '--nquads', nq, '-j', String(jobs), '-q']);
      expect(run.status).toBe(0);
      outputs.push(readFileSync(nq, 'utf8'));
    }
    expect(outputs[0]).toBe(outputs[1]);
    expect(outputs[0]).toContain('Officials in Russia warned');
  });

  it('walks a diamond of folder links once: each real file is one article', async () => {
    const dir = scratch();
    const levels = 16;
    for (let i = 0; i <= levels; i++) mkdirSync(join(dir, `d${i}`));
    for (let i = 0; i < levels; i++) for (const name of ['a', 'b']) symlinkSync(`../d${i + 1}`, join(dir, `d${i}`, name));
    writeFileSync(join(dir, `d${levels}`, 'bottom.txt'), article(6));
    const run = await cli(['export', join(dir, 'd0'), '-o', join(dir, 'out'), '-q']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('1 article(s) exported');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['bottom.jsonld', 'bottom.ttl']);
  });
});
