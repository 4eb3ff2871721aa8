import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { article, scratch, tempFiles } from './helpers.js';

function corpus(dir: string, records: number): string {
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(
    file,
    Array.from({ length: records }, (_, i) => JSON.stringify({ id: `a${i}`, text: article(i).repeat(6) })).join('\n') + '\n',
  );
  return file;
}

/** Starts an export and sends `signal` once some articles are written; resolves with its exit and standard error. */
function interrupt(args: string[], out: string, signal: NodeJS.Signals): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      if (existsSync(out) && readdirSync(out).length >= 4) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stderr });
    });
  });
}

describe('interrupted exports', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s: temp files removed, whole article sets kept, the summary printed, exit %i',
    async (signal, code) => {
      const dir = scratch();
      const out = join(dir, 'out');
      const run = await interrupt(['export', corpus(dir, 400), '-o', out, '--nquads', join(dir, 'all.nq'), '-j', '1', '-q'], out, signal);
      expect(run.status).toBe(code);
      expect(run.stderr).toMatch(new RegExp(`newskg: interrupted by ${signal}; \\d+ article\\(s\\) exported`));
      expect(tempFiles(dir)).toEqual([]);
      expect(existsSync(join(dir, 'all.nq'))).toBe(false);
      const files = readdirSync(out);
      for (const ttl of files.filter((f) => f.endsWith('.ttl'))) expect(files).toContain(ttl.replace(/\.ttl$/, '.jsonld'));
    },
    120_000,
  );

  it('after kill -9 a rerun removes the stale temp files and finishes the set', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    const file = corpus(dir, 120);
    await interrupt(['export', file, '-o', out, '--nquads', join(dir, 'all.nq'), '-j', '1', '-q'], out, 'SIGKILL');
    // what kill -9 leaves: temp files of a process of this machine that is gone; another machine's stay
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const elsewhere = host === '00000000' ? '11111111' : '00000000';
    writeFileSync(join(out, `.a0.ttl.${host}.999999.0123abcd.tmp`), 'partial');
    writeFileSync(join(out, `.a1.ttl.${elsewhere}.999999.0123abcd.tmp`), 'another machine is writing it');
    const run = runCli(['export', file, '-o', out, '--nquads', join(dir, 'all.nq'), '-j', '1', '-q']);
    expect(run.status).toBe(0);
    expect(tempFiles(dir)).toEqual([join('out', `.a1.ttl.${elsewhere}.999999.0123abcd.tmp`)]);
    expect(readdirSync(out)).toHaveLength(241);
  }, 180_000);
});
