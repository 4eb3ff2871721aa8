import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../core/vocab.js';

/** The objects of one subject and predicate; a set of their keys once there are many (an article's mentions). */
interface Objects {
  terms: Term[];
  keys?: Set<string>;
}

/** Lists longer than this are checked for repeats through a set instead of one by one. */
const LINEAR_LIMIT = 8;

/** Subject -> predicate -> objects, for reading one article's graph node by node. */
export class GraphIndex {
  private readonly bySubject = new Map<string, Map<string, Objects>>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      // the exporter writes no blank nodes: a node the view cannot name is not shown
      if (q.subject.termType !== 'NamedNode') continue;
      let predicates = this.bySubject.get(q.subject.value);
      if (!predicates) this.bySubject.set(q.subject.value, (predicates = new Map()));
      const objects = predicates.get(q.predicate.value);
      if (objects) addObject(objects, q.object);
      else predicates.set(q.predicate.value, { terms: [q.object] });
    }
  }

  /** Subjects (IRIs) typed with `cls`, in the order first seen. */
  subjectsOfType(cls: string): string[] {
    const found: string[] = [];
    for (const [subject, predicates] of this.bySubject) {
      if (predicates.get(RDF.type)?.terms.some((t) => t.value === cls)) found.push(subject);
    }
    return found;
  }

  objects(subject: string, predicate: string): Term[] {
    return this.bySubject.get(subject)?.get(predicate)?.terms ?? [];
  }

  isA(subject: string, cls: string): boolean {
    return this.objects(subject, RDF.type).some((t) => t.value === cls);
  }

  /** IRIs (named nodes) only: a literal where a node belongs is ignored. */
  iris(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value);
  }

  iri(subject: string, predicate: string): string | undefined {
    return this.iris(subject, predicate)[0];
  }

  /** The lexical forms of the literals, in the order first seen. */
  literals(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((t) => t.termType === 'Literal')
      .map((t) => t.value);
  }

  literal(subject: string, predicate: string): string | undefined {
    return this.literals(subject, predicate)[0];
  }

  number(subject: string, predicate: string): number | undefined {
    const text = this.literal(subject, predicate);
    if (text === undefined || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  }
}

/** Adds a term unless it is there already: the same triple in two files (or twice in one) counts once. */
function addObject(objects: Objects, term: Term): void {
  const key = termKey(term);
  if (objects.keys) {
    if (objects.keys.has(key)) return;
    objects.keys.add(key);
  } else {
    if (objects.terms.some((t) => termKey(t) === key)) return;
    if (objects.terms.length >= LINEAR_LIMIT) objects.keys = new Set([...objects.terms.map(termKey), key]);
  }
  objects.terms.push(term);
}

/** A string naming the term exactly. N3's terms carry one (`id`); reading a literal's parts from them re-parses it. */
function termKey(term: Term): string {
  const id = (term as { id?: unknown }).id;
  if (typeof id === 'string') return id;
  return term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `${term.termType}:${term.value}`;
}
