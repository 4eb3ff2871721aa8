import { DataFactory, Parser } from 'n3';
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { NewskgError } from '../core/errors.js';
import { checkTerms } from './check-terms.js';
import type { JsonLdDocument } from 'jsonld';
import { localDocumentLoader } from '../core/jsonld-context.js';
import type { RdfInputFormat } from '../sources/rdf-files.js';

const N3_FORMAT: Record<Exclude<RdfInputFormat, 'jsonld'>, string> = {
  turtle: 'Turtle',
  trig: 'TriG',
  nquads: 'N-Quads',
  ntriples: 'N-Triples',
};

/**
 * Parses RDF text; errors name the source and, for N3 formats, the line. JSON-LD contexts are never
 * fetched. Terms that could not be written back safely (an IRI that is not absolute and valid, a bad
 * language tag) are refused here, before anything is written or sent (check-terms.ts).
 */
export async function parseRdf(text: string, format: RdfInputFormat, source: string): Promise<Quad[]> {
  const quads = await parseTerms(text, format, source);
  checkTerms(quads, source);
  return quads;
}

async function parseTerms(text: string, format: RdfInputFormat, source: string): Promise<Quad[]> {
  if (format === 'jsonld') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new NewskgError('RDF_PARSE', `not valid JSON: ${(error as Error).message}`, { source });
    }
    // jsonld.js is loaded only to read JSON-LD: the pipeline writes JSON-LD without it.
    const { default: jsonld } = await import('jsonld');
    try {
      const plain = (await jsonld.toRDF(document as JsonLdDocument, {
        documentLoader: localDocumentLoader as never,
      })) as unknown as PlainQuad[];
      return plain.map(toRdfJsQuad);
    } catch (error) {
      const refusal = findCause(error, (e): e is NewskgError => e instanceof NewskgError);
      if (refusal) throw new NewskgError(refusal.code, refusal.message, { source });
      throw new NewskgError('RDF_PARSE', `JSON-LD error: ${(error as Error).message}`, { source });
    }
  }
  try {
    return new Parser({ format: N3_FORMAT[format] }).parse(text) as Quad[];
  } catch (error) {
    const message = (error as Error).message;
    const line = (error as { context?: { line?: number } }).context?.line;
    throw new NewskgError('RDF_PARSE', message.replace(/ on line \d+\.?$/, ''), { source, ...(line ? { line } : {}) });
  }
}

/** jsonld.js wraps loader errors in its own (details.cause); finds ours in the chain. */
function findCause<T>(error: unknown, match: (e: unknown) => e is T): T | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (match(current)) return current;
    const holder = current as { cause?: unknown; details?: { cause?: unknown } };
    current = holder.details?.cause ?? holder.cause;
  }
  return undefined;
}

interface PlainTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}

interface PlainQuad {
  subject: PlainTerm;
  predicate: PlainTerm;
  object: PlainTerm;
  graph: PlainTerm;
}

/** jsonld.js yields plain objects; the validator and writers need RDF/JS terms (with equals()). */
function toRdfJsQuad(q: PlainQuad): Quad {
  const { namedNode, blankNode, literal, defaultGraph, quad } = DataFactory;
  const node = (t: PlainTerm) => (t.termType === 'BlankNode' ? blankNode(t.value.replace(/^_:/, '')) : namedNode(t.value));
  const object: Quad_Object =
    q.object.termType === 'Literal'
      ? literal(q.object.value, q.object.language || (q.object.datatype ? namedNode(q.object.datatype.value) : undefined))
      : node(q.object);
  const graph: Quad_Graph = q.graph.termType === 'DefaultGraph' ? defaultGraph() : node(q.graph);
  return quad(node(q.subject) as Quad_Subject, namedNode(q.predicate.value), object, graph);
}
