import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ARTICLES: Record<string, string> = {
  'harbour.txt':
    'Harbour plan approved\n\nBy Lena Ostrova\n\nMarch 3, 2024\n\nThe city council of Valmora approved the harbour plan on Tuesday. "It will bring jobs," Mayor Tomas Reld said.',
  'bridge.txt':
    'Bridge closed for repairs\n\nMarch 4, 2024\n\nThe old bridge in Valmora will close for six weeks, the transport office said on Wednesday.',
  'school.txt': 'New school opens\n\nMarch 5, 2024\n\nA new primary school opened in the northern district on Thursday, officials said.',
};

describe('newskg export --since-manifest', () => {
  let work: string;
  let input: string;
  let out: string;
  let manifest: string;
  const exportAgain = () => cli(['export', input, '-o', out, '--since-manifest', manifest, '--keep-invalid', '--jobs', '1']);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'newskg-manifest-'));
    input = join(work, 'articles');
    out = join(work, 'out');
    manifest = join(out, 'manifest.jsonl');
    mkdirSync(input);
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(input, name), text);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exports every article the first time and writes the manifest', async () => {
    const run = await exportAgain();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/newskg: 3 article\(s\) exported, \d+ triples, \d+ warning\(s\), 0 failed, 0 unchanged, 0 removed/);
    expect(readFileSync(manifest, 'utf8').trim().split('\n')).toHaveLength(4);
  }, 60_000);

  it('redoes nothing when nothing changed, and leaves the files as they were', async () => {
    const before = readFileSync(join(out, 'harbour.ttl'), 'utf8');
    const run = await exportAgain();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/newskg: 0 article\(s\) exported, \d+ triples, 0 warning\(s\), 0 failed, 3 unchanged, 0 removed/);
    expect(readFileSync(join(out, 'harbour.ttl'), 'utf8')).toBe(before);
  }, 60_000);

  it('redoes the changed and new articles and removes the files of the removed one', async () => {
    const bridgeBefore = readFileSync(join(out, 'bridge.ttl'), 'utf8');
    const harbourBefore = readFileSync(join(out, 'harbour.ttl'), 'utf8');
    writeFileSync(join(input, 'bridge.txt'), `${ARTICLES['bridge.txt']} Traffic will be diverted through the eastern ring road.`);
    rmSync(join(input, 'school.txt'));
    writeFileSync(
      join(input, 'market.txt'),
      'Market moves\n\nMarch 6, 2024\n\nThe weekly market of Valmora will move to the harbour square in April, the council said.',
    );
    const run = await exportAgain();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/newskg: 2 article\(s\) exported, \d+ triples, \d+ warning\(s\), 0 failed, 1 unchanged, 1 removed/);
    expect(readFileSync(join(out, 'bridge.ttl'), 'utf8')).not.toBe(bridgeBefore);
    expect(readFileSync(join(out, 'harbour.ttl'), 'utf8')).toBe(harbourBefore);
    expect(existsSync(join(out, 'school.ttl'))).toBe(false);
    expect(existsSync(join(out, 'school.jsonld'))).toBe(false);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.ttl'))
        .sort(),
    ).toEqual(['bridge.ttl', 'harbour.ttl', 'market.ttl']);
  }, 60_000);

  it('redoes every article when the settings change', async () => {
    const run = await cli([
      'export',
      input,
      '-o',
      out,
      '--since-manifest',
      manifest,
      '--keep-invalid',
      '--jobs',
      '1',
      '--base',
      'https://example.org/news/',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/newskg: 3 article\(s\) exported, .* 0 unchanged, 0 removed/);
    expect(readFileSync(join(out, 'harbour.ttl'), 'utf8')).toContain('https://example.org/news/');
  }, 60_000);

  it('refuses a corpus stream, which would lack the articles not redone', async () => {
    const run = await cli(['export', input, '--nquads', join(work, 'c.nq'), '--since-manifest', manifest]);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--since-manifest updates per-article files only');
  });
});
