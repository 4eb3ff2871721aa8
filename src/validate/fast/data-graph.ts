import type { Quad, Term } from '@rdfjs/types';
import { ObjectIndex, TermList, termKey } from '../../graph/terms.js';
import { fromPlainQuad, hasEquals } from '../dataset.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

/** The objects of one subject and predicate, without duplicates (the data graph is a set of triples). */
type Values = TermList<Term>;

const values = (): Values => new TermList<Term>((t) => t, 16);

/**
 * The data graph as nested maps: subject -> predicate -> objects, plus what targets need
 * (instances by class, subjects and objects of the predicates named by sh:targetSubjectsOf
 * and sh:targetObjectsOf) and the rdfs:subClassOf links.
 */
export class DataGraph {
  private readonly out = new ObjectIndex(16);
  private readonly subjectsBy = new Map<string, Values>();
  private readonly objectsBy = new Map<string, Values>();
  /** class key -> direct subclasses (rdfs:subClassOf read from the data graph, as rdf-validate-shacl does). */
  private readonly subclasses = new Map<string, Term[]>();
  /** class key -> instances. */
  private readonly instances = new Map<string, Term[]>();
  private readonly closures = new Map<string, Set<string>>();

  constructor(quadLists: readonly Iterable<Quad>[], reverse: { subjectsOf: readonly string[]; objectsOf: readonly string[] }) {
    for (const p of reverse.subjectsOf) this.subjectsBy.set(p, values());
    for (const p of reverse.objectsOf) this.objectsBy.set(p, values());
    for (const quads of quadLists) for (const input of quads) this.add(input);
  }

  private add(input: Quad): void {
    // Quads from jsonld.js are plain objects; results must carry real RDF/JS terms.
    const q = hasEquals(input) ? input : fromPlainQuad(input);
    const s = termKey(q.subject);
    const p = q.predicate.value;
    if (!this.out.add(s, p, q.object)) return;
    this.subjectsBy.get(p)?.add(q.subject);
    this.objectsBy.get(p)?.add(q.object);
    if (p === RDF_TYPE) push(this.instances, termKey(q.object), q.subject);
    else if (p === SUBCLASS_OF) push(this.subclasses, termKey(q.object), q.subject);
  }

  objects(subject: Term, predicate: string): readonly Term[] {
    return this.out.objects(termKey(subject), predicate);
  }

  subjectsOf(predicate: string): readonly Term[] {
    return this.subjectsBy.get(predicate)?.items ?? [];
  }

  objectsOf(predicate: string): readonly Term[] {
    return this.objectsBy.get(predicate)?.items ?? [];
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
