/**
 * A compiled evaluator for the subset of SHACL Core our shapes use, with rdf-validate-shacl's
 * exact semantics (same results, values, messages and source shapes; tests/validate/fast.test.ts
 * holds the two engines to that on every fixture and on real article graphs).
 *
 * Why: rdf-validate-shacl walks the data through clownface pointers and builds a NodeSet per
 * step; on a 4,400-triple article that cost ~70-100 ms, far more than every other stage. Here
 * the shapes are compiled once into closures over plain maps, and an article costs a few ms.
 *
 * compileFastShapes returns undefined for any shapes graph using something outside the subset
 * (complex paths, sh:node, sh:and, sh:xone, sh:not, SPARQL, sh:closed, messages with
 * {$param} templates, implicit class targets...); validateGraph then uses rdf-validate-shacl.
 */
import type { Literal, NamedNode, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { fromRdf } from 'rdf-literal';
import { validators } from 'rdf-validate-datatype';
import { fromPlainQuad, hasEquals, listItems, termKey } from './dataset.js';
import type { TripleIndex } from './dataset.js';

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

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SUBCLASS_OF = RDFS + 'subClassOf';
const XSD_DATETIME = 'http://www.w3.org/2001/XMLSchema#dateTime';

const sh = (local: string): NamedNode => DataFactory.namedNode(SH + local);
const component = (name: string): NamedNode => sh(`${name}ConstraintComponent`);
const PROPERTY = component('Property');

/** sh: predicates a shape may carry here; any other sh: predicate sends the graph to rdf-validate-shacl. */
const SUPPORTED = new Set(
  [
    'targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'property', 'path', 'class', 'datatype',
    'nodeKind', 'minCount', 'maxCount', 'minLength', 'maxLength', 'pattern', 'flags', 'in', 'hasValue',
    'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'lessThan', 'or', 'qualifiedValueShape',
    'qualifiedMinCount', 'qualifiedMaxCount', 'message', 'severity', 'name', 'description', 'order', 'group',
    'defaultValue',
  ].map((local) => SH + local),
);

/** Constraints that need a path: rdf-validate-shacl has no node-shape validator for them. */
const PROPERTY_ONLY = ['minCount', 'maxCount', 'lessThan', 'qualifiedMinCount', 'qualifiedMaxCount'].map((l) => SH + l);

/** One result, shaped like rdf-validate-shacl's ValidationResult so both feed collectResults. */
export type RawResult = EngineResult;

/** The objects of one subject and predicate, without duplicates (the data graph is a set of triples). */
class Values {
  readonly terms: Term[] = [];
  /** Keys, built once the list is long enough for a linear scan to cost more (a literal's key is a new string). */
  private index: Set<string> | undefined;

  add(term: Term): boolean {
    if (this.index) {
      const key = termKey(term);
      if (this.index.has(key)) return false;
      this.index.add(key);
    } else {
      for (const other of this.terms) if (sameTerm(other, term)) return false;
      if (this.terms.length >= 16) this.index = new Set([...this.terms, term].map(termKey));
    }
    this.terms.push(term);
    return true;
  }
}

/** termKey(a) === termKey(b), without building the keys. */
function sameTerm(a: Term, b: Term): boolean {
  if (a.value !== b.value || a.termType !== b.termType) return false;
  return a.termType !== 'Literal' || (a.language ? a.language === (b as Literal).language : !(b as Literal).language && a.datatype.value === (b as Literal).datatype.value);
}

/**
 * The data graph as nested maps: subject -> predicate -> objects, plus what targets need
 * (instances by class, subjects and objects of the predicates named by sh:targetSubjectsOf
 * and sh:targetObjectsOf) and the rdfs:subClassOf links.
 */
export class DataGraph {
  private readonly out = new Map<string, Map<string, Values>>();
  private readonly subjectsBy = new Map<string, Values>();
  private readonly objectsBy = new Map<string, Values>();
  /** class key -> direct subclasses (rdfs:subClassOf read from the data graph, as rdf-validate-shacl does). */
  private readonly subclasses = new Map<string, Term[]>();
  /** class key -> instances. */
  private readonly instances = new Map<string, Term[]>();
  private readonly closures = new Map<string, Set<string>>();

  constructor(quadLists: readonly Iterable<Quad>[], reverse: { subjectsOf: readonly string[]; objectsOf: readonly string[] }) {
    for (const p of reverse.subjectsOf) this.subjectsBy.set(p, new Values());
    for (const p of reverse.objectsOf) this.objectsBy.set(p, new Values());
    for (const quads of quadLists) for (const input of quads) this.add(input);
  }

  private add(input: Quad): void {
    // Quads from jsonld.js are plain objects; results must carry real RDF/JS terms.
    const q = hasEquals(input) ? input : fromPlainQuad(input);
    const s = termKey(q.subject);
    const p = q.predicate.value;
    let byPredicate = this.out.get(s);
    if (!byPredicate) this.out.set(s, (byPredicate = new Map()));
    let values = byPredicate.get(p);
    if (!values) byPredicate.set(p, (values = new Values()));
    if (!values.add(q.object)) return;
    this.subjectsBy.get(p)?.add(q.subject);
    this.objectsBy.get(p)?.add(q.object);
    if (p === RDF_TYPE) push(this.instances, termKey(q.object), q.subject);
    else if (p === SUBCLASS_OF) push(this.subclasses, termKey(q.object), q.subject);
  }

  objects(subject: Term, predicate: string): readonly Term[] {
    return this.out.get(termKey(subject))?.get(predicate)?.terms ?? [];
  }

  subjectsOf(predicate: string): readonly Term[] {
    return this.subjectsBy.get(predicate)?.terms ?? [];
  }

  objectsOf(predicate: string): readonly Term[] {
    return this.objectsBy.get(predicate)?.terms ?? [];
  }

  /** The class and its subclasses, transitively (keys). */
  classClosure(cls: Term): Set<string> {
    const key = termKey(cls);
    let closure = this.closures.get(key);
    if (!closure) {
      closure = new Set([key]);
      const queue = [key];
      while (queue.length) {
        for (const sub of this.subclasses.get(queue.pop()!) ?? []) {
          const subKey = termKey(sub);
          if (!closure.has(subKey)) {
            closure.add(subKey);
            queue.push(subKey);
          }
        }
      }
      this.closures.set(key, closure);
    }
    return closure;
  }

  isInstanceOf(node: Term, cls: Term): boolean {
    const closure = this.classClosure(cls);
    return this.objects(node, RDF_TYPE).some((type) => closure.has(termKey(type)));
  }

  instancesOf(cls: Term): Term[] {
    return [...this.classClosure(cls)].flatMap((key) => this.instances.get(key) ?? []);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Reports one result of the check it was made for; value is absent for whole-property constraints.
 * Made once per check when the shapes are compiled: validating an article runs ~40,000 checks,
 * and a closure per run was a tenth of an article's allocation.
 */
type Report = (sink: Sink, focus: Term, value?: Term) => void;

interface Check {
  component: NamedNode;
  /** values: the path's values for a property shape, [focus] for a node shape; sink: where results go. */
  run(data: DataGraph, focus: Term, values: readonly Term[], sink: Sink): void;
}

/** A check of one shape; its body reports through `report`, bound to that shape and check. */
function defineCheck(shape: CompiledShape, name: string, body: (data: DataGraph, focus: Term, values: readonly Term[], sink: Sink, report: Report) => void): Check {
  const check: Check = { component: component(name), run: (data, focus, values, sink) => body(data, focus, values, sink, report) };
  const report: Report = (sink, focus, value) => sink.add(shape, check, focus, value);
  return check;
}

interface CompiledShape {
  node: Term;
  severity: Term;
  messages: Term[];
  path: NamedNode | undefined;
  checks: Check[];
}

export interface FastShapes {
  /** Shapes with a target, each with how to find its focus nodes. */
  readonly targeted: readonly { shape: CompiledShape; targets: (data: DataGraph) => Term[] }[];
  /** Predicates of sh:targetSubjectsOf and sh:targetObjectsOf: the data graph indexes them both ways. */
  readonly reverse: { subjectsOf: string[]; objectsOf: string[] };
}

/** A check that applies to each value node on its own (rdf-validate-shacl's generic validators). */
function eachValue(shape: CompiledShape, name: string, ok: (data: DataGraph, value: Term, focus: Term) => boolean): Check {
  return defineCheck(shape, name, (data, focus, values, sink, report) => {
    for (const value of values) if (!ok(data, value, focus)) report(sink, focus, value);
  });
}

class Unsupported extends Error {}

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
    const shape: CompiledShape = { node, severity: this.one(node, 'severity') ?? sh('Violation'), messages, path: path as NamedNode | undefined, checks: [] };
    if (!path && PROPERTY_ONLY.some((p) => this.shapes.match(node, DataFactory.namedNode(p)).size > 0)) throw new Unsupported('count on a node shape');
    // Registered before compiling children: a cycle then ends here instead of recursing forever.
    this.compiled.set(key, shape);
    shape.checks = this.checks(shape, node, !!path);
    // Without sh:message rdf-validate-shacl writes its per-component default; only sh:property reports nothing itself.
    if (messages.length === 0 && shape.checks.some((c) => !c.component.equals(PROPERTY))) throw new Unsupported('default message');
    return shape;
  }

  private checks(shape: CompiledShape, node: Term, isProperty: boolean): Check[] {
    const checks: Check[] = [];
    for (const cls of this.values(node, 'class')) checks.push(eachValue(shape, 'Class', (data, v) => data.isInstanceOf(v, cls)));
    for (const datatype of this.values(node, 'datatype')) {
      // validateTerm(v) for a literal of this datatype, with the registry looked up once (it keys its map by a new N-Triples string per call).
      const iri = datatype.value;
      const validator = validators.find(DataFactory.namedNode(iri));
      checks.push(eachValue(shape, 'Datatype', (_data, v) => v.termType === 'Literal' && v.datatype.value === iri && (validator ? validator(v.value) : true)));
    }
    for (const kind of this.values(node, 'nodeKind')) checks.push(eachValue(shape, 'NodeKind', (_data, v) => nodeKindMatches(v, kind.value)));
    for (const limit of this.numbers(node, 'minLength')) checks.push(eachValue(shape, 'MinLength', (_d, v) => v.termType !== 'BlankNode' && v.value.length >= limit));
    for (const limit of this.numbers(node, 'maxLength')) checks.push(eachValue(shape, 'MaxLength', (_d, v) => v.termType !== 'BlankNode' && v.value.length <= limit));
    const flags = this.one(node, 'flags');
    for (const pattern of this.values(node, 'pattern')) {
      const re = flags ? new RegExp(pattern.value, flags.value) : new RegExp(pattern.value);
      checks.push(eachValue(shape, 'Pattern', (_d, v) => v.termType !== 'BlankNode' && re.test(v.value)));
    }
    for (const list of this.values(node, 'in')) {
      const allowed = new Set(listItems(this.shapes, list).map(termKey));
      checks.push(eachValue(shape, 'In', (_d, v) => allowed.has(termKey(v))));
    }
    for (const [local, ok] of [
      ['minInclusive', (c: number) => c >= 0],
      ['maxInclusive', (c: number) => c <= 0],
      ['minExclusive', (c: number) => c > 0],
      ['maxExclusive', (c: number) => c < 0],
    ] as const) {
      for (const bound of this.values(node, local)) {
        const name = local.charAt(0).toUpperCase() + local.slice(1);
        checks.push(eachValue(shape, name, (_d, v) => {
          const c = compareTerms(v, bound);
          return c !== null && ok(c);
        }));
      }
    }
    for (const expected of this.values(node, 'hasValue')) {
      const key = termKey(expected);
      checks.push(defineCheck(shape, 'HasValue', (_data, focus, values, sink, report) => {
        if (isProperty ? !values.some((v) => termKey(v) === key) : termKey(focus) !== key) report(sink, focus);
      }));
    }
    for (const list of this.values(node, 'or')) {
      const members = listItems(this.shapes, list).map((member) => this.shape(member));
      checks.push(eachValue(shape, 'Or', (data, v) => members.some((member) => conforms(data, member, v))));
    }
    for (const min of this.numbers(node, 'minCount')) {
      checks.push(defineCheck(shape, 'MinCount', (_d, focus, values, sink, report) => (values.length >= min ? undefined : report(sink, focus))));
    }
    for (const max of this.numbers(node, 'maxCount')) {
      checks.push(defineCheck(shape, 'MaxCount', (_d, focus, values, sink, report) => (values.length <= max ? undefined : report(sink, focus))));
    }
    for (const other of this.values(node, 'lessThan')) {
      checks.push(defineCheck(shape, 'LessThan', (data, focus, values, sink, report) => {
        const references = data.objects(focus, other.value);
        for (const value of values) {
          for (const reference of references) {
            const c = compareTerms(value, reference);
            if (c === null || c >= 0) report(sink, focus, value);
          }
        }
      }));
    }
    for (const check of this.qualified(shape, node)) checks.push(check);
    for (const property of this.values(node, 'property')) {
      const propertyShape = this.shape(property);
      checks.push(defineCheck(shape, 'Property', (data, _focus, values, sink) => {
        for (const value of values) validateShape(data, propertyShape, value, sink);
      }));
    }
    return checks;
  }

  private qualified(shape: CompiledShape, node: Term): Check[] {
    const shapes = this.values(node, 'qualifiedValueShape');
    const mins = this.values(node, 'qualifiedMinCount');
    const maxes = this.values(node, 'qualifiedMaxCount');
    if (shapes.length === 0 || (mins.length === 0 && maxes.length === 0)) return [];
    if (shapes.length > 1) throw new Unsupported('several sh:qualifiedValueShape');
    const qualified = this.shape(shapes[0]!);
    const count = (data: DataGraph, values: readonly Term[]) => values.filter((v) => conforms(data, qualified, v)).length;
    const checks: Check[] = [];
    for (const min of mins) {
      checks.push(defineCheck(shape, 'QualifiedMinCount', (data, focus, values, sink, report) => (min.termType === 'Literal' && count(data, values) >= Number(min.value) ? undefined : report(sink, focus))));
    }
    for (const max of maxes) {
      checks.push(defineCheck(shape, 'QualifiedMaxCount', (data, focus, values, sink, report) => (max.termType === 'Literal' && count(data, values) <= Number(max.value) ? undefined : report(sink, focus))));
    }
    return checks;
  }
}

/** Where results go: the report, or (inside sh:or, qualified shapes) a flag that any was found. */
interface Sink {
  add(shape: CompiledShape, check: Check, focus: Term, value: Term | undefined): void;
}

function validateShape(data: DataGraph, shape: CompiledShape, focus: Term, sink: Sink): void {
  const values = shape.path ? data.objects(focus, shape.path.value) : [focus];
  for (const check of shape.checks) check.run(data, focus, values, sink);
}

/** rdf-validate-shacl's nodeConformsToShape: no result of any severity. */
function conforms(data: DataGraph, shape: CompiledShape, node: Term): boolean {
  let found = false;
  validateShape(data, shape, node, { add: () => (found = true) });
  return !found;
}

function nodeKindMatches(value: Term, kind: string): boolean {
  const k = kind.slice(SH.length);
  if (value.termType === 'BlankNode') return k === 'BlankNode' || k === 'BlankNodeOrIRI' || k === 'BlankNodeOrLiteral';
  if (value.termType === 'NamedNode') return k === 'IRI' || k === 'BlankNodeOrIRI' || k === 'IRIOrLiteral';
  if (value.termType === 'Literal') return k === 'Literal' || k === 'BlankNodeOrLiteral' || k === 'IRIOrLiteral';
  return false;
}

/** rdf-validate-shacl's compareTerms: null when the two cannot be compared. */
function compareTerms(a: Term, b: Term): number | null {
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return null;
  if (hasTimezone(a) !== hasTimezone(b)) return null;
  const x: unknown = fromRdf(a);
  const y: unknown = fromRdf(b);
  if (typeof x !== typeof y) return null;
  if (typeof x === 'string') return x.localeCompare(y as string);
  return (x as number) - (y as number);
}

function hasTimezone(literal: Literal): boolean {
  return literal.datatype.value === XSD_DATETIME && /^.*(((\+|-)\d{2}:\d{2})|Z)$/.test(literal.value);
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
