import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLE, cli } from '../helpers/cli.js';

// The committed export of the bundled sample must be what the current code writes (`npm start` refreshes it).
describe('output/ (the committed sample export)', () => {
  it('is current', async () => {
    const out = mkdtempSync(join(tmpdir(), 'newskg-golden-'));
    await cli(['export', SAMPLE, '-o', out, '--report', '--quiet']);
    const committed = readdirSync(join(ROOT, 'output'))
      .filter((f) => !f.startsWith('.') && f !== 'README.md')
      .sort();
    expect(committed).toEqual(readdirSync(out).sort());
    for (const file of committed) {
      const fresh = readFileSync(join(out, file), 'utf8');
      expect(readFileSync(join(ROOT, 'output', file), 'utf8'), `output/${file} is stale: run npm start`).toBe(fresh);
    }
  });
});
