import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cli, SAMPLE } from '../helpers/cli.js';
import { answer, useFakeStore } from '../store/fake-store.js';
import { scratch, tempFiles } from './helpers.js';

const startStore = useFakeStore();
const TRIG = `${ROOT}tests/fixtures/store/two-graphs.trig`;

const INJECTION = 'http://x/a>}};DELETE{GRAPH?g{?s?p?o}}WHERE{GRAPH?g{?s?p?o}};INSERT{<http://x/q><http://x/q><http://x/q>}WHERE{{#';

describe('SPARQL Update injection', () => {
  it('refuses data whose IRI would end early in the request, and sends nothing', async () => {
    const store = await startStore((_req, res) => answer(res, 204));
    const dir = scratch();
    const file = join(dir, 'evil.jsonld');
    const graph = {
      '@id': 'http://x/s',
      '@type': 'https://w3id.org/newskg/ontology#Article',
      'https://schema.org/about': { '@id': INJECTION },
    };
    writeFileSync(file, JSON.stringify({ '@id': 'http://x/g', '@graph': [graph] }));
    const run = await cli(['load', file, '--endpoint', `${store.url}/update`, '--protocol', 'update']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('RDF_PARSE');
    expect(run.stderr).toContain('is not an absolute IRI');
    expect(store.requests).toHaveLength(0);
  });
});

describe('credentials', () => {
  it('never prints the Basic credentials a store echoes in its error page', async () => {
    const store = await startStore((req, res) =>
      answer(res, 500, `<html>Error: header was ${String(req.headers['authorization'])}</html>`),
    );
    const run = await cli(['load', TRIG, '--endpoint', `${store.url}/gsp`, '--user', 'alice', '--auth', 'basic', '--tries', '1'], {
      env: { NEWSKG_STORE_PASSWORD: 'S3cr3tPw' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('HTTP 500');
    expect(run.stderr).not.toContain(Buffer.from('alice:S3cr3tPw').toString('base64'));
    expect(run.stderr).not.toContain('S3cr3tPw');
  });

  it('does not star out an ordinary word that happens to be the password', async () => {
    const store = await startStore((_req, res) => answer(res, 401, 'no', { 'www-authenticate': 'Basic realm="x"' }));
    const run = await cli(['load', TRIG, '--endpoint', `${store.url}/gsp`, '--user', 'alice', '--auth', 'basic', '--tries', '1'], {
      env: { NEWSKG_STORE_PASSWORD: 'wrong' },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('(HTTP 401: wrong user or password)');
    expect(run.stderr).not.toContain('***');
  });

  it('never echoes the password of a malformed --endpoint', async () => {
    const run = await cli(['load', SAMPLE, '--endpoint', 'ftp://alice:S3cr3t@127.0.0.1/x']);
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('ftp://***@127.0.0.1/x');
    expect(run.stderr).not.toContain('S3cr3t');
  });
});

/** A character device made in a scratch folder (never /dev/null or /dev/full themselves): 1,3 discards, 1,7 is always full. */
function device(dir: string, name: string, minor: number): string {
  const path = join(dir, name);
  execFileSync('mknod', [path, 'c', '1', String(minor)], { stdio: 'ignore' });
  return path;
}

/** mknod needs root (CI runs as root); elsewhere the device cases are skipped, and say so. */
const CAN_MKNOD = ((): boolean => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-mknod-'));
  try {
    device(dir, 'probe', 3);
    return true;
  } catch {
    console.warn('mknod is not allowed here: the device cases of tests/hostile/security.test.ts are skipped');
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

describe('output targets that are not regular files', () => {
  it('writes through a symbolic link: the link stays, the file it points to gets the graph', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.nq'), 'old\n');
    symlinkSync('real.nq', join(dir, 'link.nq'));
    expect((await cli(['export', SAMPLE, '--nquads', join(dir, 'link.nq'), '-q'])).status).toBe(0);
    expect(lstatSync(join(dir, 'link.nq')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.nq'))).toBe('real.nq');
    expect(readFileSync(join(dir, 'real.nq'), 'utf8')).toContain('<https://w3id.org/newskg/ontology#Article>');
  });

  it.skipIf(!CAN_MKNOD).each([
    ['--nquads', (path: string) => ['export', SAMPLE, '--nquads', path, '-q']],
    ['--errors', (path: string) => ['export', SAMPLE, '-o', join(path, '..', 'out'), '--errors', path, '-q']],
    ['markup -o', (path: string) => ['markup', SAMPLE, '-o', path, '-q']],
  ])('%s onto a device node writes into it and leaves it a device', async (_name, args) => {
    const dir = scratch();
    const sink = device(dir, 'sink', 3);
    expect((await cli(args(sink))).status).toBe(0);
    expect(lstatSync(sink).isCharacterDevice()).toBe(true);
    expect(tempFiles(dir)).toEqual([]);
  });

  it.skipIf(!CAN_MKNOD)(
    'a full device is "no space left", exit 3, naming the output and not the input; validate --report too',
    async () => {
      const dir = scratch();
      const full = device(dir, 'full', 7);
      const run = await cli(['export', SAMPLE, '--nquads', full, '-q']);
      expect(run.status).toBe(3);
      expect(run.stderr).toContain(`${full}: OUTPUT_WRITE: cannot write output: no space left on the device`);
      expect(run.stderr).not.toContain('INTERNAL');
      expect(lstatSync(full).isCharacterDevice()).toBe(true);
      const nq = join(dir, 'a.nq');
      await cli(['export', SAMPLE, '--nquads', nq, '-q']);
      expect((await cli(['validate', nq, '--report', full, '-q'])).status).toBe(3);
      expect(lstatSync(full).isCharacterDevice()).toBe(true);
    },
  );

  it('refuses a folder or a dangling link before any work', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'folder.nq'));
    symlinkSync('missing.nq', join(dir, 'dangling.nq'));
    for (const [target, reason] of [
      ['folder.nq', 'is a folder'],
      ['dangling.nq', 'symbolic link to a file that does not exist'],
    ] as const) {
      const run = await cli(['export', SAMPLE, '--nquads', join(dir, target), '-q']);
      expect(run.status).toBe(3);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).toContain('0 article(s) exported, 0 triples');
    }
  });

  it('"-" stays standard output', async () => {
    const run = await cli(['export', SAMPLE, '--nquads', '-', '-q']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<https://w3id.org/newskg/ontology#Article>');
  });
});
