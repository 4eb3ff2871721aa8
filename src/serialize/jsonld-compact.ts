import { NewskgError } from '../core/errors.js';
import { compareShortestLeast, isKeyword } from './jsonld-terms.js';
import type { ContextTable, TermDefinition } from './jsonld-terms.js';

type JsonObject = Record<string, unknown>;

/**
 * Compacts an expanded JSON-LD document with a context table, giving what
 * `jsonld.compact(document, context, {skipExpansion: true})` of jsonld.js 9 gives (the same
 * objects with the same key order, so the same bytes once stringified): terms chosen through
 * the inverse context, values and node references compacted by the terms' coercion, CURIEs
 * (shortest, then least) for IRIs with no term, single values unwrapped unless the term has a
 * `@set` or `@list` container, node keys processed in sorted order, `@context` first. No base:
 * jsonld.compact of an in-memory document has none, so node IRIs stay absolute.
 *
 * The input it accepts is what newskg's writer builds: node objects (`@id`, `@type`, `@reverse`,
 * properties), node references, value objects with `@type` or `@language`, and `@graph` arrays.
 * Lists, nested graph objects, `@index`, `@direction`, `@included` and `@preserve` throw.
 */
export function compactExpanded(expanded: JsonObject | unknown[], table: ContextTable): JsonObject {
  let compacted = new Compactor(table).element(expanded, null);
  if (Array.isArray(compacted)) {
    if (compacted.length === 1) compacted = compacted[0];
    else if (compacted.length === 0) compacted = {};
  }
  const hasContext = table.outputContext !== null;
  if (Array.isArray(compacted)) return hasContext ? { '@context': table.outputContext, '@graph': compacted } : { '@graph': compacted };
  if (!isPlainObject(compacted)) throw unsupportedInput('a document that compacts to a scalar');
  return hasContext ? { '@context': table.outputContext, ...compacted } : compacted;
}

const isPlainObject = (value: unknown): value is JsonObject => Object.prototype.toString.call(value) === '[object Object]';

function unsupportedInput(what: string): NewskgError {
  return new NewskgError('INTERNAL', `the direct JSON-LD writer does not support ${what} in the expanded document`);
}

/** jsonld.js `addValue` with duplicates allowed and no prepending. */
function addValue(subject: JsonObject, property: string, value: unknown, propertyIsArray: boolean): void {
  if (Array.isArray(value)) {
    if (value.length === 0 && propertyIsArray && !Object.hasOwn(subject, property)) subject[property] = [];
    for (const item of value) addValue(subject, property, item, propertyIsArray);
  } else if (Object.hasOwn(subject, property)) {
    const existing = subject[property];
    if (Array.isArray(existing)) existing.push(value);
    else subject[property] = [existing, value];
  } else {
    subject[property] = propertyIsArray ? [value] : value;
  }
}

const NO_TERM = undefined;
const SELECTION_LIMIT = 100_000;

/** The table's CURIE namespaces by the part of an IRI up to its last delimiter, or null when that cannot be used (see curieNamespaces). */
const namespacesByHead = new WeakMap<ContextTable, Map<string, ContextTable['curiePrefixes']> | null>();

/**
 * The CURIE namespaces an IRI starts with. When every namespace ends with "/", "#" or ":", a
 * namespace starts the IRI exactly when it starts the IRI's head (up to its last such
 * delimiter), so the scan is done once per head: a document's few hundred node IRIs share a
 * handful of heads.
 */
function curieNamespaces(table: ContextTable, iri: string): ContextTable['curiePrefixes'] {
  let byHead = namespacesByHead.get(table);
  if (byHead === undefined) namespacesByHead.set(table, (byHead = table.curiePrefixes.every(({ iri: namespace }) => /[/#:]$/.test(namespace)) ? new Map() : null));
  if (byHead === null) return table.curiePrefixes.filter(({ iri: namespace }) => iri.startsWith(namespace));
  const head = iri.slice(0, Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'), iri.lastIndexOf(':')) + 1);
  let namespaces = byHead.get(head);
  if (!namespaces) {
    if (byHead.size >= SELECTION_LIMIT) byHead.clear();
    byHead.set(head, (namespaces = table.curiePrefixes.filter(({ iri: namespace }) => head.startsWith(namespace))));
  }
  return namespaces;
}

/** Term selections by IRI and value shape; they depend on the table only, so they outlive a document. */
const selections = new WeakMap<ContextTable, Map<string, Map<string, string>>>();

class Compactor {
  private readonly terms: ReadonlyMap<string, TermDefinition>;
  /** Node IRIs compacted as `@id` values (relative to no vocabulary): many repeat within a document. */
  private readonly ids = new Map<string, string>();
  private readonly selected: Map<string, Map<string, string>>;

  constructor(private readonly table: ContextTable) {
    this.terms = table.terms;
    let memo = selections.get(table);
    if (!memo) selections.set(table, (memo = new Map()));
    this.selected = memo;
  }

  element(element: unknown, activeProperty: string | null): unknown {
    if (Array.isArray(element)) {
      const compacted: unknown[] = [];
      for (const item of element) {
        const value = this.element(item, activeProperty);
        if (value !== null) compacted.push(value);
      }
      if (compacted.length === 1 && this.container(activeProperty).length === 0) return compacted[0];
      return compacted;
    }
    if (!isPlainObject(element)) return element;
    if ('@value' in element) return this.value(element, activeProperty);
    if ('@id' in element && Object.keys(element).length === 1) return this.reference(element['@id'] as string, activeProperty);
    if ('@list' in element) throw unsupportedInput('@list');
    return this.node(element, activeProperty);
  }

  private definition(term: string | null): TermDefinition | undefined {
    return term === null ? NO_TERM : this.terms.get(term);
  }

  private container(term: string | null): readonly string[] {
    return this.definition(term)?.container ?? [];
  }

  private node(element: JsonObject, activeProperty: string | null): JsonObject {
    const insideReverse = activeProperty === '@reverse';
    const out: JsonObject = {};
    for (const key of Object.keys(element).sort()) {
      const value = element[key];
      if (key === '@id') {
        const ids = (Array.isArray(value) ? value : [value]).map((id) => this.iri(id as string));
        out['@id'] = ids.length === 1 ? ids[0] : ids;
        continue;
      }
      if (key === '@type') {
        const types = (Array.isArray(value) ? value : [value]).map((type) => this.vocabIri(type as string, null, false));
        const compacted = types.length === 1 ? types[0] : types;
        addValue(out, '@type', compacted, Array.isArray(compacted) && (value as unknown[]).length === 0);
        continue;
      }
      if (key === '@reverse') {
        const reversed = this.element(value, '@reverse') as JsonObject;
        for (const property of Object.keys(reversed)) {
          const definition = this.terms.get(property);
          if (!definition?.reverse) continue;
          addValue(out, property, reversed[property], definition.container.includes('@set'));
          delete reversed[property];
        }
        if (Object.keys(reversed).length > 0) addValue(out, '@reverse', reversed, false);
        continue;
      }
      if (key === '@index' || key === '@preserve' || key === '@list' || key === '@included') throw unsupportedInput(key);
      if (key !== '@graph' && isKeyword(key)) {
        addValue(out, key, value, false);
        continue;
      }
      if (!Array.isArray(value)) throw new NewskgError('INTERNAL', `expanded value of ${key} must be an array`);
      if (value.length === 0) addValue(out, this.vocabIri(key, value, insideReverse), value, true);
      for (const item of value) {
        if (isPlainObject(item) && ('@list' in item || ('@graph' in item && Object.keys(item).every((k) => k === '@graph' || k === '@id' || k === '@index')))) {
          throw unsupportedInput('a list or graph object as a property value');
        }
        const property = this.vocabIri(key, item, insideReverse);
        const container = this.container(property);
        const compacted = this.element(item, property);
        const asArray =
          container.includes('@set') || container.includes('@list') || (Array.isArray(compacted) && compacted.length === 0) || key === '@graph';
        addValue(out, property, compacted, asArray);
      }
    }
    return out;
  }

  /** jsonld.js `compactValue` for a value object. */
  private value(value: JsonObject, activeProperty: string | null): unknown {
    if ('@index' in value || '@direction' in value) throw unsupportedInput('@index or @direction on a value');
    const definition = this.definition(activeProperty);
    const type = definition?.type ?? null;
    const language = definition && 'language' in definition ? definition.language : (this.table.language ?? null);
    if (type !== '@none') {
      if (value['@type'] === type) return value['@value'];
      if ('@language' in value && value['@language'] === language) return value['@value'];
    }
    const valueOnly = Object.keys(value).length === 1;
    const hasDefaultLanguage = this.table.language !== undefined;
    const nullLanguage = definition !== undefined && definition.language === null;
    if (valueOnly && type !== '@none' && (!hasDefaultLanguage || typeof value['@value'] !== 'string' || nullLanguage)) return value['@value'];
    const out: JsonObject = {};
    if ('@type' in value) out['@type'] = this.vocabIri(value['@type'] as string, null, false);
    else if ('@language' in value) out['@language'] = value['@language'];
    out['@value'] = value['@value'];
    return out;
  }

  /** jsonld.js `compactValue` for a node reference. */
  private reference(id: string, activeProperty: string | null): unknown {
    const type = this.definition(activeProperty)?.type;
    const compacted = type === '@vocab' ? this.vocabIri(id, null, false) : this.iri(id);
    if (type === '@id' || type === '@vocab' || activeProperty === '@graph') return compacted;
    return { '@id': compacted };
  }

  /** An IRI in a node position (`@id`, references): a CURIE when a prefix fits, else as it is. */
  private iri(iri: string): string {
    let compacted = this.ids.get(iri);
    if (compacted === undefined) this.ids.set(iri, (compacted = this.compactIri(iri, null, false, false)));
    return compacted;
  }

  /** An IRI in a vocabulary position (property, type, datatype): a term for the value when one fits. */
  private vocabIri(iri: string, value: unknown, reverse: boolean): string {
    const shape = this.shape(value, reverse);
    let byShape = this.selected.get(iri);
    if (!byShape) {
      if (this.selected.size >= SELECTION_LIMIT) this.selected.clear();
      this.selected.set(iri, (byShape = new Map()));
    }
    let compacted = byShape.get(shape);
    if (compacted === undefined) byShape.set(shape, (compacted = this.compactIri(iri, value, true, reverse)));
    return compacted;
  }

  /**
   * What term selection looks at in a value, as a key: a typed value's datatype IRI as it is (the
   * common case, so no string is built for it), `@` + a language, or a constant starting with a
   * space, which neither can. (With map containers refused, the other keys of a value do not matter.)
   */
  private shape(value: unknown, reverse: boolean): string {
    if (reverse) return ` reverse ${this.shape(value, false)}`;
    if (value === null) return ' none';
    if (!isPlainObject(value)) return Array.isArray(value) ? ' array' : ' other';
    if ('@value' in value) {
      if ('@language' in value) return `@${String(value['@language'])}`;
      if ('@type' in value) return String(value['@type']);
      return ' plain';
    }
    if (!('@id' in value)) return ' node';
    // Only a term coerced to @vocab makes the referenced IRI matter.
    return this.table.hasVocabCoercion ? (this.isTermIri(value['@id'] as string) ? ' term reference' : ' reference') : ' reference';
  }

  private isTermIri(iri: string): boolean {
    const term = this.vocabIri(iri, null, false);
    return this.terms.get(term)?.id === iri;
  }

  /** jsonld.js `compactIri` (no keyword aliases, no base). */
  private compactIri(iri: string, value: unknown, vocab: boolean, reverse: boolean): string {
    if (isKeyword(iri)) return iri;
    const { table } = this;
    if (vocab && table.inverse.has(iri)) {
      const term = this.selectTerm(iri, value, reverse);
      if (term !== undefined) return term;
    }
    if (vocab && table.vocab !== undefined && iri.startsWith(table.vocab) && iri !== table.vocab) {
      const suffix = iri.slice(table.vocab.length);
      if (!this.terms.has(suffix)) return suffix;
    }
    let choice: string | undefined;
    for (const { iri: namespace, terms } of curieNamespaces(table, iri)) {
      if (iri.length <= namespace.length) continue;
      for (const term of terms) {
        const curie = `${term}:${iri.slice(namespace.length)}`;
        const usable = !this.terms.has(curie) || (value === null && this.terms.get(curie)!.id === iri);
        if (usable && (choice === undefined || compareShortestLeast(curie, choice) < 0)) choice = curie;
      }
    }
    if (choice !== undefined) return choice;
    for (const term of table.prefixTerms) {
      if (iri.startsWith(term) && iri[term.length] === ':') throw new NewskgError('INTERNAL', `JSON-LD: absolute IRI "${iri}" confused with prefix "${term}"`);
    }
    // With no base, jsonld.js leaves an IRI as it is unless it is a network-path reference.
    if (!vocab && iri.startsWith('//')) throw unsupportedInput(`the network-path reference "${iri}"`);
    return iri;
  }

  /** jsonld.js `_selectTerm` over the containers a value may use (map containers are refused when the table is built). */
  private selectTerm(iri: string, value: unknown, reverse: boolean): string | undefined {
    let typeOrLanguage: '@language' | '@type' = '@language';
    let preferred = '@null';
    if (reverse) {
      typeOrLanguage = '@type';
      preferred = '@reverse';
    } else if (isPlainObject(value) && '@value' in value) {
      if ('@language' in value) preferred = value['@language'] as string;
      else if ('@type' in value) {
        typeOrLanguage = '@type';
        preferred = value['@type'] as string;
      }
    } else {
      typeOrLanguage = '@type';
      preferred = '@id';
    }
    const prefs: string[] = [];
    if ((preferred === '@id' || preferred === '@reverse') && isPlainObject(value) && '@id' in value) {
      if (preferred === '@reverse') prefs.push('@reverse');
      if (this.isTermIri(value['@id'] as string)) prefs.push('@vocab', '@id');
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
