import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTempsOf, writeOutputs } from '../../src/sinks/index.js';
import { NewskgError } from '../../src/core/errors.js';

describe('writeOutputs', () => {
  it('writes every file and leaves no temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-sink-'));
    await writeOutputs([
      { path: join(dir, 'a.ttl'), content: 'A' },
      { path: join(dir, 'sub', 'b.jsonld'), content: 'B' },
    ]);
    expect(readFileSync(join(dir, 'a.ttl'), 'utf8')).toBe('A');
    expect(readFileSync(join(dir, 'sub', 'b.jsonld'), 'utf8')).toBe('B');
    expect(readdirSync(dir).sort()).toEqual(['a.ttl', 'sub']);
  });

  it('writes nothing when one file of the set cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-sink-'));
    mkdirSync(join(dir, 'taken.ttl')); // a directory where a file should go: the rename fails
    const attempt = writeOutputs([
      { path: join(dir, 'good.jsonld'), content: 'G' },
      { path: join(dir, 'taken.ttl'), content: 'T' },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(NewskgError);
    await expect(attempt).rejects.toMatchObject({ code: 'OUTPUT_WRITE' });
    expect(readdirSync(dir)).toEqual(['taken.ttl']);
  });
});

describe('removeTempsOf', () => {
  it('removes only the temp files a killed writer, on any machine, left for these targets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-stale-'));
    const names = [
      '.a.ttl.0a1b2c3d.4242.0badc0de.tmp',
      '.a.jsonld.99887766.4242.0badc0de.tmp',
      '.b.ttl.0a1b2c3d.4242.0badc0de.tmp',
      'a.ttl',
      '.a.ttl.notes',
    ];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    await removeTempsOf([join(dir, 'a.ttl'), join(dir, 'a.jsonld')]);
    expect(readdirSync(dir).sort()).toEqual(['.a.ttl.notes', '.b.ttl.0a1b2c3d.4242.0badc0de.tmp', 'a.ttl']);
  });
});
