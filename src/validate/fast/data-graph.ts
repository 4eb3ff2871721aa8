import type { Literal, Quad, Term } from '@rdfjs/types';
import { fromPlainQuad, hasEquals, termKey } from '../dataset.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

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
