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

/**
 * Deterministic, readable order: duplicates dropped, graphs and subjects in order of first
 * appearance (the encoder writes the article first), rdf:type first within a subject, then
 * predicates in order of first appearance. The same input always yields the same sequence.
 */
export function orderQuads(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  // graph+subject -> predicate -> quads, each level in order of first appearance
  const groups = new Map<string, Map<string, Quad[]>>();
  for (const q of quads) {
    const key = quadKey(q);
    if (seen.has(key)) continue;
    seen.add(key);
    const groupKey = `${termKey(q.graph)} ${termKey(q.subject)}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = new Map([[RDF.type, []]])));
    let byPredicate = group.get(q.predicate.value);
    if (!byPredicate) group.set(q.predicate.value, (byPredicate = []));
    byPredicate.push(q);
  }
  const ordered: Quad[] = [];
  for (const group of groups.values()) for (const byPredicate of group.values()) ordered.push(...byPredicate);
  return ordered;
}
