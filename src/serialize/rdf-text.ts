import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { orderQuads } from '../graph/order.js';
import { writePrettyRdf } from './turtle.js';

export type RdfTextFormat = 'turtle' | 'trig' | 'nquads';

export interface SerializeOptions {
  /** The instance namespace (--base): Turtle and TriG declare prefixes for it. */
  base?: string;
}

/** Turtle (triples only: the graph name is dropped), TriG (with the named graph) or N-Quads. */
export function writeRdfText(quads: readonly Quad[], format: RdfTextFormat, options: SerializeOptions = {}): string {
  if (format !== 'nquads') return writePrettyRdf(quads, format, options.base);
  const writer = new Writer({ format: 'N-Quads' });
  return orderQuads(quads)
    .map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph))
    .join('');
}
