import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinksTable } from '../../src/links/index.js';

describe('readLinksTable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-links-'));

  it('reads a table file', async () => {
    const file = join(dir, 'links.tsv');
    writeFileSync(file, 'NATO\thttp://www.wikidata.org/entity/Q7184\n');
    const table = await readLinksTable(file);
    expect(table.lookup('Organization', ['NATO'])).toEqual(['http://www.wikidata.org/entity/Q7184']);
  });

  it('names the file and the line of a bad entry', async () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, '# links\nNATO\tnot-an-iri\n');
    await expect(readLinksTable(file)).rejects.toMatchObject({ code: 'OPTION_INVALID', location: { source: file, line: 2 } });
  });

  it('reports a missing file as an invalid option', async () => {
    const file = join(dir, 'missing.tsv');
    await expect(readLinksTable(file)).rejects.toMatchObject({
      code: 'OPTION_INVALID',
      location: { source: file },
      message: 'links table does not exist',
    });
  });
});
