import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE, runCli } from '../helpers/cli.js';

// The built bin (dist/cli/main.js) as a user runs it; what the commands do is tested in process (helpers/cli.ts: cli).
describe('the built newskg bin', () => {
  it('prints its help and its version, and exits 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: newskg /);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('exports an article', () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-bin-'));
    const run = runCli(['export', SAMPLE, '-o', out, '-j', '1']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('1 article(s) exported');
    expect(readdirSync(out).sort()).toEqual(['nato-russia-missile-row.jsonld', 'nato-russia-missile-row.ttl']);
  });

  it('exits 64 on a wrong command line and 2 on an input it cannot read', () => {
    const usage = runCli(['export', SAMPLE, '--format', 'rdfxml']);
    expect(usage.status).toBe(64);
    expect(usage.stderr).toContain('unknown format "rdfxml"');
    const missing = runCli(['validate', join(tmpdir(), 'newskg-no-such-file.ttl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('INPUT_NOT_FOUND');
  });
});
