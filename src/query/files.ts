import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewskgError } from '../core/errors.js';
import { rdfFormatOf } from '../graph/index.js';

/** Extensions a directory walk picks up: what `newskg export` writes, plus N-Triples. */
const DATA_EXTENSIONS = /\.(ttl|trig|nq|nt|jsonld)$/i;
/** `export --report` writes SHACL reports beside the graphs; they are not article data. */
const REPORT_FILE = /\.validation\.ttl$/i;

/**
 * The data files named on the command line: files as given (any RDF extension), directories
 * walked recursively for .ttl .trig .nq .nt .jsonld (validation reports, `*.validation.ttl`,
 * skipped), each directory's files in sorted order so that the same folder always loads the same way.
 */
export async function collectDataFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new NewskgError(error.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', error.code === 'ENOENT' ? 'file or directory does not exist' : error.message, { source: path });
    });
    if (info.isDirectory()) files.push(...(await walk(path)));
    else if (rdfFormatOf(path)) files.push(path);
    else throw new NewskgError('RDF_PARSE', 'unknown RDF format: use .ttl, .trig, .nq, .nt or .jsonld', { source: path });
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && DATA_EXTENSIONS.test(entry.name) && !REPORT_FILE.test(entry.name)) files.push(path);
  }
  return files;
}
