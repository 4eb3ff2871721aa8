/**
 * Finds and reads exported RDF for loading: files as given, folders walked for the
 * extensions the exporter writes. SHACL reports (*.validation.ttl) in a folder are skipped:
 * they describe a graph, they are not part of it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewskgError } from '../core/errors.js';
import { parseRdf, rdfFormatOf } from '../graph/index.js';
import type { GraphBatches } from './graphs.js';
import { addToGraphs } from './graphs.js';

const FOLDER_EXTENSIONS = /\.(ttl|trig|nq|nquads|nt|jsonld)$/i;
const REPORT = /\.validation\.ttl$/i;

/** The data files named by the arguments, folders expanded (recursively, sorted, hidden entries skipped). */
export async function listRdfFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new NewskgError(error.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', error.code === 'ENOENT' ? 'file or folder does not exist' : error.message, { source: path });
    });
    if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && FOLDER_EXTENSIONS.test(entry.name) && !REPORT.test(entry.name)) files.push(path);
  }
  return files;
}

/** Parses one data file and adds its triples to the graph batches; returns how many quads it held. */
export async function readGraphFile(file: string, into: GraphBatches): Promise<number> {
  const format = rdfFormatOf(file);
  if (!format) throw new NewskgError('RDF_PARSE', 'unknown RDF format: use .ttl, .trig, .nq, .nt or .jsonld', { source: file });
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new NewskgError(error.code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', error.code === 'ENOENT' ? 'file does not exist' : error.message, { source: file });
  });
  const quads = await parseRdf(text, format, file);
  addToGraphs(into, quads, file);
  return quads.length;
}
