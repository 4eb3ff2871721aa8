import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';

/** Our graphs have no blank nodes, so isomorphism is equality of the sets of N-Quads lines. */
export function quadLines(quads: readonly Quad[], options: { dropGraph?: boolean } = {}): string[] {
  const writer = new Writer({ format: 'N-Quads' });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, options.dropGraph ? undefined : q.graph).trim());
  return [...new Set(lines)].sort();
}

export function parseRdfText(text: string, format: 'Turtle' | 'TriG' | 'N-Quads'): Quad[] {
  return new Parser({ format }).parse(text) as Quad[];
}
