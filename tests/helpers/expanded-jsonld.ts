import type { Quad } from '@rdfjs/types';
import { XSD } from '../../src/core/vocab.js';
import { orderQuads } from '../../src/graph/order.js';
import { articleLayout } from '../../src/serialize/jsonld-layout.js';

type Expanded = Record<string, unknown>;

/**
 * The article-rooted tree of src/serialize/jsonld-layout.ts in expanded JSON-LD (full IRIs, value
 * objects, arrays): what the JSON-LD writer's output must equal once jsonld.compact has compacted it.
 */
export function expandedJsonLd(quads: readonly Quad[]): Expanded {
  const layout = articleLayout(orderQuads(quads));
  const build = (id: string): Expanded => {
    const node = layout.nodes.get(id)!;
    const out: Expanded = { '@id': id };
    if (node.types.length) out['@type'] = node.types;
    for (const [predicate, values] of node.props) {
      out[predicate] = values.map((value) => {
        if (value.termType === 'Literal') {
          if (value.language) return { '@value': value.value, '@language': value.language };
          return value.datatype.value === XSD.string ? { '@value': value.value } : { '@value': value.value, '@type': value.datatype.value };
        }
        return layout.embedsUnder(id, value.value) ? build(value.value) : { '@id': value.value };
      });
    }
    if (id === layout.root && layout.reverseEmbedded.size)
      out['@reverse'] = Object.fromEntries([...layout.reverseEmbedded].map(([predicate, ids]) => [predicate, ids.map(build)]));
    return out;
  };
  const graphNodes = layout.topLevel.map(build);
  return layout.graph !== undefined ? { '@id': layout.graph, '@graph': graphNodes } : { '@graph': graphNodes };
}
