import type { Literal, Quad, Term } from '@rdfjs/types';
import { instancePrefixes } from '../core/iri-layout.js';
import { PREFIXES, RDF, XSD } from '../core/vocab.js';
import { orderQuads } from '../graph/order.js';
import { termKey } from '../graph/terms.js';
import type { ByteSink } from './byte-sink.js';

/**
 * A Turtle/TriG writer for people: subjects in the encoder's order (article first), one
 * predicate a line, long object lists one object a line, only the prefixes in use.
 * N3.Writer is correct but puts every object of a predicate on one line, which made the
 * article's mention list a single line of several kilobytes.
 */
export function writePrettyRdf(quads: readonly Quad[], format: 'turtle' | 'trig', sink: ByteSink, base?: string): void {
  const namer = new PrefixNamer({ ...PREFIXES, ...(base ? instancePrefixes(base) : {}) });
  const byGraph = new Map<string, Quad[]>();
  for (const q of orderQuads(quads)) {
    const key = format === 'trig' ? termKey(q.graph) : '';
    let list = byGraph.get(key);
    if (!list) byGraph.set(key, (list = []));
    list.push(q);
  }
  // The prefixes in use are known once the body is written: they go in front of it at the end.
  const start = sink.size;
  let blocks = 0;
  for (const graphQuads of byGraph.values()) {
    if (blocks++) sink.writeText('\n\n');
    const graph = graphQuads[0]!.graph;
    const named = format === 'trig' && graph.termType !== 'DefaultGraph';
    if (named) {
      writeTerm(namer.term(graph), sink);
      sink.writeText(' {\n');
    }
    writeSubjectBlocks(graphQuads, namer, named ? '    ' : '', sink);
    if (named) sink.writeText('\n}');
  }
  sink.writeByte(LINE_FEED);
  const header = namer.usedDeclarations();
  if (header) sink.insertText(start, `${header}\n`);
}

const WRAP_AT = 100;
const LINE_FEED = 0x0a;
const SPACE = 0x20;

/** An IRI as written (prefixed name or <IRI>), encoded once: an article repeats a few hundred IRIs thousands of times. */
interface WrittenIri {
  prefix?: string;
  text: string;
  bytes: Uint8Array;
}

/** Literals and blank nodes stay text. */
type WrittenTerm = WrittenIri | string;

const writtenIri = (text: string, prefix?: string): WrittenIri => ({
  text,
  bytes: Buffer.from(text),
  ...(prefix !== undefined ? { prefix } : {}),
});

const A = writtenIri('a');

const widthOf = (term: WrittenTerm): number => (typeof term === 'string' ? term.length : term.text.length);

function writeTerm(term: WrittenTerm, sink: ByteSink): void {
  if (typeof term === 'string') sink.writeText(term);
  else sink.writeBytes(term.bytes);
}

function writeSubjectBlocks(quads: readonly Quad[], namer: PrefixNamer, indent: string, sink: ByteSink): void {
  const firstSubject = Buffer.from(indent);
  const subjectBreak = Buffer.from(`\n\n${indent}`);
  const lineBreak = Buffer.from(`;\n${indent}    `);
  const objectBreak = Buffer.from(`,\n${indent}        `);
  const objectsBelow = Buffer.from(`\n${indent}        `);
  const objectsInline = Buffer.from(', ');
  const subjectEnd = Buffer.from(' .');
  const objects: WrittenTerm[] = [];
  let i = 0;
  while (i < quads.length) {
    const subject = quads[i]!.subject;
    sink.writeBytes(i ? subjectBreak : firstSubject);
    writeTerm(namer.term(subject), sink);
    sink.writeByte(SPACE);
    let predicates = 0;
    while (i < quads.length && quads[i]!.subject.equals(subject)) {
      const predicate = quads[i]!.predicate;
      objects.length = 0;
      let width = 0;
      while (i < quads.length && quads[i]!.subject.equals(subject) && quads[i]!.predicate.equals(predicate)) {
        const object = namer.term(quads[i]!.object);
        objects.push(object);
        width += widthOf(object) + 2;
        i++;
      }
      const verb = predicate.value === RDF.type ? A : namer.term(predicate);
      // The predicate and its objects on one line when that fits in WRAP_AT, else one object a line.
      const oneLine = widthOf(verb) + width - 1 <= WRAP_AT || objects.length === 1;
      if (predicates++ > 0) sink.writeBytes(lineBreak);
      writeTerm(verb, sink);
      if (oneLine) sink.writeByte(SPACE);
      else sink.writeBytes(objectsBelow);
      writeTerm(objects[0]!, sink);
      for (let k = 1; k < objects.length; k++) {
        sink.writeBytes(oneLine ? objectsInline : objectBreak);
        writeTerm(objects[k]!, sink);
      }
    }
    sink.writeBytes(subjectEnd);
  }
}

// Conservative PN_LOCAL (Turtle 1.1 allows a leading digit): what parsers accept unescaped.
const SAFE_LOCAL = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

// A SAFE_LOCAL name never contains these, so a namespace ending with one can only be cut at the IRI's last one.
const DELIMITERS = /[/#:]$/;

class PrefixNamer {
  private readonly used = new Set<string>();
  private readonly written = new Map<string, WrittenIri>();
  private readonly entries: [string, string][];
  /** namespace -> prefix when every namespace ends with a delimiter (the longest-first scan otherwise). */
  private readonly byNamespace: Map<string, string> | undefined;

  constructor(private readonly prefixes: Readonly<Record<string, string>>) {
    // Longest namespace first, so that nested namespaces win over their parents.
    this.entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
    if (this.entries.every(([, namespace]) => DELIMITERS.test(namespace))) {
      this.byNamespace = new Map();
      for (const [prefix, namespace] of this.entries) if (!this.byNamespace.has(namespace)) this.byNamespace.set(namespace, prefix);
    }
  }

  term(term: Term): WrittenTerm {
    switch (term.termType) {
      case 'NamedNode':
        return this.iri(term.value);
      case 'BlankNode':
        return `_:${term.value}`;
      case 'Literal':
        return this.literal(term);
      default:
        throw new TypeError(`cannot write a ${term.termType} in Turtle`);
    }
  }

  private iri(iri: string): WrittenIri {
    let written = this.written.get(iri);
    if (!written) this.written.set(iri, (written = this.writeIri(iri)));
    if (written.prefix !== undefined) this.used.add(written.prefix);
    return written;
  }

  private writeIri(iri: string): WrittenIri {
    if (this.byNamespace) {
      // The first entry that fits is the one whose namespace ends at the IRI's last delimiter.
      const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'), iri.lastIndexOf(':')) + 1;
      const prefix = cut > 0 ? this.byNamespace.get(iri.slice(0, cut)) : undefined;
      const local = iri.slice(cut);
      if (prefix !== undefined && SAFE_LOCAL.test(local)) return writtenIri(`${prefix}:${local}`, prefix);
    } else {
      for (const [prefix, namespace] of this.entries) {
        if (iri.startsWith(namespace) && SAFE_LOCAL.test(iri.slice(namespace.length)))
          return writtenIri(`${prefix}:${iri.slice(namespace.length)}`, prefix);
      }
    }
    // eslint-disable-next-line no-control-regex -- IRIREF forbids control characters; they must be escaped
    return writtenIri(`<${iri.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`);
  }

  private literal(literal: Literal): string {
    const datatype = literal.datatype.value;
    if (datatype === XSD.integer && /^[+-]?\d+$/.test(literal.value)) return literal.value;
    if (datatype === XSD.decimal && /^[+-]?\d*\.\d+$/.test(literal.value)) return literal.value;
    if (datatype === XSD.boolean && /^(true|false)$/.test(literal.value)) return literal.value;
    const quoted = `"${literal.value.replace(/[\\"\n\r\t\b\f]/g, (c) => ESCAPES[c]!)}"`;
    if (literal.language) return `${quoted}@${literal.language}`;
    if (datatype === XSD.string) return quoted;
    return `${quoted}^^${this.iri(datatype).text}`;
  }

  usedDeclarations(): string {
    return Object.entries(this.prefixes)
      .filter(([prefix]) => this.used.has(prefix))
      .map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .\n`)
      .join('');
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
