import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE, cli } from '../helpers/cli.js';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-validate-'));
  const run = await cli(['export', SAMPLE, '-o', dir, '--format', 'turtle,jsonld,nquads,trig', '--quiet']);
  expect(run.status).toBe(0);
});

describe('newskg validate', () => {
  it.each(['ttl', 'jsonld', 'nq', 'trig'])('accepts the exported .%s', async (extension) => {
    const run = await cli(['validate', join(dir, `nato-russia-missile-row.${extension}`)]);
    expect(run.stdout).toContain('conforms');
    expect(run.status).toBe(0);
  });

  it('reports a violation with focus node, path and message, and exits 1', async () => {
    const turtle = readFileSync(join(dir, 'nato-russia-missile-row.ttl'), 'utf8');
    const broken = turtle.replace(/\n\s*newskg:speaker [^;]+;/, ''); // a statement without its speaker
    expect(broken).not.toBe(turtle);
    const file = join(dir, 'broken.ttl');
    writeFileSync(file, broken);
    const run = await cli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('does not conform');
    expect(run.stdout).toMatch(/Violation.*statement\/.*newskg:speaker|Violation[\s\S]*speaker/);
  });

  it('names the file and the line of a Turtle syntax error, and exits 2', async () => {
    const file = join(dir, 'bad.ttl');
    writeFileSync(file, '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n');
    const run = await cli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: RDF_PARSE`));
  });

  it('refuses to fetch a remote JSON-LD context', async () => {
    const file = join(dir, 'remote.jsonld');
    writeFileSync(file, JSON.stringify({ '@context': 'https://schema.org/', '@id': 'https://example.org/a', name: 'A' }));
    const run = await cli(['validate', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('refusing to load remote JSON-LD document https://schema.org/');
  });

  it('writes the report as Turtle', async () => {
    const report = join(dir, 'report.ttl');
    const run = await cli(['validate', join(dir, 'nato-russia-missile-row.ttl'), '--report', report]);
    expect(run.status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('sh:ValidationReport');
  });
});
