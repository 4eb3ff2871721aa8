import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../core/vocab.js';

/** Subject -> predicate -> objects, for reading one article's graph node by node. */
export class GraphIndex {
  private readonly bySubject = new Map<string, Map<string, Term[]>>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      // the exporter writes no blank nodes: a node the view cannot name is not shown
      if (q.subject.termType !== 'NamedNode') continue;
      let predicates = this.bySubject.get(q.subject.value);
      if (!predicates) this.bySubject.set(q.subject.value, (predicates = new Map()));
      const objects = predicates.get(q.predicate.value);
      if (!objects) predicates.set(q.predicate.value, [q.object]);
      // the same triple in two files (or twice in one) counts once
      else if (!objects.some((o) => o.equals(q.object))) objects.push(q.object);
    }
  }

  /** Subjects (IRIs) typed with `cls`, in the order first seen. */
  subjectsOfType(cls: string): string[] {
    const found: string[] = [];
    for (const [subject, predicates] of this.bySubject) {
      if (predicates.get(RDF.type)?.some((t) => t.value === cls)) found.push(subject);
    }
    return found;
  }

  objects(subject: string, predicate: string): Term[] {
    return this.bySubject.get(subject)?.get(predicate) ?? [];
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

