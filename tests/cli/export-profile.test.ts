import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLE, cli } from '../helpers/cli.js';

const CORPUS = join(ROOT, 'tests/fixtures/corpus');

async function exportNquads(profile: string, jobs: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'newskg-profile-')), 'all.nq');
  const run = await cli(['export', CORPUS, SAMPLE, '--nquads', out, '--profile', profile, '-j', jobs, '-q']);
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('export --profile', () => {
  it.each(['full', 'standard', 'lean'])('gives byte-identical N-Quads for %s with one job and with two', async (profile) => {
    expect(await exportNquads(profile, '2')).toBe(await exportNquads(profile, '1'));
  });

  it('defaults to standard', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-profile-'));
    expect((await cli(['export', SAMPLE, '-o', out, '--format', 'nquads', '-q'])).status).toBe(0);
    const nquads = readFileSync(join(out, 'nato-russia-missile-row.nq'), 'utf8');
    expect(nquads).toContain('<https://w3id.org/newskg/ontology#profile> "standard"');
  });

  it('refuses a profile it does not know, naming the choices', async () => {
    const run = await cli(['export', SAMPLE, '--profile', 'tiny']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/full, standard, lean/);
  });
});
