/** SPARQL 1.1 Query Results JSON, as the engine writes it (https://www.w3.org/TR/sparql11-results-json/). */
export interface SparqlJsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string | SparqlJsonTriple;
  datatype?: string;
  'xml:lang'?: string;
}

export interface SparqlJsonTriple {
  subject: SparqlJsonTerm;
  predicate: SparqlJsonTerm;
  object: SparqlJsonTerm;
}

export type SparqlJsonRow = Record<string, SparqlJsonTerm | undefined>;

export interface SparqlJsonResults {
  head: { vars?: string[] };
  results?: { bindings: SparqlJsonRow[] };
  boolean?: boolean;
}
