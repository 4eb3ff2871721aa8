import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE, cli } from '../helpers/cli.js';

let dir: string;
const page = (view: string) => {
  const [name] = readdirSync(join(dir, view, 'articles'));
  return readFileSync(join(dir, view, 'articles', name!), 'utf8');
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-view-cli-'));
  // the sample exported with --view, and drawn again from its Turtle with and without its text
  const exported = await cli(['export', SAMPLE, '-o', join(dir, 'graph'), '--view', join(dir, 'from-export'), '--jobs', '1', '--quiet']);
  expect(exported.status, exported.stderr).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newskg view', () => {
  it('draws an article given as text: index, page and assets, byte-identical to export --view with another number of jobs', async () => {
    const run = await cli(['view', SAMPLE, '-o', join(dir, 'view'), '--jobs', '2']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`view of 1 article(s) in ${join(dir, 'view', 'index.html')}`);
    expect(readdirSync(join(dir, 'view', 'assets')).sort()).toEqual(['d3-force.js', 'view.css', 'view.js']);
    const library = readFileSync(join(dir, 'view', 'assets', 'd3-force.js'), 'utf8');
    // each of the four D3 modules under its licence text (kept short: a failure would print the whole library)
    expect(library.match(/^\/\* d3-[a-z]+ \(npm\), licence:\nCopyright [^\n]+\n\nPermission to use, copy, modify/gm)?.length).toBe(4);
    expect(page('view')).toBe(page('from-export'));
    expect(readFileSync(join(dir, 'view', 'index.html'), 'utf8')).toBe(readFileSync(join(dir, 'from-export', 'index.html'), 'utf8'));
  });

  it('draws an exported graph read alone from the passages its spans quote, and whole with --text', async () => {
    const graph = join(dir, 'graph', 'nato-russia-missile-row.ttl');
    expect((await cli(['view', graph, '-o', join(dir, 'alone'), '-q'])).status).toBe(0);
    expect(page('alone')).toContain('does not hold the article');
    expect((await cli(['view', graph, '-o', join(dir, 'with-text'), '--text', SAMPLE, '-q'])).status).toBe(0);
    expect(page('with-text')).toBe(page('from-export'));
  });

  it('draws an article read twice (Turtle and JSON-LD of one export) once, and says so', async () => {
    const run = await cli(['view', join(dir, 'graph'), '-o', join(dir, 'twice')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /nato-russia-missile-row\.ttl: article "https:\/\/w3id\.org\/newskg\/id\/article\/76da88ca2a666764" is already in the view; drawn once/,
    );
    expect(readdirSync(join(dir, 'twice', 'articles'))).toHaveLength(1);
  });

  it('names a missing or broken input, draws the others and exits 2', async () => {
    const broken = join(dir, 'broken.ttl');
    writeFileSync(broken, '@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n');
    const run = await cli([
      'view',
      join(dir, 'missing.ttl'),
      broken,
      join(dir, 'graph', 'nato-russia-missile-row.ttl'),
      '-o',
      join(dir, 'partial'),
      '-q',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(dir, 'missing.ttl')}: INPUT_NOT_FOUND`);
    expect(run.stderr).toContain(`${broken}:2: RDF_PARSE`);
    expect(readdirSync(join(dir, 'partial', 'articles'))).toHaveLength(1);
  });
});
