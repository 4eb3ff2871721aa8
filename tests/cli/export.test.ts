import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { SAMPLE, cli } from '../helpers/cli.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'newskg-cli-'));
}

describe('newskg export', () => {
  it('exports the sample as Turtle and JSON-LD that conform to the shapes', async () => {
    const out = scratch();
    const run = await cli(['export', SAMPLE, '-o', out]);
    expect(run.stderr).toContain('1 article(s) exported');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['nato-russia-missile-row.jsonld', 'nato-russia-missile-row.ttl']);
    const turtle = readFileSync(join(out, 'nato-russia-missile-row.ttl'), 'utf8');
    expect(new Parser().parse(turtle).length).toBeGreaterThan(100);
  });

  it('writes N-Quads and TriG on request', async () => {
    const out = scratch();
    const run = await cli(['export', SAMPLE, '-o', out, '--format', 'nquads,trig', '--quiet']);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['nato-russia-missile-row.nq', 'nato-russia-missile-row.trig']);
  });

  it('rejects an unknown format before doing any work', async () => {
    const run = await cli(['export', SAMPLE, '-o', scratch(), '--format', 'rdfxml']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('unknown format "rdfxml"');
  });

  it('rejects a malformed --date', async () => {
    const run = await cli(['export', SAMPLE, '--date', '2011-13-45']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('is not a date of the form YYYY-MM-DD');
  });

  it('rejects a --date outside the years news is dated in before doing any work, rather than failing each article', async () => {
    const out = scratch();
    const run = await cli(['export', SAMPLE, '-o', out, '--date', '1700-02-03']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('"1700-02-03" is outside the years 1800-2200');
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ['missing.txt', null, 'INPUT_NOT_FOUND'],
    ['empty.txt', Buffer.from(''), 'INPUT_EMPTY'],
    ['blank.txt', Buffer.from('  \n\n \t\n'), 'INPUT_EMPTY'],
    ['picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'INPUT_BINARY'],
    ['latin1.txt', Buffer.from('Le ministre a d\xe9clar\xe9 que la r\xe9union avait \xe9chou\xe9.\n', 'latin1'), 'INPUT_ENCODING'],
  ])('fails on %s with one line naming the file and the problem, and writes nothing', async (name, bytes, code) => {
    const dir = scratch();
    const out = join(dir, 'out');
    const file = join(dir, name);
    if (bytes) writeFileSync(file, bytes);
    const run = await cli(['export', file, '-o', out]);
    expect(run.status).toBe(2);
    const errorLines = run.stderr.split('\n').filter((line) => line.startsWith('error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain(file);
    expect(errorLines[0]).toContain(code);
    expect(() => readdirSync(out)).toThrow();
  });

  it('exports the good inputs of a batch and ends non-zero with a summary of the bad ones', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'good.txt'), readFileSync(SAMPLE));
    const run = await cli(['export', join(dir, 'empty.txt'), join(dir, 'good.txt'), join(dir, 'nope.txt'), '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('1 article(s) exported');
    expect(run.stderr).toContain('2 failed');
    expect(readdirSync(out).sort()).toEqual(['good.jsonld', 'good.ttl']);
  });

  it('names the file when it cannot be read', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the unreadable case is covered by ingest tests
    const dir = scratch();
    const file = join(dir, 'locked.txt');
    writeFileSync(file, 'Some text.');
    chmodSync(file, 0o000);
    const run = await cli(['export', file, '-o', join(dir, 'out')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: INPUT_UNREADABLE`);
  });

  it('links actors to the IRIs of a --links table, and only those', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'links.tsv'), '# name\tIRI\ttype\nDmitry Rogozin\thttps://example.org/people/rogozin\tPerson\n');
    const run = await cli(['export', SAMPLE, '-o', dir, '--links', join(dir, 'links.tsv'), '--quiet']);
    expect(run.status).toBe(0);
    const turtle = readFileSync(join(dir, 'nato-russia-missile-row.ttl'), 'utf8');
    expect(turtle).toMatch(/person:dmitry-rogozin a [^.]*schema:sameAs <https:\/\/example\.org\/people\/rogozin>/);
    expect(turtle.match(/example\.org\/people/g)).toHaveLength(1);
  });

  it('rejects a --links table with a bad line, naming the file and line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'links.tsv'), 'Somebody\tnot an iri\n');
    const run = await cli(['export', SAMPLE, '-o', join(dir, 'out'), '--links', join(dir, 'links.tsv')]);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain(`${join(dir, 'links.tsv')}:1: OPTION_INVALID`);
  });

  it('reads an article from standard input', async () => {
    const out = scratch();
    const run = await cli(['export', '-', '-o', out, '--quiet'], { input: readFileSync(SAMPLE) });
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['stdin.jsonld', 'stdin.ttl']);
  });

  it('gives byte-identical files on two runs', async () => {
    const [a, b] = [scratch(), scratch()];
    await cli(['export', SAMPLE, '-o', a, '--format', 'turtle,jsonld,nquads,trig', '--quiet']);
    await cli(['export', SAMPLE, '-o', b, '--format', 'turtle,jsonld,nquads,trig', '--quiet']);
    for (const file of readdirSync(a)) expect(readFileSync(join(b, file), 'utf8')).toBe(readFileSync(join(a, file), 'utf8'));
  });

  it('has help with an example on every command', async () => {
    for (const args of [['--help'], ['export', '--help'], ['validate', '--help']]) {
      const run = await cli(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/Example/);
    }
  });
});
