import { NewskgError, isNewskgError } from '../core/errors.js';
import { readFileBounded } from '../core/files.js';
import { DEFAULT_MAX_BYTES } from '../sources/input.js';
import { parseLinksTable } from './parse.js';
import type { LinksTable } from './table.js';

/** Reads a links table file (`--links file.tsv`); errors name the file, and the line for a bad entry. */
export async function readLinksTable(path: string): Promise<LinksTable> {
  const bytes = await readFileBounded(path, DEFAULT_MAX_BYTES).catch((error: NodeJS.ErrnoException) => {
    if (isNewskgError(error)) throw new NewskgError('OPTION_INVALID', `links table: ${error.message}`, { source: path }, { cause: error });
    const message = error.code === 'ENOENT' ? 'links table does not exist' : `links table cannot be read (${error.code ?? error.message})`;
    throw new NewskgError('OPTION_INVALID', message, { source: path }, { cause: error });
  });
  return parseLinksTable(bytes.toString('utf8'), path);
}
