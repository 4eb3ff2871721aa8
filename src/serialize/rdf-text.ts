import type { Quad } from '@rdfjs/types';
import { ByteSink } from './byte-sink.js';
import { writeNQuads } from './nquads.js';
import { writePrettyRdf } from './turtle.js';

export type RdfTextFormat = 'turtle' | 'trig' | 'nquads';

export interface SerializeOptions {
  /** The instance namespace (--base): Turtle and TriG declare prefixes for it. */
  base?: string;
}

/** Turtle (triples only: the graph name is dropped), TriG (with the named graph) or N-Quads. */
export function writeRdfText(quads: readonly Quad[], format: RdfTextFormat, options: SerializeOptions = {}): string {
  return writeRdf(quads, format, options).text();
}

/** The same document as writeRdfText in UTF-8, in a buffer of its own (it can be transferred to another thread). */
export function writeRdfBytes(quads: readonly Quad[], format: RdfTextFormat, options: SerializeOptions = {}): Uint8Array {
  return writeRdf(quads, format, options).bytes();
}

// An N-Quads line of an article averages ~200 bytes, a Turtle one ~50: room for most documents at once.
const BYTES_PER_QUAD: Record<RdfTextFormat, number> = { nquads: 256, turtle: 64, trig: 64 };

function writeRdf(quads: readonly Quad[], format: RdfTextFormat, options: SerializeOptions): ByteSink {
  const sink = new ByteSink(Math.max(1024, quads.length * BYTES_PER_QUAD[format]));
  if (format === 'nquads') writeNQuads(quads, sink);
  else writePrettyRdf(quads, format, sink, options.base);
  return sink;
}
