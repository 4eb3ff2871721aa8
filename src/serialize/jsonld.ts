import type { Quad } from '@rdfjs/types';
import { NKG, RDF, SCHEMA, XSD } from '../core/vocab.js';
import { orderQuads } from '../graph/order.js';
import { projectContext } from '../core/jsonld-context.js';
import { compactExpanded } from './jsonld-compact.js';
import { buildContextTable } from './jsonld-terms.js';
import type { ContextTable } from './jsonld-terms.js';

type Expanded = Record<string, unknown>;

/** Links from a statement or event to its article, written as reverse properties so the article is the root. */
const REVERSE_TO_ROOT = [SCHEMA.appearance, SCHEMA.subjectOf];

/**
 * Compacted JSON-LD, article-centred: the article is the root of one tree that embeds its actors,
 * mentions, sections, statements and events; every other reference is an {"@id"}. Nodes the tree
 * does not reach (the run, software) follow in the same @graph, named after the article.
 */
export async function writeJsonLd(quads: readonly Quad[]): Promise<string> {
  // What jsonld.compact(tree, context, {skipExpansion: true}) gives, byte for byte
  // (tests/serialize/jsonld-compact.test.ts holds the two together), with the term choices of
  // ontology/context.jsonld worked out once instead of per property and value. A context feature
  // the table does not support fails here, loudly, rather than falling back to jsonld.js.
  const compacted = compactExpanded(expandedJsonLd(quads), projectTable());
  return JSON.stringify(compacted, null, 2) + '\n';
}

let table: ContextTable | undefined;

/** The term table of ontology/context.jsonld, built on first use. */
function projectTable(): ContextTable {
  table ??= buildContextTable(projectContext());
  return table;
}

/** The article-rooted tree in expanded form (full IRIs, value objects, arrays) that writeJsonLd compacts. */
export function expandedJsonLd(quads: readonly Quad[]): Expanded {
  return expandedTree(orderQuads(quads));
}

interface NodeData {
  types: string[];
  props: Map<string, Quad['object'][]>;
}

function expandedTree(quads: readonly Quad[]): Expanded {
  const nodes = new Map<string, NodeData>();
  for (const q of quads) {
    let node = nodes.get(q.subject.value);
    if (!node) nodes.set(q.subject.value, (node = { types: [], props: new Map() }));
    if (q.predicate.value === RDF.type) {
      node.types.push(q.object.value);
      continue;
    }
    let values = node.props.get(q.predicate.value);
    if (!values) node.props.set(q.predicate.value, (values = []));
    values.push(q.object);
  }
  const graph = quads[0]?.graph.termType === 'NamedNode' ? quads[0].graph.value : undefined;
  const root = [...nodes.entries()].find(([, node]) => node.types.includes(NKG.Article))?.[0];

  // Breadth-first from the root: each node is embedded under the first parent that reaches it.
  const parentOf = new Map<string, string>();
  const reverseChildren = new Map<string, string[]>();
  if (root) {
    parentOf.set(root, '');
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      const children: string[] = [];
      for (const values of nodes.get(current)!.props.values()) {
        for (const value of values) if (value.termType === 'NamedNode') children.push(value.value);
      }
      if (current === root) {
        for (const predicate of REVERSE_TO_ROOT) {
          const referrers = [...nodes.entries()].filter(([, n]) => n.props.get(predicate)?.some((o) => o.value === root)).map(([id]) => id);
          reverseChildren.set(predicate, referrers);
          children.push(...referrers);
        }
      }
      for (const child of children) {
        if (!nodes.has(child) || parentOf.has(child)) continue;
        parentOf.set(child, current);
        queue.push(child);
      }
    }
  }

  const build = (id: string): Expanded => {
    const node = nodes.get(id)!;
    const out: Expanded = { '@id': id };
    if (node.types.length) out['@type'] = node.types;
    for (const [predicate, values] of node.props) {
      out[predicate] = values.map((value) => {
        if (value.termType === 'Literal') {
          if (value.language) return { '@value': value.value, '@language': value.language };
          return value.datatype.value === XSD.string ? { '@value': value.value } : { '@value': value.value, '@type': value.datatype.value };
        }
        if (parentOf.get(value.value) === id && (id !== root || !isReverseChild(value.value))) return build(value.value);
        return { '@id': value.value };
      });
    }
    if (id === root) {
      const reverse: Expanded = {};
      for (const [predicate, referrers] of reverseChildren) {
        const embedded = referrers.filter((r) => parentOf.get(r) === root);
        if (embedded.length) reverse[predicate] = embedded.map(build);
      }
      if (Object.keys(reverse).length) out['@reverse'] = reverse;
    }
    return out;
  };
  const reverseChildIds = new Set([...reverseChildren.values()].flat());
  const isReverseChild = (id: string): boolean => reverseChildIds.has(id);

  const topLevel = [...nodes.keys()].filter((id) => !parentOf.has(id) || id === root);
  const graphNodes = topLevel.map(build);
  return graph ? { '@id': graph, '@graph': graphNodes } : { '@graph': graphNodes };
}
