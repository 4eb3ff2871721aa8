/**
 * Term keys and term sets: the one home for telling RDF terms apart (ordering quads, the
 * validators' indexes, the view's index).
 */
import type { Literal, Quad, Term } from '@rdfjs/types';

/** A unique string for a term; literal keys start with '"' so they cannot collide with IRIs. */
export function termKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'BlankNode':
      return '_:' + term.value;
    case 'Literal':
      return term.language ? `"${term.value}"@${term.language}` : `"${term.value}"^^${term.datatype.value}`;
    case 'DefaultGraph':
      return '';
    default:
      return '?' + term.value;
  }
}

/** termKey(a) === termKey(b), without building the keys. */
export function sameTerm(a: Term, b: Term): boolean {
  if (a.value !== b.value || a.termType !== b.termType) return false;
  return (
    a.termType !== 'Literal' ||
    (a.language ? a.language === (b as Literal).language : !(b as Literal).language && a.datatype.value === (b as Literal).datatype.value)
  );
}

/**
 * A key that sorts quads the way `query` prints a CONSTRUCT result: IRIs in angle brackets,
 * literals JSON-quoted. Not for equality (termKey is shorter); kept apart so the printed
 * order never changes.
 */
export function quadSortKey(q: Quad): string {
  return `${sortKey(q.subject)} ${sortKey(q.predicate)} ${sortKey(q.object)} ${sortKey(q.graph)}`;
}

function sortKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal':
      return `${JSON.stringify(term.value)}^^${term.datatype.value}@${term.language}`;
    case 'DefaultGraph':
      return '';
    default:
      return `${term.termType}:${term.value}`;
  }
}

/**
 * Items kept once each, by a term of theirs, in order of first arrival. Short lists are
 * searched one by one; past `linearLimit` a set of keys takes over (a literal's key is a new
 * string, so building keys only pays for long lists: an article's mentions).
 */
export class TermList<T> {
  readonly items: T[] = [];
  private keys: Set<string> | undefined;

  constructor(
    private readonly termOf: (item: T) => Term,
    private readonly linearLimit: number,
  ) {}

  /** False when an item with the same term is there already. */
  add(item: T): boolean {
    const term = this.termOf(item);
    if (this.keys) {
      const key = termKey(term);
      if (this.keys.has(key)) return false;
      this.keys.add(key);
    } else {
      for (const other of this.items) if (sameTerm(this.termOf(other), term)) return false;
      if (this.items.length >= this.linearLimit) this.keys = new Set([...this.items, item].map((x) => termKey(this.termOf(x))));
    }
    this.items.push(item);
    return true;
  }
}

/** Subject key -> predicate IRI -> objects, each triple once, in order of first arrival: a graph read node by node. */
export class ObjectIndex {
  private readonly bySubject = new Map<string, Map<string, TermList<Term>>>();

  constructor(private readonly linearLimit: number) {}

  /** False when the triple is there already. */
  add(subject: string, predicate: string, object: Term): boolean {
    let predicates = this.bySubject.get(subject);
    if (!predicates) this.bySubject.set(subject, (predicates = new Map()));
    let objects = predicates.get(predicate);
    if (!objects) predicates.set(predicate, (objects = new TermList<Term>((t) => t, this.linearLimit)));
    return objects.add(object);
  }

  objects(subject: string, predicate: string): Term[] {
    return this.bySubject.get(subject)?.get(predicate)?.items ?? [];
  }

  /** Subject keys in the order first seen. */
  subjects(): IterableIterator<string> {
    return this.bySubject.keys();
  }
}
