import type { Quad, Term } from '@rdfjs/types';
import { XSD } from '../core/vocab.js';
import { orderQuads } from '../graph/order.js';
import type { ByteSink } from './byte-sink.js';

// Canonical N-Quads escaping, as N3.Writer does it: U+0000-U+001F, `"`, `\`, U+007F, U+FFFE and U+FFFF.
// None of these is a surrogate, so escaping never splits a pair.
const ESCAPE = /[^ !#-[\]-~\u0080-\uFFFD]/;
const ESCAPE_ALL = /[^ !#-[\]-~\u0080-\uFFFD]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
const escapeCharacter = (c: string): string => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const escaped = (text: string): string => (ESCAPE.test(text) ? text.replace(ESCAPE_ALL, escapeCharacter) : text);

const SPACE = 0x20;
const QUOTE = 0x22;
const AT = 0x40;
const LINE_END = Buffer.from(' .\n');
const DATATYPE_MARK = Buffer.from('^^');

/**
 * N-Quads, one quad a line in orderQuads order: what N3.Writer's quadToString writes (canonical
 * escaping), with each IRI encoded once per document; an article repeats a few hundred IRIs
 * thousands of times.
 */
export function writeNQuads(quads: readonly Quad[], sink: ByteSink): void {
  const encoded = new Map<string, Uint8Array>();
  const writeNode = (term: Term): void => {
    if (term.termType === 'BlankNode') return sink.writeText(`_:${term.value}`);
    if (term.termType !== 'NamedNode') throw new TypeError(`cannot write a ${term.termType} in N-Quads`);
    let bytes = encoded.get(term.value);
    if (bytes === undefined) encoded.set(term.value, (bytes = Buffer.from(`<${escaped(term.value)}>`)));
    sink.writeBytes(bytes);
  };
  for (const { subject, predicate, object, graph } of orderQuads(quads)) {
    writeNode(subject);
    sink.writeByte(SPACE);
    writeNode(predicate);
    sink.writeByte(SPACE);
    if (object.termType === 'Literal') {
      sink.writeByte(QUOTE);
      sink.writeText(escaped(object.value));
      sink.writeByte(QUOTE);
      const direction = (object as { direction?: string }).direction;
      if (object.language) {
        sink.writeByte(AT);
        sink.writeText(direction ? `${object.language}--${direction}` : object.language);
      } else if (object.datatype.value !== XSD.string) {
        sink.writeBytes(DATATYPE_MARK);
        writeNode(object.datatype);
      }
    } else {
      writeNode(object);
    }
    if (graph.termType !== 'DefaultGraph') {
      sink.writeByte(SPACE);
      writeNode(graph);
    }
    sink.writeBytes(LINE_END);
  }
}
