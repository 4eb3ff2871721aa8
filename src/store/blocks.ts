/**
 * Load inputs as a stream of graph blocks, one named graph's triples at a time, so a corpus of
 * any size is loaded in bounded memory. N-Quads files are read line by line (a graph ends where
 * the next begins, as `export --nquads` writes them); other files are parsed whole, the files of
 * one article (the same path but for the extension: a.ttl and a.jsonld) together, so a graph
 * they share is merged and sent once.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { NewskgError, isNewskgError } from '../core/errors.js';
import { fileError } from '../core/files.js';
import type { GraphBatches } from './graphs.js';
import { readGraphFile } from './inputs.js';
import { splitQuadLine } from './nquads-lines.js';
import { nTriplesLines } from './requests.js';

export interface GraphBlock {
  graph: string;
  /** Its triples as N-Triples lines, sorted and without repeats. */
  lines: string[];
}

/** An input that could not be read whole: the blocks it yielded before the fault were loaded. */
export type InputFailure = (file: string, error: unknown) => void;

const STREAMED = /\.(nq|nquads)$/i;
/** IRIs remembered as valid at most (predicates and classes repeat on every line). */
const CHECKED_IRIS_KEPT = 50_000;

/** The graph blocks of the files, in file order; a file that fails is reported and the next one read. */
export async function* readGraphBlocks(files: readonly string[], onFailure: InputFailure): AsyncGenerator<GraphBlock> {
  for (let i = 0; i < files.length;) {
    const file = files[i]!;
    if (STREAMED.test(file)) {
      i++;
      try {
        yield* streamNQuads(file);
      } catch (error) {
        onFailure(file, error);
      }
      continue;
    }
    // one article's files, in memory together
    const stem = stemOf(file);
    const batches: GraphBatches = new Map();
    for (; i < files.length && !STREAMED.test(files[i]!) && stemOf(files[i]!) === stem; i++) {
      try {
        await readGraphFile(files[i]!, batches);
      } catch (error) {
        onFailure(files[i]!, error);
      }
    }
    yield* blocksOf(batches);
  }
}

/** In-memory batches as blocks, in IRI order. */
export function* blocksOf(batches: GraphBatches): Generator<GraphBlock> {
  for (const graph of [...batches.keys()].sort()) yield { graph, lines: nTriplesLines(batches.get(graph)!) };
}

async function* streamNQuads(file: string): AsyncGenerator<GraphBlock> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('ready', () => resolve());
    input.once('error', (error: NodeJS.ErrnoException) => reject(fileError(file, error)));
  });
  await opened;
  const checked = new Set<string>();
  let graph: string | undefined;
  let lines: string[] = [];
  let number = 0;
  let quads = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      number++;
      const quad = splitQuadLine(line, { source: file, line: number }, checked);
      if (!quad) continue;
      if (quad.graph === undefined)
        throw new NewskgError('RDF_PARSE', 'a triple outside a named graph: an N-Quads stream must name every graph', {
          source: file,
          line: number,
        });
      quads++;
      if (quad.graph !== graph) {
        if (graph !== undefined) yield { graph, lines: sortedUnique(lines) };
        graph = quad.graph;
        lines = [];
      }
      lines.push(quad.triple);
      if (checked.size > CHECKED_IRIS_KEPT) checked.clear();
    }
  } catch (error) {
    throw isNewskgError(error) ? error : fileError(file, error);
  } finally {
    input.destroy();
  }
  if (graph !== undefined) yield { graph, lines: sortedUnique(lines) };
  if (quads === 0)
    throw new NewskgError('INPUT_EMPTY', 'holds no triples: nothing to load (is it an empty or truncated export?)', { source: file });
}

function sortedUnique(lines: string[]): string[] {
  return [...new Set(lines)].sort();
}

function stemOf(file: string): string {
  return file.slice(0, file.length - extname(file).length);
}
