/**
 * A compiled evaluator for the subset of SHACL Core our shapes use, with rdf-validate-shacl's
 * exact semantics (same results, values, messages and source shapes; tests/validate/fast.test.ts
 * holds the two engines to that on every fixture and on real article graphs).
 *
 * Why: rdf-validate-shacl walks the data through clownface pointers and builds a NodeSet per
 * step; on a 4,400-triple article that cost ~70-100 ms, far more than every other stage. Here
 * the shapes are compiled once into closures over plain maps, and an article costs a few ms.
 *
 * Laid out as shacl-engine lays out its validations: fast/components.ts is the table from each
 * constraint component to the compiler of its checks, and the checks sit in one file per
 * category (value type, cardinality, value range, string-based, property pair, logical,
 * shape-based, other). This file compiles shapes (targets, paths, messages) and runs them.
 *
 * compileFastShapes returns undefined for any shapes graph using something outside the subset
 * (complex paths, sh:node, sh:and, sh:xone, sh:not, SPARQL, sh:closed, messages with
 * {$param} templates, implicit class targets...); validateGraph then uses rdf-validate-shacl.
 */
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { termKey } from '../graph/terms.js';
import { listItems } from './dataset.js';
import type { TripleIndex } from './dataset.js';
import { SH, Unsupported, sh, validateShape } from './fast/check.js';
import type { Check, CompiledShape, ShapeParameters, Sink } from './fast/check.js';
import { COMPONENTS } from './fast/components.js';
import { DataGraph } from './fast/data-graph.js';

/** What collectResults reads from a result: rdf-validate-shacl's ValidationResult and the fast evaluator's RawResult both fit. */
export interface EngineResult {
  severity: Term;
  focusNode: Term;
  path: Term | null;
  value: Term | null;
  message: Term[];
  sourceShape: Term;
  sourceConstraintComponent: Term;
}

const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const PROPERTY = sh('PropertyConstraintComponent');

/** sh: predicates a shape may carry here; any other sh: predicate sends the graph to rdf-validate-shacl. */
const SUPPORTED = new Set(
  [
    ...COMPONENTS.map(([parameter]) => parameter),
    // parameters read with another one: sh:flags with sh:pattern, the counts with sh:qualifiedValueShape
    'flags',
    'qualifiedMinCount',
    'qualifiedMaxCount',
    'targetClass',
    'targetNode',
    'targetSubjectsOf',
    'targetObjectsOf',
    'path',
    'message',
    'severity',
    'name',
    'description',
    'order',
    'group',
    'defaultValue',
  ].map((local) => SH + local),
);

/** Constraints that need a path: rdf-validate-shacl has no node-shape validator for them. */
const PROPERTY_ONLY = ['minCount', 'maxCount', 'lessThan', 'qualifiedMinCount', 'qualifiedMaxCount'].map((l) => SH + l);

/** One result, shaped like rdf-validate-shacl's ValidationResult so both feed collectResults. */
export type RawResult = EngineResult;

export interface FastShapes {
  /** Shapes with a target, each with how to find its focus nodes. */
  readonly targeted: readonly { shape: CompiledShape; targets: (data: DataGraph) => Term[] }[];
  /** Predicates of sh:targetSubjectsOf and sh:targetObjectsOf: the data graph indexes them both ways. */
  readonly reverse: { subjectsOf: string[]; objectsOf: string[] };
}

/** Compiles the shapes, or returns undefined when they use anything this evaluator does not cover. */
export function compileFastShapes(shapes: TripleIndex): FastShapes | undefined {
  try {
    return new Compiler(shapes).compile();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Compiler {
  private readonly compiled = new Map<string, CompiledShape>();

  constructor(private readonly shapes: TripleIndex) {}

  compile(): FastShapes {
    for (const q of this.shapes) {
      if (q.predicate.value.startsWith(SH) && !SUPPORTED.has(q.predicate.value)) throw new Unsupported(q.predicate.value);
      // Shapes that are also classes get implicit class targets.
      if (q.object.termType === 'NamedNode' && q.object.value === RDFS + 'Class') throw new Unsupported('implicit class target');
    }
    const targeted: FastShapes['targeted'][number][] = [];
    const seen = new Set<string>();
    for (const q of this.shapes) {
      if (!q.predicate.value.startsWith(SH + 'target')) continue;
      const key = termKey(q.subject);
      if (seen.has(key)) continue;
      seen.add(key);
      targeted.push({ shape: this.shape(q.subject), targets: this.targets(q.subject) });
    }
    const reverse = {
      subjectsOf: [...new Set(this.all('targetSubjectsOf'))],
      objectsOf: [...new Set(this.all('targetObjectsOf'))],
    };
    return { targeted, reverse };
  }

  private all(local: string): string[] {
    return [...this.shapes.match(null, sh(local))].map((q) => q.object.value);
  }

  private values(node: Term, local: string): Term[] {
    return [...this.shapes.match(node, sh(local))].map((q) => q.object);
  }

  /** Numeric parameters, read once (an N3 literal parses its id on every read of .value). */
  private numbers(node: Term, local: string): number[] {
    return this.values(node, local).map((t) => Number(t.value));
  }

  private one(node: Term, local: string): Term | undefined {
    const values = this.values(node, local);
    if (values.length > 1) throw new Unsupported(`several sh:${local}`);
    return values[0];
  }

  private targets(node: Term): (data: DataGraph) => Term[] {
    const classes = this.values(node, 'targetClass');
    const nodes = this.values(node, 'targetNode');
    const subjectsOf = this.values(node, 'targetSubjectsOf').map((t) => t.value);
    const objectsOf = this.values(node, 'targetObjectsOf').map((t) => t.value);
    return (data) => {
      const found = new Map<string, Term>();
      const add = (terms: readonly Term[]) => {
        for (const t of terms) if (!found.has(termKey(t))) found.set(termKey(t), t);
      };
      for (const cls of classes) add(data.instancesOf(cls));
      add(nodes);
      for (const p of subjectsOf) add(data.subjectsOf(p));
      for (const p of objectsOf) add(data.objectsOf(p));
      return [...found.values()];
    };
  }

  private shape(node: Term): CompiledShape {
    const key = termKey(node);
    const known = this.compiled.get(key);
    if (known) return known;
    const path = this.one(node, 'path');
    if (path && path.termType !== 'NamedNode') throw new Unsupported('complex path');
    const messages = this.values(node, 'message');
    if (messages.some((m) => /\{[$?]/.test(m.value))) throw new Unsupported('templated message');
    const shape: CompiledShape = {
      node,
      severity: this.one(node, 'severity') ?? sh('Violation'),
      messages,
      path: path as NamedNode | undefined,
      checks: [],
    };
    if (!path && PROPERTY_ONLY.some((p) => this.shapes.match(node, DataFactory.namedNode(p)).size > 0))
      throw new Unsupported('count on a node shape');
    // Registered before compiling children: a cycle then ends here instead of recursing forever.
    this.compiled.set(key, shape);
    shape.checks = this.checks(shape, node, { isProperty: !!path });
    // Without sh:message rdf-validate-shacl writes its per-component default; only sh:property reports nothing itself.
    if (messages.length === 0 && shape.checks.some((c) => !c.component.equals(PROPERTY))) throw new Unsupported('default message');
    return shape;
  }

  private checks(shape: CompiledShape, node: Term, { isProperty }: { isProperty: boolean }): Check[] {
    const parameters: ShapeParameters = {
      isProperty,
      values: (local) => this.values(node, local),
      numbers: (local) => this.numbers(node, local),
      one: (local) => this.one(node, local),
      list: (head) => listItems(this.shapes, head),
      shape: (member) => this.shape(member),
    };
    const checks: Check[] = [];
    for (const [parameter, compile] of COMPONENTS) {
      if (this.shapes.match(node, sh(parameter)).size === 0) continue;
      for (const check of compile(shape, parameters)) checks.push(check);
    }
    return checks;
  }
}

/** Runs the compiled shapes over a data graph: the union of the quad lists (the article's quads and the shapes' class hierarchy). */
export function runFastShapes(fast: FastShapes, quads: readonly Iterable<Quad>[]): RawResult[] {
  const data = new DataGraph(quads, fast.reverse);
  const results: RawResult[] = [];
  const sink: Sink = {
    add(shape, check, focus, value) {
      results.push({
        severity: shape.severity,
        focusNode: focus,
        path: shape.path ?? null,
        value: value ?? null,
        message: shape.messages,
        sourceShape: shape.node,
        sourceConstraintComponent: check.component,
      });
    },
  };
  for (const { shape, targets } of fast.targeted) {
    for (const focus of targets(data)) validateShape(data, shape, focus, sink);
  }
  return results;
}
