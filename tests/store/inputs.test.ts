import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRdfFiles, readGraphFile } from '../../src/store/index.js';
import type { GraphBatches } from '../../src/store/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newskg-inputs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listRdfFiles', () => {
  it('walks folders for exported RDF, skipping validation reports, hidden and other files', async () => {
    await mkdir(join(dir, 'sub'));
    for (const name of ['b.trig', 'a.ttl', 'a.validation.ttl', 'a.jsonld', 'notes.txt', '.hidden.ttl', 'sub/c.nq'])
      await writeFile(join(dir, name), '');
    expect((await listRdfFiles([dir])).map((f) => f.slice(dir.length + 1))).toEqual(['a.jsonld', 'a.ttl', 'b.trig', 'sub/c.nq']);
  });

  it('keeps a file named on the command line whatever its name', async () => {
    await writeFile(join(dir, 'x.validation.ttl'), '');
    expect(await listRdfFiles([join(dir, 'x.validation.ttl')])).toEqual([join(dir, 'x.validation.ttl')]);
  });

  it('names a path that does not exist', async () => {
    await expect(listRdfFiles([join(dir, 'missing')])).rejects.toThrow('missing does not exist');
  });
});

describe('readGraphFile', () => {
  it('reads a JSON-LD export into its article graph', async () => {
    const file = join(dir, 'a.jsonld');
    await writeFile(
      file,
      JSON.stringify({
        '@id': 'https://ex.org/article/1',
        '@type': 'https://w3id.org/newskg/ontology#Article',
        'https://schema.org/headline': 'H',
      }),
    );
    const batches: GraphBatches = new Map();
    expect(await readGraphFile(file, batches)).toBe(2);
    expect([...batches.keys()]).toEqual(['https://ex.org/article/1']);
  });
});
