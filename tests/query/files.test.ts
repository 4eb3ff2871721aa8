import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectDataFiles } from '../../src/query/index.js';
import { scratch } from './helpers.js';

describe('collectDataFiles', () => {
  it('walks directories for RDF files in sorted order, subdirectories included', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'b'));
    for (const f of ['c.nq', 'a.ttl', 'notes.txt', 'b/x.jsonld', 'b/y.trig', 'z.nt']) writeFileSync(join(dir, f), '');
    expect((await collectDataFiles([dir])).map((f) => f.slice(dir.length + 1))).toEqual([
      'a.ttl',
      'b/x.jsonld',
      'b/y.trig',
      'c.nq',
      'z.nt',
    ]);
  });

  it('skips the validation reports that export --report writes beside the graphs', async () => {
    const dir = scratch();
    for (const f of ['a.ttl', 'a.validation.ttl']) writeFileSync(join(dir, f), '');
    expect((await collectDataFiles([dir])).map((f) => f.slice(dir.length + 1))).toEqual(['a.ttl']);
  });

  it('keeps files named on the command line in the order given', async () => {
    const dir = scratch();
    for (const f of ['b.ttl', 'a.nq']) writeFileSync(join(dir, f), '');
    expect(await collectDataFiles([join(dir, 'b.ttl'), join(dir, 'a.nq')])).toEqual([join(dir, 'b.ttl'), join(dir, 'a.nq')]);
  });

  it('names a path that does not exist', async () => {
    await expect(collectDataFiles(['/nonexistent/data.ttl'])).rejects.toMatchObject({
      code: 'INPUT_NOT_FOUND',
      location: { source: '/nonexistent/data.ttl' },
    });
  });

  it('refuses a named file that is not RDF', async () => {
    const file = join(scratch(), 'article.txt');
    writeFileSync(file, 'text');
    await expect(collectDataFiles([file])).rejects.toMatchObject({ code: 'RDF_PARSE' });
  });
});
