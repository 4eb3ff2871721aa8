import type { Literal, Quad } from '@rdfjs/types';
import { orderQuads } from '../graph/order.js';
import { projectContext } from '../core/jsonld-context.js';
import { termCompactor } from './jsonld-compact.js';
import type { PropertySlot, TermCompactor } from './jsonld-compact.js';
import { articleLayout } from './jsonld-layout.js';
import type { ArticleLayout } from './jsonld-layout.js';
import { buildContextTable } from './jsonld-terms.js';
import type { ContextTable } from './jsonld-terms.js';

/**
 * Compacted JSON-LD, article-centred: the article is the root of one tree that embeds its actors,
 * mentions, sections, statements and events; every other reference is an {"@id"}. Nodes the tree
 * does not reach (the run, software) follow in the same @graph, named after the article.
 */
export async function writeJsonLd(quads: readonly Quad[]): Promise<string> {
  return compactedJsonLd(quads, projectTable());
}

let table: ContextTable | undefined;

/** The term table of ontology/context.jsonld, built on first use. */
function projectTable(): ContextTable {
  table ??= buildContextTable(projectContext());
  return table;
}

/**
 * The article-rooted tree of jsonld-layout.ts compacted with a context table: what
 * JSON.stringify(jsonld.compact(tree, context, {skipExpansion: true}), null, 2) gives for the
 * expanded form of that tree, byte for byte (tests/serialize/jsonld-compact.test.ts holds the two
 * together), built straight from the quads with no expanded tree in between. A context feature the
 * table does not support fails when the table is built, loudly, rather than falling back to jsonld.js.
 */
export function compactedJsonLd(quads: readonly Quad[], contextTable: ContextTable): string {
  const compacted = new CompactedTree(articleLayout(orderQuads(quads)), termCompactor(contextTable)).document(contextTable.outputContext);
  return JSON.stringify(compacted, null, 2) + '\n';
}

type JsonObject = Record<string, unknown>;

class CompactedTree {
  /** Node IRIs compacted: most are referenced several times in a document. */
  private readonly nodeIris = new Map<string, string>();

  constructor(
    private readonly layout: ArticleLayout,
    private readonly compactor: TermCompactor,
  ) {}

  /** jsonld.js puts `@context` first, then the compacted document: its `@graph`, then its `@id`. */
  document(context: unknown): JsonObject {
    const { topLevel, graph } = this.layout;
    const out: JsonObject = context === null ? {} : { '@context': context };
    out['@graph'] = topLevel.map((id) => this.node(id));
    if (graph !== undefined) out['@id'] = this.nodeIri(graph);
    return out;
  }

  private nodeIri(iri: string): string {
    let compacted = this.nodeIris.get(iri);
    if (compacted === undefined) this.nodeIris.set(iri, (compacted = this.compactor.nodeIri(iri)));
    return compacted;
  }

  /** A node object, its keys processed in sorted order as jsonld.js does. */
  private node(id: string): JsonObject {
    const { layout, compactor } = this;
    const node = layout.nodes.get(id)!;
    let keys = node.keys.sorted({ withTypes: node.types.length > 0 });
    if (id === layout.root && layout.reverseEmbedded.size > 0) keys = [...keys, '@reverse'].sort();
    const out: JsonObject = {};
    for (const key of keys) {
      if (key === '@id') out['@id'] = this.nodeIri(id);
      else if (key === '@type')
        out['@type'] = node.types.length === 1 ? compactor.vocabIri(node.types[0]!) : node.types.map((type) => compactor.vocabIri(type));
      else if (key === '@reverse') this.reverse(out);
      else {
        for (const value of node.props.get(key)!) {
          if (value.termType === 'Literal') {
            const slot = compactor.literalSlot(key, value);
            addValue(out, slot, literalValue(slot, value));
          } else {
            const slot = compactor.nodeSlot(key, value.value, { reverse: false });
            addValue(out, slot, layout.embedsUnder(id, value.value) ? this.node(value.value) : this.reference(slot, value.value));
          }
        }
      }
    }
    return out;
  }

  /** The root's embedded referrers: under reverse terms on the root itself, else in a `@reverse` object. */
  private reverse(out: JsonObject): void {
    const { reverseEmbedded } = this.layout;
    const reversed: JsonObject = {};
    const slots = new Map<string, PropertySlot>();
    for (const predicate of [...reverseEmbedded.keys()].sort()) {
      for (const referrer of reverseEmbedded.get(predicate)!) {
        const slot = this.compactor.nodeSlot(predicate, referrer, { reverse: true });
        slots.set(slot.term, slot);
        addValue(reversed, slot, this.node(referrer));
      }
    }
    for (const term of Object.keys(reversed)) {
      if (!slots.get(term)!.reverse) continue;
      out[term] = reversed[term];
      delete reversed[term];
    }
    if (Object.keys(reversed).length > 0) out['@reverse'] = reversed;
  }

  /** jsonld.js `compactValue` for a node reference. */
  private reference(slot: PropertySlot, id: string): unknown {
    const compacted = slot.referenceAsVocab ? this.compactor.vocabIri(id) : this.nodeIri(id);
    return slot.referenceBare ? compacted : { '@id': compacted };
  }
}

/** jsonld.js `compactValue` for a literal's value object. */
function literalValue(slot: PropertySlot, literal: Literal): unknown {
  switch (slot.literalForm) {
    case 'bare':
      return literal.value;
    case '@type':
      return { '@type': slot.datatype, '@value': literal.value };
    case '@language':
      return { '@language': literal.language, '@value': literal.value };
    case '@value':
      return { '@value': literal.value };
  }
}

/** jsonld.js `addValue`: the values of one compacted property go together, as an array when there are several or its container says so. */
function addValue(out: JsonObject, slot: PropertySlot, value: unknown): void {
  const existing = out[slot.term];
  // (A term such as "constructor" reads Object.prototype's member until it is set.)
  if (existing === undefined || !Object.hasOwn(out, slot.term)) out[slot.term] = slot.asArray ? [value] : value;
  else if (Array.isArray(existing)) existing.push(value);
  else out[slot.term] = [existing, value];
}
