import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewskgError, isNewskgError } from '../core/errors.js';
import { fileError, readFileBounded } from '../core/files.js';

export type RdfInputFormat = 'turtle' | 'trig' | 'nquads' | 'ntriples' | 'jsonld';

const BY_EXTENSION: Record<string, RdfInputFormat> = {
  ttl: 'turtle',
  turtle: 'turtle',
  trig: 'trig',
  nq: 'nquads',
  nquads: 'nquads',
  nt: 'ntriples',
  jsonld: 'jsonld',
  json: 'jsonld',
};

export function rdfFormatOf(path: string): RdfInputFormat | undefined {
  const extension = path.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  return extension ? BY_EXTENSION[extension] : undefined;
}

/** Extensions a folder walk picks up: what `newskg export` writes, plus N-Triples. */
const DATA_EXTENSIONS = /\.(ttl|trig|nq|nquads|nt|jsonld)$/i;
/** `export --report` writes SHACL reports beside the graphs: they describe a graph, they are not part of it. */
const REPORT_FILE = /\.validation\.ttl$/i;

/**
 * The RDF files named by the arguments (query, load): files as given (an unknown extension is an
 * error), folders walked recursively
 * in sorted order (hidden entries and validation reports skipped), so that the same folder always
 * loads the same way.
 */
export async function collectRdfFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw fileError(path, error);
    });
    if (info.isDirectory()) await walk(path, files);
    else if (rdfFormatOf(path)) files.push(path);
    else throw unknownFormat(path);
  }
  return files;
}

function unknownFormat(path: string): NewskgError {
  return new NewskgError('RDF_PARSE', 'unknown RDF format: use .ttl, .trig, .nq, .nt or .jsonld', { source: path });
}

/**
 * Largest RDF file read as one document (validate, load, JSON-LD for query): just under the longest
 * string V8 can hold, so that a larger file is refused with its name rather than failing inside the parser.
 */
export const MAX_RDF_BYTES = 500 * 1024 * 1024;

/** An RDF file's text and format; errors name the file (missing, unreadable, too large, unknown extension). */
export async function readRdfFile(path: string): Promise<{ text: string; format: RdfInputFormat }> {
  const format = rdfFormatOf(path);
  if (!format) throw unknownFormat(path);
  const bytes = await readFileBounded(path, MAX_RDF_BYTES).catch((error: NodeJS.ErrnoException) => {
    throw isNewskgError(error) ? error : fileError(path, error);
  });
  return { text: bytes.toString('utf8'), format };
}

async function walk(folder: string, files: string[]): Promise<void> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, files);
    else if (entry.isFile() && DATA_EXTENSIONS.test(entry.name) && !REPORT_FILE.test(entry.name)) files.push(path);
  }
}
