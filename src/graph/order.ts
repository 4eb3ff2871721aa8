import type { Quad, Term } from '@rdfjs/types';
import { RDF } from '../core/vocab.js';

export function termKey(term: Term): string {
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

export function quadKey(q: Quad): string {
  return `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} ${termKey(q.graph)}`;
}

/** Arrays orderQuads returned (frozen, so they stay ordered): ordering one again is a no-op. */
const ORDERED = new WeakSet<readonly Quad[]>();

/**
 * Deterministic, readable order: duplicates dropped, graphs and subjects in order of first
 * appearance (the encoder writes the article first), rdf:type first within a subject, then
 * predicates in order of first appearance. The same input always yields the same sequence.
 * The result is frozen and recognised when it comes back, so a caller that writes several
 * formats orders once and hands every writer the ordered array.
 */
export function orderQuads(quads: readonly Quad[]): readonly Quad[] {
  if (ORDERED.has(quads)) return quads;
  // (graph, subject) groups in order of first appearance, each predicate -> objects in order of
  // first appearance. Duplicates are found within their group by the object alone, which keeps
  // keys short: this runs for every article of a corpus.
  const graphs = new Map<string, Map<string, Map<string, ObjectList>>>();
  const groups: Map<string, ObjectList>[] = [];
  for (const q of quads) {
    const graphKey = nodeKey(q.graph);
    let subjects = graphs.get(graphKey);
    if (!subjects) graphs.set(graphKey, (subjects = new Map()));
    const subjectKey = nodeKey(q.subject);
    let group = subjects.get(subjectKey);
    if (!group) {
      subjects.set(subjectKey, (group = new Map([[RDF.type, new ObjectList()]])));
      groups.push(group);
    }
    let byPredicate = group.get(q.predicate.value);
    if (!byPredicate) group.set(q.predicate.value, (byPredicate = new ObjectList()));
    byPredicate.add(q);
  }
  const ordered: Quad[] = [];
  for (const group of groups) for (const byPredicate of group.values()) for (const q of byPredicate.quads) ordered.push(q);
  Object.freeze(ordered);
  ORDERED.add(ordered);
  return ordered;
}

/** An IRI, blank node or default graph as a map key ("_:" cannot start an IRI, which needs a scheme). */
function nodeKey(term: Term): string {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return '_:' + term.value;
  return term.termType === 'DefaultGraph' ? '' : termKey(term);
}

function sameTerm(a: Term, b: Term): boolean {
  if (a.termType !== b.termType || a.value !== b.value) return false;
  return a.termType !== 'Literal' || (a.language === (b as typeof a).language && a.datatype.value === (b as typeof a).datatype.value);
}

/** The quads of one (graph, subject, predicate), first occurrence of each object kept. */
class ObjectList {
  readonly quads: Quad[] = [];
  /** Built once the list is long enough for a linear scan to cost more than keys. */
  private keys: Set<string> | undefined;

  add(q: Quad): void {
    if (this.keys) {
      const key = termKey(q.object);
      if (this.keys.has(key)) return;
      this.keys.add(key);
    } else {
      for (const other of this.quads) if (sameTerm(other.object, q.object)) return;
      if (this.quads.length >= 8) this.keys = new Set([...this.quads, q].map((x) => termKey(x.object)));
    }
    this.quads.push(q);
  }
}
