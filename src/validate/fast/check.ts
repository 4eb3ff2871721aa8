import type { NamedNode, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { DataGraph } from './data-graph.js';

export const SH = 'http://www.w3.org/ns/shacl#';

export const sh = (local: string): NamedNode => DataFactory.namedNode(SH + local);
const component = (name: string): NamedNode => sh(`${name}ConstraintComponent`);

/** Thrown while compiling shapes that use something the compiled evaluator does not cover. */
export class Unsupported extends Error {}

/**
 * Reports one result of the check it was made for; value is absent for whole-property constraints.
 * Made once per check when the shapes are compiled: validating an article runs ~40,000 checks,
 * and a closure per run was a tenth of an article's allocation.
 */
type Report = (sink: Sink, focus: Term, value?: Term) => void;

export interface Check {
  component: NamedNode;
  /** values: the path's values for a property shape, [focus] for a node shape; sink: where results go. */
  run(data: DataGraph, focus: Term, values: readonly Term[], sink: Sink): void;
}

export interface CompiledShape {
  node: Term;
  severity: Term;
  messages: Term[];
  path: NamedNode | undefined;
  checks: Check[];
}

/** Where results go: the report, or (inside sh:or, qualified shapes) a flag that any was found. */
export interface Sink {
  add(shape: CompiledShape, check: Check, focus: Term, value: Term | undefined): void;
}

/** What a constraint component's compiler reads: the shape's parameters, and the shapes they name, compiled. */
export interface ShapeParameters {
  /** Whether the shape has a path (a property shape). */
  readonly isProperty: boolean;
  values(local: string): Term[];
  /** Numeric parameters, read once (an N3 literal parses its id on every read of .value). */
  numbers(local: string): number[];
  /** The one value of a parameter; Unsupported when the shape gives several. */
  one(local: string): Term | undefined;
  /** The members of an RDF list of the shapes graph. */
  list(head: Term): Term[];
  shape(node: Term): CompiledShape;
}

/** Compiles the checks one constraint component makes of one shape (none when the shape does not use it). */
export type ComponentCompiler = (shape: CompiledShape, parameters: ShapeParameters) => Check[];

/** A check of one shape; its body reports through `report`, bound to that shape and check. */
export function defineCheck(
  shape: CompiledShape,
  name: string,
  body: (data: DataGraph, focus: Term, values: readonly Term[], sink: Sink, report: Report) => void,
): Check {
  const check: Check = { component: component(name), run: (data, focus, values, sink) => body(data, focus, values, sink, report) };
  const report: Report = (sink, focus, value) => sink.add(shape, check, focus, value);
  return check;
}

/** A check that applies to each value node on its own (rdf-validate-shacl's generic validators). */
export function eachValue(shape: CompiledShape, name: string, ok: (data: DataGraph, value: Term, focus: Term) => boolean): Check {
  return defineCheck(shape, name, (data, focus, values, sink, report) => {
    for (const value of values) if (!ok(data, value, focus)) report(sink, focus, value);
  });
}

export function validateShape(data: DataGraph, shape: CompiledShape, focus: Term, sink: Sink): void {
  const values = shape.path ? data.objects(focus, shape.path.value) : [focus];
  for (const check of shape.checks) check.run(data, focus, values, sink);
}

/** rdf-validate-shacl's nodeConformsToShape: no result of any severity. */
export function conforms(data: DataGraph, shape: CompiledShape, node: Term): boolean {
  let found = false;
  validateShape(data, shape, node, { add: () => (found = true) });
  return !found;
}
