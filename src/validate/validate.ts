import type { Quad } from '@rdfjs/types';
import { NewskgError, isNewskgError } from '../core/errors.js';
import { TripleIndex } from './dataset.js';
import { buildReportQuads } from './report.js';
import { collectResults } from './results.js';
import { loadShapes } from './shapes.js';
import type { ValidateOptions, ValidationOutcome } from './types.js';

/**
 * Validates a graph against SHACL shapes. Synchronous (awaiting it is harmless).
 *
 * - Graph terms are ignored: the quads are validated as one data graph (a set of triples).
 * - The shapes graph's rdfs:subClassOf triples are added to the data graph, because
 *   rdf-validate-shacl reads subclass links only from the data graph (shacl-engine only from
 *   the shapes graph); with them in both places the two engines agree.
 * - A violation is a result, never an exception; NewskgError SHAPES_INVALID only when the
 *   shapes use a constraint the engine cannot evaluate.
 */
export function validateGraph(quads: Iterable<Quad>, options: ValidateOptions = {}): ValidationOutcome {
  const shapes = options.shapes ?? loadShapes();
  const data = new TripleIndex(quads);
  for (const q of shapes.hierarchy) data.add(q);

  // validator.validate() is async only to load owl:imports, which loadShapes refuses; the
  // engine underneath is synchronous, so it is driven directly.
  const { validator } = shapes;
  validator.$data = validator.factory.clownface({ dataset: data });
  const engine = validator.validationEngine;
  let report;
  try {
    engine.validateAll(validator.$data);
    report = engine.getReport();
  } catch (error) {
    if (isNewskgError(error)) throw error;
    throw new NewskgError('SHAPES_INVALID', `validation failed: ${(error as Error).message}`, { source: shapes.path }, { cause: error });
  } finally {
    // Do not keep the last article's graph alive between calls.
    validator.$data = validator.factory.clownface();
  }

  const results = collectResults(report, shapes.index);
  const allowWarnings = options.allowWarnings ?? true;
  const conforms = results.every((r) => allowWarnings && r.result.severity !== 'Violation');
  return {
    conforms,
    results: results.map((r) => r.result),
    reportQuads: buildReportQuads(results, conforms, shapes.index),
  };
}
