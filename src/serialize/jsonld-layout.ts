import type { Quad } from '@rdfjs/types';
import { NKG, RDF, SCHEMA } from '../core/vocab.js';

/** Links from a statement or event to its article, written as reverse properties so the article is the root. */
const REVERSE_TO_ROOT = [SCHEMA.appearance, SCHEMA.subjectOf];

export interface LayoutNode {
  /** Objects of rdf:type, as they come. */
  types: string[];
  /** Every other predicate, in order of first appearance, with its objects. */
  props: Map<string, Quad['object'][]>;
  /** The predicates of `props`, as a shape shared by the nodes that have the same ones. */
  keys: KeyShape;
}

/** A sequence of predicates, with its keys sorted as jsonld.js processes a node's keys, worked out once per sequence. */
export class KeyShape {
  private readonly next = new Map<string, KeyShape>();
  private sortedWithoutTypes: readonly string[] | undefined;
  private sortedWithTypes: readonly string[] | undefined;

  constructor(private readonly predicates: readonly string[]) {}

  then(predicate: string): KeyShape {
    let shape = this.next.get(predicate);
    if (!shape) {
      if (++shapeCount > SHAPE_LIMIT) resetShapes();
      this.next.set(predicate, (shape = new KeyShape([...this.predicates, predicate])));
    }
    return shape;
  }

  /** The predicates, `@id` and, for a node with types, `@type`, sorted. */
  sorted({ withTypes }: { withTypes: boolean }): readonly string[] {
    if (withTypes) return (this.sortedWithTypes ??= [...this.predicates, '@id', '@type'].sort());
    return (this.sortedWithoutTypes ??= [...this.predicates, '@id'].sort());
  }
}

/** The shapes are kept across documents (a corpus has a few hundred); past the limit they start again. */
const SHAPE_LIMIT = 50_000;
let shapeCount = 0;
let noPredicates = new KeyShape([]);

function resetShapes(): void {
  shapeCount = 0;
  noPredicates = new KeyShape([]);
}

/**
 * Where each node of an article's graph is written in the JSON-LD tree: the article is the root;
 * breadth-first from it, each node is embedded under the first parent that reaches it (statements
 * and events through the reverse links of REVERSE_TO_ROOT); nodes it does not reach are written
 * at the top level of the @graph, named after the graph of the first quad.
 */
export interface ArticleLayout {
  nodes: ReadonlyMap<string, LayoutNode>;
  graph: string | undefined;
  root: string | undefined;
  /** Top-level nodes, in order of first appearance (the root among them). */
  topLevel: readonly string[];
  /** The root's referrers through each reverse predicate that are embedded under the root, in order of appearance. */
  reverseEmbedded: ReadonlyMap<string, readonly string[]>;
  /** Whether `child`, an object of `parent`, is written embedded there rather than as a reference. */
  embedsUnder(parent: string, child: string): boolean;
}

export function articleLayout(quads: readonly Quad[]): ArticleLayout {
  const nodes = new Map<string, LayoutNode>();
  // Ordered quads come in runs of one subject and, within them, of one predicate: the maps are looked up once per run.
  let node: LayoutNode | undefined;
  let subject = '';
  let predicate = '';
  let values: Quad['object'][] | undefined;
  for (const q of quads) {
    if (node === undefined || q.subject.value !== subject) {
      subject = q.subject.value;
      node = nodes.get(subject);
      if (!node) nodes.set(subject, (node = { types: [], props: new Map(), keys: noPredicates }));
      values = undefined;
    }
    if (q.predicate.value === RDF.type) {
      node.types.push(q.object.value);
      continue;
    }
    if (values === undefined || q.predicate.value !== predicate) {
      predicate = q.predicate.value;
      values = node.props.get(predicate);
      if (!values) {
        node.props.set(predicate, (values = []));
        node.keys = node.keys.then(predicate);
      }
    }
    values.push(q.object);
  }
  const ids = [...nodes.keys()];
  const root = ids.find((id) => nodes.get(id)!.types.includes(NKG.Article));
  const graph = quads[0]?.graph.termType === 'NamedNode' ? quads[0].graph.value : undefined;

  const parentOf = new Map<string, string>();
  const referrers = new Map<string, string[]>();
  if (root !== undefined) {
    parentOf.set(root, '');
    const queue = [root];
    const reach = (child: string, parent: string): void => {
      if (!nodes.has(child) || parentOf.has(child)) return;
      parentOf.set(child, parent);
      queue.push(child);
    };
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      for (const values of nodes.get(current)!.props.values()) {
        for (const value of values) if (value.termType === 'NamedNode') reach(value.value, current);
      }
      if (current !== root) continue;
      for (const predicate of REVERSE_TO_ROOT) {
        const found = ids.filter((id) =>
          nodes
            .get(id)!
            .props.get(predicate)
            ?.some((o) => o.value === root),
        );
        referrers.set(predicate, found);
        for (const id of found) reach(id, root);
      }
    }
  }
  const reverseChildren = new Set([...referrers.values()].flat());
  const reverseEmbedded = new Map<string, string[]>();
  for (const [predicate, ids] of referrers) {
    const embedded = ids.filter((id) => parentOf.get(id) === root);
    if (embedded.length) reverseEmbedded.set(predicate, embedded);
  }
  const topLevel = ids.filter((id) => !parentOf.has(id) || id === root);
  return {
    nodes,
    graph,
    root,
    topLevel,
    reverseEmbedded,
    embedsUnder: (parent, child) => parentOf.get(child) === parent && (parent !== root || !reverseChildren.has(child)),
  };
}
