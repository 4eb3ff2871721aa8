/**
 * Groups quads by the named graph they are written to. Exported TriG and N-Quads name
 * each article's graph; Turtle and JSON-LD have none, so their triples go to the graph
 * named after the article they describe (the one subject typed newskg:Article), which is
 * the graph a TriG export of the same article uses.
 */
import type { Quad } from '@rdfjs/types';
import { NewskgError } from '../core/errors.js';
import { NKG } from '../core/vocab.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Graph IRI -> its triples (as quads; their graph term is ignored when written). */
export type GraphBatches = Map<string, Quad[]>;

/** Adds one file's quads to `into` (by graph IRI); throws when default-graph triples have no single article to name their graph. */
export function addToGraphs(into: GraphBatches, quads: readonly Quad[], source: string): GraphBatches {
  const unnamed = quads.filter((q) => q.graph.termType === 'DefaultGraph');
  const articleGraph = unnamed.length ? articleIri(unnamed, source) : undefined;
  for (const quad of quads) {
    if (quad.graph.termType === 'BlankNode') {
      throw new NewskgError('RDF_PARSE', 'a graph named by a blank node cannot be written to a store: name it with an IRI', { source });
    }
    const graph = quad.graph.termType === 'NamedNode' ? quad.graph.value : articleGraph!;
    const batch = into.get(graph);
    if (batch) batch.push(quad);
    else into.set(graph, [quad]);
  }
  return into;
}

function articleIri(quads: readonly Quad[], source: string): string {
  const articles = [
    ...new Set(
      quads
        .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === NKG.Article && q.subject.termType === 'NamedNode')
        .map((q) => q.subject.value),
    ),
  ];
  if (articles.length === 1) return articles[0]!;
  const why = articles.length === 0 ? 'no subject typed newskg:Article' : `${articles.length} subjects typed newskg:Article`;
  throw new NewskgError(
    'RDF_PARSE',
    `triples outside a named graph need one article to name their graph, found ${why}: export as TriG or N-Quads (one named graph per article)`,
    { source },
  );
}
