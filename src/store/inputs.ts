/**
 * Finds and reads exported RDF for loading: files as given, folders walked for the
 * extensions the exporter writes. SHACL reports (*.validation.ttl) in a folder are skipped:
 * they describe a graph, they are not part of it.
 */
import { NewskgError } from '../core/errors.js';
import { parseRdf } from '../graph/index.js';
import { collectRdfFiles, readRdfFile } from '../sources/rdf-files.js';
import type { GraphBatches } from './graphs.js';
import { addToGraphs } from './graphs.js';

/** The data files named by the arguments, folders expanded (recursively, sorted, hidden entries and reports skipped). */
export const listRdfFiles = collectRdfFiles;

/** Parses one data file and adds its triples to the graph batches; returns how many quads it held. An empty file is an error, not "0 graphs loaded". */
export async function readGraphFile(file: string, into: GraphBatches): Promise<number> {
  const { text, format } = await readRdfFile(file);
  const quads = await parseRdf(text, format, file);
  if (quads.length === 0)
    throw new NewskgError('INPUT_EMPTY', 'holds no triples: nothing to load (is it an empty or truncated export?)', { source: file });
  addToGraphs(into, quads, file);
  return quads.length;
}
