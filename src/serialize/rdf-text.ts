import type { Quad, Term } from '@rdfjs/types';
import { XSD } from '../core/vocab.js';
import { orderQuads } from '../graph/order.js';
import { writePrettyRdf } from './turtle.js';

export type RdfTextFormat = 'turtle' | 'trig' | 'nquads';

export interface SerializeOptions {
  /** The instance namespace (--base): Turtle and TriG declare prefixes for it. */
  base?: string;
}

/** Turtle (triples only: the graph name is dropped), TriG (with the named graph) or N-Quads. */
export function writeRdfText(quads: readonly Quad[], format: RdfTextFormat, options: SerializeOptions = {}): string {
  return format === 'nquads' ? writeNQuads(quads) : writePrettyRdf(quads, format, options.base);
}

// Canonical N-Quads escaping, as N3.Writer does it: U+0000-U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF.
const ESCAPE = /[^ !#-[\]-~\u0080-\uFFFD]/;
const ESCAPE_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
const escapeCharacter = (c: string): string => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const escaped = (text: string): string => (ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeCharacter) : text);

/**
 * N-Quads, one quad a line in orderQuads order: what N3.Writer's quadToString writes (canonical
 * escaping), with each IRI written once per document; an article repeats a few hundred IRIs
 * thousands of times.
 */
function writeNQuads(quads: readonly Quad[]): string {
  const written = new Map<string, string>();
  const node = (term: Term): string => {
    if (term.termType === 'BlankNode') return `_:${term.value}`;
    if (term.termType !== 'NamedNode') throw new TypeError(`cannot write a ${term.termType} in N-Quads`);
    let text = written.get(term.value);
    if (text === undefined) written.set(term.value, (text = `<${escaped(term.value)}>`));
    return text;
  };
  let out = '';
  for (const { subject, predicate, object, graph } of orderQuads(quads)) {
    let value: string;
    if (object.termType === 'Literal') {
      const direction = (object as { direction?: string }).direction;
      if (object.language) value = `"${escaped(object.value)}"@${object.language}${direction ? `--${direction}` : ''}`;
      else if (object.datatype.value === XSD.string) value = `"${escaped(object.value)}"`;
      else value = `"${escaped(object.value)}"^^${node(object.datatype)}`;
    } else {
      value = node(object);
    }
    out += `${node(subject)} ${node(predicate)} ${value}${graph.termType === 'DefaultGraph' ? '' : ` ${node(graph)}`} .\n`;
  }
  return out;
}
