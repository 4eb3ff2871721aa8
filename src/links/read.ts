import { readFile } from 'node:fs/promises';
import { NewskgError } from '../core/errors.js';
import { parseLinksTable } from './parse.js';
import type { LinksTable } from './table.js';

/** Reads a links table file (`--links file.tsv`); errors name the file, and the line for a bad entry. */
export async function readLinksTable(path: string): Promise<LinksTable> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    const message = error.code === 'ENOENT' ? 'links table does not exist' : `links table cannot be read (${error.code ?? error.message})`;
    throw new NewskgError('OPTION_INVALID', message, { source: path }, { cause: error });
  });
  return parseLinksTable(text, path);
}
