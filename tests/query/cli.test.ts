import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, cli } from '../helpers/cli.js';
import { exportCorpus, exportSample, writeQuery } from './helpers.js';

let sampleDir: string;
let corpusDir: string;

beforeAll(async () => {
  sampleDir = await exportSample('turtle');
  corpusDir = await exportCorpus();
}, 120_000);

describe('newskg query', () => {
  it('prints a table from a query file over a directory of exports', async () => {
    const run = await cli(['query', join(ROOT, 'queries/actor-roles.rq'), sampleDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^person +\| role +\| affiliation/);
    expect(run.stdout).toMatch(/^Sergey Lavrov +\| Foreign Minister +\| Russia/m);
    expect(run.stdout).toMatch(/^\(\d+ rows\)$/m);
  });

  it('runs a query given with -e, with the project prefixes declared', async () => {
    const run = await cli([
      'query',
      '-e',
      'SELECT ?name WHERE { ?p a newskg:Person ; schema:name ?name } ORDER BY ?name',
      ...readdirSync(corpusDir).map((f) => join(corpusDir, f)),
      '--format',
      'csv',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\r\n')).toEqual(expect.arrayContaining(['name', 'Gunnar Thorsson', 'Ingrid Solberg', 'Marta Keller']));
  });

  it('gives the same bytes whatever the order the files are named in, when the query orders its rows', async () => {
    const files = readdirSync(corpusDir).map((f) => join(corpusDir, f));
    const query = join(ROOT, 'queries/event-timeline.rq');
    const forward = await cli(['query', query, ...files, '--format', 'tsv']);
    const backward = await cli(['query', query, ...[...files].reverse(), '--format', 'tsv']);
    expect(forward.status).toBe(0);
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('writes a Gephi edge list as CSV', async () => {
    const csv = await cli(['query', join(ROOT, 'queries/co-mention-network.rq'), corpusDir, '-f', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('source,target,weight\r\n')).toBe(true);
    expect(csv.stdout).toMatch(/^Gunnar Thorsson,Ingrid Solberg,4\r$/m);
  });

  it('writes CONSTRUCT results as Turtle', async () => {
    const run = await cli(['query', '-e', 'CONSTRUCT { ?p schema:name ?n } WHERE { ?p a newskg:Person ; schema:name ?n }', corpusDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('@prefix schema: <https://schema.org/> .');
    expect(run.stdout).toContain('person:ingrid-solberg schema:name "Ingrid Solberg" .');
  });

  it('exits 2 on an invalid query, naming the file, line and column', async () => {
    const file = writeQuery('SELECT ?x\nWHERE {\n  ?x schema:name\n}\n');
    const run = await cli(['query', file, sampleDir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: QUERY_INVALID: `));
  });

  it('exits 2 when a data file is missing or cannot be parsed', async () => {
    const missing = await cli(['query', '-e', 'ASK {}', join(sampleDir, 'nope.ttl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('INPUT_NOT_FOUND');
    const broken = writeQuery('<urn:a> <urn:b> .\n', 'broken.nt');
    const bad = await cli(['query', '-e', 'ASK {}', broken]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${broken}:1:17: RDF_PARSE: `);
  });

  it('exits 64 without data, or with an unknown format', async () => {
    expect((await cli(['query', '-e', 'ASK {}'])).status).toBe(64);
    expect((await cli(['query', '-e', 'ASK {}', sampleDir, '--format', 'xml'])).status).toBe(64);
  });

  it('has help with examples', async () => {
    const run = await cli(['query', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
  });
});
