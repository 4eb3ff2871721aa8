import type { Quad } from '@rdfjs/types';
import { RDF } from '../core/vocab.js';
import { TermList, termKey } from './terms.js';

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
    const graphKey = termKey(q.graph);
    let subjects = graphs.get(graphKey);
    if (!subjects) graphs.set(graphKey, (subjects = new Map()));
    const subjectKey = termKey(q.subject);
    let group = subjects.get(subjectKey);
    if (!group) {
      subjects.set(subjectKey, (group = new Map([[RDF.type, objectList()]])));
      groups.push(group);
    }
    let byPredicate = group.get(q.predicate.value);
    if (!byPredicate) group.set(q.predicate.value, (byPredicate = objectList()));
    byPredicate.add(q);
  }
  const ordered: Quad[] = [];
  for (const group of groups) for (const byPredicate of group.values()) for (const q of byPredicate.items) ordered.push(q);
  Object.freeze(ordered);
  ORDERED.add(ordered);
  return ordered;
}

/** The quads of one (graph, subject, predicate), first occurrence of each object kept. */
type ObjectList = TermList<Quad>;

const objectList = (): ObjectList => new TermList<Quad>((q) => q.object, 8);
