import type { Quad } from '@rdfjs/types';
import { NewskgError, isNewskgError } from '../core/errors.js';
import { TripleIndex } from './dataset.js';
import { runFastShapes } from './fast.js';
import { buildReportQuads } from './report.js';
import { collectResults, compareResults } from './results.js';
import type { EngineResult } from './fast.js';
import type { TermResult } from './results.js';
import { loadShapes } from './shapes.js';
import type { CompiledShapes } from './shapes.js';
import type { ValidateOptions, ValidationOutcome } from './types.js';

/**
 * Validates a graph against SHACL shapes. Synchronous (awaiting it is harmless).
 *
 * - Graph terms are ignored: the quads are validated as one data graph (a set of triples).
 * - The shapes graph's rdfs:subClassOf triples are added to the data graph, because
 *   rdf-validate-shacl reads subclass links only from the data graph (shacl-engine only from
 *   the shapes graph); with them in both places the two engines agree.
 * - The compiled evaluator (fast.ts) runs when the shapes stay within the SHACL it covers
 *   (the bundled shapes do); otherwise rdf-validate-shacl. Both give the same results.
 * - A violation is a result, never an exception; NewskgError SHAPES_INVALID only when the
 *   shapes use a constraint the engine cannot evaluate.
 */
export function validateGraph(quads: Iterable<Quad>, options: ValidateOptions = {}): ValidationOutcome {
  const shapes = options.shapes ?? loadShapes();
  return outcomeOf(resultsOf(quads, shapes, options), shapes, options);
}

/**
 * Validates each graph of a dataset on its own: every named graph, and the default graph. An
 * export validates each article's graph alone, and an actor shared by several articles carries
 * each article's own confidence in that article's graph, so the merge of a corpus stream would
 * break "at most one confidence" where no article does. What export accepts, this accepts.
 */
export function validateDataset(quads: readonly Quad[], options: ValidateOptions = {}): ValidationOutcome & { graphs: number } {
  const shapes = options.shapes ?? loadShapes();
  const byGraph = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = q.graph.termType === 'DefaultGraph' ? '' : `${q.graph.termType}:${q.graph.value}`;
    const group = byGraph.get(key);
    if (group) group.push(q);
    else byGraph.set(key, [q]);
  }
  const results: TermResult[] = [];
  for (const group of byGraph.values()) for (const result of resultsOf(group, shapes, options)) results.push(result);
  results.sort((a, b) => compareResults(a.result, b.result));
  return { ...outcomeOf(results, shapes, options), graphs: byGraph.size };
}

function resultsOf(quads: Iterable<Quad>, shapes: CompiledShapes, options: ValidateOptions): TermResult[] {
  const raw =
    shapes.fast && options.engine !== 'rdf-validate-shacl'
      ? runFastShapes(shapes.fast, [quads, shapes.hierarchy])
      : runEngine(quads, shapes);
  return collectResults({ results: raw }, shapes.index);
}

function outcomeOf(results: readonly TermResult[], shapes: CompiledShapes, options: ValidateOptions): ValidationOutcome {
  const allowWarnings = options.allowWarnings ?? true;
  const conforms = results.every((r) => allowWarnings && r.result.severity !== 'Violation');
  return {
    conforms,
    results: results.map((r) => r.result),
    reportQuads: buildReportQuads(results, { conforms, shapes: shapes.index }),
  };
}

/** rdf-validate-shacl, for shapes outside what the fast evaluator covers. */
function runEngine(quads: Iterable<Quad>, shapes: CompiledShapes): EngineResult[] {
  const data = new TripleIndex(quads);
  for (const q of shapes.hierarchy) data.add(q);

  // validator.validate() is async only to load owl:imports, which loadShapes refuses; the
  // engine underneath is synchronous, so it is driven directly.
  const validator = shapes.validator();
  validator.$data = validator.factory.clownface({ dataset: data });
  const engine = validator.validationEngine;
  try {
    engine.validateAll(validator.$data);
    return engine.getReport().results as unknown as EngineResult[];
  } catch (error) {
    if (isNewskgError(error)) throw error;
    throw new NewskgError('SHAPES_INVALID', `validation failed: ${(error as Error).message}`, { source: shapes.path }, { cause: error });
  } finally {
    // Do not keep the last article's graph alive between calls.
    validator.$data = validator.factory.clownface();
  }
}
