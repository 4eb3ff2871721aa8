import type { Quad } from '@rdfjs/types';
import type { CompiledShapes } from './shapes.js';

export type Severity = 'Violation' | 'Warning' | 'Info';

/** One SHACL validation result, as plain data. IRIs are full; blank nodes are written `_:label`. */
export interface ValidationResult {
  severity: Severity;
  /** The node that failed: an IRI, or `_:label` for a blank node. */
  focusNode: string;
  /** The property path: a predicate IRI, or a SPARQL-style path (`^p`, `p/q`, `p*`) for complex paths. */
  path?: string;
  /** The offending value in N-Triples notation (`<iri>`, `"lex"^^<datatype>`, `"text"@en`). */
  value?: string;
  /** The shape's sh:message (or the engine's default message). */
  message: string;
  /** IRI of the shape that produced the result (`_:label` for a blank-node shape). */
  sourceShape: string;
  /** IRI of the SHACL constraint component, e.g. `http://www.w3.org/ns/shacl#MinCountConstraintComponent`. */
  sourceConstraint: string;
}

export interface ValidationOutcome {
  /**
   * False when a result is a Violation. Warnings and Infos do not break conformance unless
   * `allowWarnings: false` was given (then any result does, as in the SHACL spec).
   */
  conforms: boolean;
  /** Sorted: severity (Violation, Warning, Info), focus node, path, source shape, constraint, value. */
  results: ValidationResult[];
  /** The report as RDF (sh:ValidationReport), with deterministic blank node labels. */
  reportQuads: Quad[];
}

export interface ValidateOptions {
  /** Shapes from loadShapes(path); the bundled shapes/newskg.shacl.ttl when absent. */
  shapes?: CompiledShapes;
  /** Whether Warning and Info results still count as conforming (default true, as pySHACL's allow_warnings). */
  allowWarnings?: boolean;
  /**
   * 'auto' (default): the compiled evaluator when the shapes stay within the SHACL it covers,
   * else rdf-validate-shacl; 'rdf-validate-shacl' forces the general engine (same results, slower).
   */
  engine?: 'auto' | 'rdf-validate-shacl';
}
