import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../core/vocab.js';
import { ObjectIndex } from '../graph/terms.js';

/** Lists longer than this are checked for repeats through a set instead of one by one. */
const LINEAR_LIMIT = 8;

/** Subject -> predicate -> objects, for reading one article's graph node by node; the same triple in two files (or twice in one) counts once. */
export class GraphIndex {
  private readonly index = new ObjectIndex(LINEAR_LIMIT);

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      // the exporter writes no blank nodes: a node the view cannot name is not shown
      if (q.subject.termType === 'NamedNode') this.index.add(q.subject.value, q.predicate.value, q.object);
    }
  }

  /** Subjects (IRIs) typed with `cls`, in the order first seen. */
  subjectsOfType(cls: string): string[] {
    return [...this.index.subjects()].filter((subject) => this.isA(subject, cls));
  }

  objects(subject: string, predicate: string): Term[] {
    return this.index.objects(subject, predicate);
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
