import type { Literal } from '@rdfjs/types';
import { NewskgError } from '../core/errors.js';
import { XSD } from '../core/vocab.js';
import { compareShortestLeast, isKeyword } from './jsonld-terms.js';
import type { ContextTable, TermDefinition } from './jsonld-terms.js';

/**
 * Compaction of RDF terms with a context table, deciding what `jsonld.compact(document, context,
 * {skipExpansion: true})` of jsonld.js 9 writes for an expanded document built from quads: the
 * term of a property for a value (through the inverse context), whether it is written as an
 * array (`@set` / `@list` containers), whether a literal or a node reference is written bare or
 * as a value object / `{"@id"}` (the term's coercion), and CURIEs (shortest, then least) for IRIs
 * with no term. No base: jsonld.compact of an in-memory document has none, so node IRIs stay
 * absolute unless a prefix fits. Decisions depend on the table only, so they are kept across
 * documents.
 */

/** How the values of one property, of one shape, are written. */
export interface PropertySlot {
  /** The compacted property (term, CURIE or IRI). */
  term: string;
  /** Written as an array even with one value (a `@set` or `@list` container). */
  asArray: boolean;
  /** Is a reverse term: its values are written on the node itself, not under `@reverse`. */
  reverse: boolean;
  /** Literals: written bare, as a value object with `@type` (the compacted datatype) or `@language`, or as `{"@value"}` alone. */
  literalForm: 'bare' | '@type' | '@language' | '@value';
  /** The compacted datatype of a typed literal's value object. */
  datatype?: string;
  /** References: written as a bare string (the term coerces to `@id` or `@vocab`). */
  referenceBare: boolean;
  /** References: the IRI is compacted as a vocabulary IRI (`@vocab` coercion). */
  referenceAsVocab: boolean;
}

/** What term selection looks at in a value. */
type ValueShape = { kind: 'none' } | { kind: 'literal'; language?: string; datatype?: string } | { kind: 'node'; id: string };

const NONE: ValueShape = { kind: 'none' };

/** Where an IRI stands: a vocabulary position (property, type) or a node's, and for a property whether it is reversed. */
interface IriPosition {
  vocab: boolean;
  reverse: boolean;
}
const VOCAB_POSITION: IriPosition = { vocab: true, reverse: false };
const NODE_POSITION: IriPosition = { vocab: false, reverse: false };
const SELECTION_LIMIT = 100_000;

interface PredicateSlots {
  plain?: PropertySlot;
  typed: Map<string, PropertySlot>;
  language: Map<string, PropertySlot>;
  /** By [reverse][IRI is a term's IRI]: only a `@vocab`-coerced term makes the latter matter. */
  node: (PropertySlot | undefined)[];
}

/** The index of the last "/", "#" or ":" of an IRI, -1 if none: one scan from the end, where it usually is. */
function lastDelimiter(iri: string): number {
  for (let i = iri.length - 1; i >= 0; i--) {
    const code = iri.charCodeAt(i);
    if (code === 0x2f || code === 0x23 || code === 0x3a) return i;
  }
  return -1;
}

const compactors = new WeakMap<ContextTable, TermCompactor>();

/** The compactor of a table, built once per table. */
export function termCompactor(table: ContextTable): TermCompactor {
  let compactor = compactors.get(table);
  if (!compactor) compactors.set(table, (compactor = new TermCompactor(table)));
  return compactor;
}

export class TermCompactor {
  private readonly terms: ReadonlyMap<string, TermDefinition>;
  private readonly slots = new Map<string, PredicateSlots>();
  /** Vocabulary IRIs (types, datatypes, `@vocab`-coerced references) with no value to select for. */
  private readonly vocabIris = new Map<string, string>();
  /** CURIE namespaces by the part of an IRI up to its last delimiter, or null when that cannot be used (see curieNamespaces). */
  private readonly namespacesByHead: Map<string, ContextTable['curiePrefixes']> | null;

  constructor(private readonly table: ContextTable) {
    this.terms = table.terms;
    this.namespacesByHead = table.curiePrefixes.every(({ iri }) => /[/#:]$/.test(iri)) ? new Map() : null;
  }

  literalSlot(predicate: string, literal: Literal): PropertySlot {
    const slots = this.predicateSlots(predicate);
    if (literal.language)
      return (
        slots.language.get(literal.language) ??
        this.add(slots.language, literal.language, this.literalSlotFor(predicate, { kind: 'literal', language: literal.language }))
      );
    const datatype = literal.datatype.value;
    if (datatype === XSD.string) return (slots.plain ??= this.literalSlotFor(predicate, { kind: 'literal' }));
    return slots.typed.get(datatype) ?? this.add(slots.typed, datatype, this.literalSlotFor(predicate, { kind: 'literal', datatype }));
  }

  /** The slot of a node (embedded or referenced) as the value of a property, or of a reverse property. */
  nodeSlot(predicate: string, id: string, { reverse }: { reverse: boolean }): PropertySlot {
    const slots = this.predicateSlots(predicate);
    const index = (reverse ? 2 : 0) + (this.table.hasVocabCoercion && this.isTermIri(id) ? 1 : 0);
    return (slots.node[index] ??= this.slot(this.compactIri(predicate, { kind: 'node', id }, { vocab: true, reverse })));
  }

  /** An IRI in a vocabulary position with no value (a type, a datatype, a `@vocab`-coerced reference). */
  vocabIri(iri: string): string {
    let compacted = this.vocabIris.get(iri);
    if (compacted === undefined) {
      if (this.vocabIris.size >= SELECTION_LIMIT) this.vocabIris.clear();
      this.vocabIris.set(iri, (compacted = this.compactIri(iri, NONE, VOCAB_POSITION)));
    }
    return compacted;
  }

  /** An IRI in a node position (`@id`, references): a CURIE when a prefix fits, else as it is. */
  nodeIri(iri: string): string {
    return this.compactIri(iri, NONE, NODE_POSITION);
  }

  private predicateSlots(predicate: string): PredicateSlots {
    let slots = this.slots.get(predicate);
    if (!slots) {
      if (this.slots.size >= SELECTION_LIMIT) this.slots.clear();
      this.slots.set(predicate, (slots = { typed: new Map(), language: new Map(), node: [] }));
    }
    return slots;
  }

  private add(map: Map<string, PropertySlot>, key: string, slot: PropertySlot): PropertySlot {
    map.set(key, slot);
    return slot;
  }

  private slot(term: string): PropertySlot {
    const definition = this.terms.get(term);
    const type = definition?.type;
    const container = definition?.container ?? [];
    return {
      term,
      asArray: container.includes('@set') || container.includes('@list'),
      reverse: definition?.reverse ?? false,
      literalForm: 'bare',
      referenceBare: type === '@id' || type === '@vocab',
      referenceAsVocab: type === '@vocab',
    };
  }

  /** jsonld.js `compactValue` for a value object, decided once per property term and value shape. */
  private literalSlotFor(predicate: string, shape: ValueShape & { kind: 'literal' }): PropertySlot {
    const slot = this.slot(this.compactIri(predicate, shape, VOCAB_POSITION));
    const definition = this.terms.get(slot.term);
    const type = definition?.type ?? null;
    const language = definition && 'language' in definition ? definition.language : (this.table.language ?? null);
    if (shape.language !== undefined) {
      if (type !== '@none' && shape.language === language) return slot;
      slot.literalForm = '@language';
    } else if (shape.datatype !== undefined) {
      if (type !== '@none' && shape.datatype === type) return slot;
      slot.literalForm = '@type';
      slot.datatype = this.vocabIri(shape.datatype);
    } else {
      const nullLanguage = definition !== undefined && definition.language === null;
      if (type !== '@none' && (this.table.language === undefined || nullLanguage)) return slot;
      slot.literalForm = '@value';
    }
    return slot;
  }

  private isTermIri(iri: string): boolean {
    return this.terms.get(this.vocabIri(iri))?.id === iri;
  }

  /** The CURIE namespaces an IRI starts with. When every namespace ends with "/", "#" or ":", a namespace starts the IRI exactly when it starts the IRI's head (up to its last such delimiter), so the scan is done once per head. */
  private curieNamespaces(iri: string): ContextTable['curiePrefixes'] {
    const byHead = this.namespacesByHead;
    if (byHead === null) return this.table.curiePrefixes.filter(({ iri: namespace }) => iri.startsWith(namespace));
    const head = iri.slice(0, lastDelimiter(iri) + 1);
    let namespaces = byHead.get(head);
    if (!namespaces) {
      if (byHead.size >= SELECTION_LIMIT) byHead.clear();
      byHead.set(head, (namespaces = this.table.curiePrefixes.filter(({ iri: namespace }) => head.startsWith(namespace))));
    }
    return namespaces;
  }

  /** jsonld.js `compactIri` (no keyword aliases, no base). */
  private compactIri(iri: string, value: ValueShape, { vocab, reverse }: IriPosition): string {
    if (isKeyword(iri)) return iri;
    const { table } = this;
    if (vocab && table.inverse.has(iri)) {
      const term = this.selectTerm(iri, value, { reverse });
      if (term !== undefined) return term;
    }
    if (vocab && table.vocab !== undefined && iri.startsWith(table.vocab) && iri !== table.vocab) {
      const suffix = iri.slice(table.vocab.length);
      if (!this.terms.has(suffix)) return suffix;
    }
    let choice: string | undefined;
    for (const { iri: namespace, terms } of this.curieNamespaces(iri)) {
      if (iri.length <= namespace.length) continue;
      for (const term of terms) {
        const curie = `${term}:${iri.slice(namespace.length)}`;
        const usable = !this.terms.has(curie) || (value.kind === 'none' && this.terms.get(curie)!.id === iri);
        if (usable && (choice === undefined || compareShortestLeast(curie, choice) < 0)) choice = curie;
      }
    }
    if (choice !== undefined) return choice;
    for (const term of table.prefixTerms) {
      if (iri.startsWith(term) && iri[term.length] === ':')
        throw new NewskgError('INTERNAL', `JSON-LD: absolute IRI "${iri}" confused with prefix "${term}"`);
    }
    // With no base, jsonld.js leaves an IRI as it is unless it is a network-path reference.
    if (!vocab && iri.startsWith('//'))
      throw new NewskgError('INTERNAL', `the direct JSON-LD writer does not support the network-path reference "${iri}"`);
    return iri;
  }

  /** jsonld.js `_selectTerm` over the containers a value may use (map containers are refused when the table is built). */
  private selectTerm(iri: string, value: ValueShape, { reverse }: { reverse: boolean }): string | undefined {
    let typeOrLanguage: '@language' | '@type' = '@language';
    let preferred = '@null';
    if (reverse) {
      typeOrLanguage = '@type';
      preferred = '@reverse';
    } else if (value.kind === 'literal') {
      if (value.language !== undefined) preferred = value.language;
      else if (value.datatype !== undefined) {
        typeOrLanguage = '@type';
        preferred = value.datatype;
      }
    } else {
      typeOrLanguage = '@type';
      preferred = '@id';
    }
    const prefs: string[] = [];
    if ((preferred === '@id' || preferred === '@reverse') && value.kind === 'node') {
      if (preferred === '@reverse') prefs.push('@reverse');
      if (this.isTermIri(value.id)) prefs.push('@vocab', '@id');
      else prefs.push('@id', '@vocab');
    } else {
      prefs.push(preferred);
      if (preferred.includes('_')) prefs.push(preferred.replace(/^[^_]+_/, '_'));
    }
    prefs.push('@none');
    const entry = this.table.inverse.get(iri)!;
    for (const container of ['@set', '@none']) {
      const byValue = entry.get(container)?.[typeOrLanguage];
      if (!byValue) continue;
      for (const pref of prefs) {
        const term = byValue.get(pref);
        if (term !== undefined) return term;
      }
    }
    return undefined;
  }
}
