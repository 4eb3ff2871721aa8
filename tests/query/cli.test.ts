import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';
import { exportCorpus, exportSample, writeQuery } from './helpers.js';

let sampleDir: string;
let corpusDir: string;

beforeAll(() => {
  sampleDir = exportSample('turtle');
  corpusDir = exportCorpus();
}, 120_000);

describe('newskg query', () => {
  it('prints a table from a query file over a directory of exports', () => {
    const run = runCli(['query', join(ROOT, 'queries/actor-roles.rq'), sampleDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^person +\| role +\| affiliation/);
    expect(run.stdout).toMatch(/^Sergey Lavrov +\| Foreign Minister +\| Russia/m);
    expect(run.stdout).toMatch(/^\(\d+ rows\)$/m);
  });

  it('runs a query given with -e, with the project prefixes declared', () => {
    const run = runCli(['query', '-e', 'SELECT ?name WHERE { ?p a newskg:Person ; schema:name ?name } ORDER BY ?name', ...readdirSync(corpusDir).map((f) => join(corpusDir, f)), '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\r\n')).toEqual(expect.arrayContaining(['name', 'Gunnar Thorsson', 'Ingrid Solberg', 'Marta Keller']));
  });

  it('gives the same bytes whatever the order the files are named in, when the query orders its rows', () => {
    const files = readdirSync(corpusDir).map((f) => join(corpusDir, f));
    const query = join(ROOT, 'queries/event-timeline.rq');
    const forward = runCli(['query', query, ...files, '--format', 'tsv']);
    const backward = runCli(['query', query, ...[...files].reverse(), '--format', 'tsv']);
    expect(forward.status).toBe(0);
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('writes a Gephi edge list as CSV', () => {
    const csv = runCli(['query', join(ROOT, 'queries/co-mention-network.rq'), corpusDir, '-f', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.startsWith('source,target,weight\r\n')).toBe(true);
    expect(csv.stdout).toMatch(/^Gunnar Thorsson,Ingrid Solberg,4\r$/m);
  });

  it('writes CONSTRUCT results as Turtle', () => {
    const run = runCli(['query', '-e', 'CONSTRUCT { ?p schema:name ?n } WHERE { ?p a newskg:Person ; schema:name ?n }', corpusDir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('@prefix schema: <https://schema.org/> .');
    expect(run.stdout).toContain('person:ingrid-solberg schema:name "Ingrid Solberg" .');
  });

  it('exits 2 on an invalid query, naming the file, line and column', () => {
    const file = writeQuery('SELECT ?x\nWHERE {\n  ?x schema:name\n}\n');
    const run = runCli(['query', file, sampleDir]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: QUERY_INVALID: `));
  });

  it('exits 2 when a data file is missing or cannot be parsed', () => {
    const missing = runCli(['query', '-e', 'ASK {}', join(sampleDir, 'nope.ttl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('INPUT_NOT_FOUND');
    const broken = writeQuery('<urn:a> <urn:b> .\n', 'broken.nt');
    const bad = runCli(['query', '-e', 'ASK {}', broken]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${broken}:1:17: RDF_PARSE: `);
  });

  it('exits 64 without data, or with an unknown format', () => {
    expect(runCli(['query', '-e', 'ASK {}']).status).toBe(64);
    expect(runCli(['query', '-e', 'ASK {}', sampleDir, '--format', 'xml']).status).toBe(64);
  });

  it('has help with examples', () => {
    const run = runCli(['query', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
  });
});
