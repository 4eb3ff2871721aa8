import { NewskgError } from '../core/errors.js';

/**
 * The term table of a JSON-LD context, built the way jsonld.js 9 builds its active context and
 * inverse context (lib/context.js: `process`, `createTermDefinition`, `getInverse`), for the
 * subset of JSON-LD 1.1 contexts the direct writer supports: prefixes and terms, `@vocab`,
 * a default `@language`, per-term `@type` coercion (`@id`, `@vocab`, `@none`, `@json`, datatype
 * IRIs), `@language`, `@reverse`, `@prefix`, `@protected` (no effect on compaction) and the
 * `@set` / `@list` containers. Anything else (`@base`, `@import`, `@direction`, `@propagate`,
 * scoped contexts, `@nest`, keyword aliases, map containers, remote or array contexts) throws
 * when the table is built: the writer never guesses what jsonld.js would have written.
 */
export interface TermDefinition {
  /** The expanded IRI; null for a term mapped to null (it still hides a CURIE of that name). */
  id: string | null;
  reverse: boolean;
  /** `@type` coercion, expanded: '@id', '@vocab', '@none', '@json' or a datatype IRI. */
  type?: string;
  /** Present when the definition sets `@language` (null included). */
  language?: string | null;
  container: readonly string[];
  /** Usable as the prefix of a compact IRI. */
  prefix: boolean;
  hasColon: boolean;
}

/** Terms of one IRI by container (sorted and joined, '@none' for none), then by '@language' / '@type' / '@any' value. */
export type InverseEntry = Map<string, Record<'@language' | '@type' | '@any', Map<string, string>>>;

export interface ContextTable {
  /** The context as written, for the output's `@context` (null when it is empty). */
  outputContext: unknown;
  terms: ReadonlyMap<string, TermDefinition>;
  inverse: ReadonlyMap<string, InverseEntry>;
  vocab?: string;
  /** The default language, lower-cased. */
  language?: string;
  /** Namespaces with the prefix terms that may shorten IRIs under them (jsonld.js's fast CURIE map, prefix terms only). */
  curiePrefixes: readonly { iri: string; terms: readonly string[] }[];
  /** Every prefix term: an absolute IRI that starts with `term:` cannot be written as it is. */
  prefixTerms: readonly string[];
  /** Some term coerces to `@vocab`: term selection for node references must then look at the referenced IRI. */
  hasVocabCoercion: boolean;
}

const KEYWORDS = new Set([
  '@base',
  '@container',
  '@context',
  '@default',
  '@direction',
  '@embed',
  '@explicit',
  '@graph',
  '@id',
  '@included',
  '@index',
  '@json',
  '@language',
  '@list',
  '@nest',
  '@none',
  '@omitDefault',
  '@prefix',
  '@preserve',
  '@protected',
  '@requireAll',
  '@reverse',
  '@set',
  '@type',
  '@value',
  '@version',
  '@vocab',
]);
const KEYWORD_FORM = /^@[a-zA-Z]+$/;
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;

export const isKeyword = (value: string): boolean => KEYWORDS.has(value);

/** Shortest first, then lexicographically least (jsonld.js `compareShortestLeast`). */
export function compareShortestLeast(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a === b ? 0 : a < b ? -1 : 1;
}

function unsupported(what: string, term?: string): never {
  throw new NewskgError(
    'INTERNAL',
    `the direct JSON-LD writer does not support ${what}${term === undefined ? '' : ` (term "${term}")`} in the context`,
  );
}

function invalid(what: string, term?: string): never {
  throw new NewskgError('INTERNAL', `invalid JSON-LD context: ${what}${term === undefined ? '' : ` (term "${term}")`}`);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]';

/** Builds the table of a context document (`{"@context": {...}}`) or of a context object. */
export function buildContextTable(document: unknown): ContextTable {
  const context = isPlainObject(document) && '@context' in document ? document['@context'] : document;
  if (!isPlainObject(context))
    unsupported(Array.isArray(context) ? 'an array of contexts' : `a ${context === null ? 'null' : typeof context} context`);
  return new ContextBuilder(context).build();
}

class ContextBuilder {
  private readonly terms = new Map<string, TermDefinition>();
  /** false while a term is being defined (cycle detection), true once defined. */
  private readonly defined = new Map<string, boolean>();
  private vocab: string | undefined;
  private language: string | undefined;

  constructor(private readonly local: Record<string, unknown>) {}

  build(): ContextTable {
    const ctx = this.local;
    for (const key of ['@base', '@import', '@direction', '@propagate']) if (key in ctx) unsupported(key);
    if ('@version' in ctx && ctx['@version'] !== 1.1) invalid(`unsupported @version ${String(ctx['@version'])}`);
    if ('@vocab' in ctx) {
      const vocab = ctx['@vocab'];
      if (vocab !== null) {
        if (typeof vocab !== 'string') invalid('@vocab must be a string or null');
        // Expanded against the context as it stands before any term is defined: only an absolute IRI survives that unchanged.
        if (!ABSOLUTE_IRI.test(vocab) || vocab.startsWith('_:')) unsupported(`a relative or blank-node @vocab "${vocab}"`);
        this.vocab = vocab;
      }
    }
    if ('@language' in ctx) {
      const language = ctx['@language'];
      if (language !== null) {
        if (typeof language !== 'string') invalid('@language must be a string or null');
        this.language = language.toLowerCase();
      }
    }
    for (const key of ['@version', '@vocab', '@language', '@protected']) this.defined.set(key, true);
    for (const term of Object.keys(ctx)) this.define(term);

    const prefixTerms = [...this.terms].filter(([, def]) => def.prefix).map(([term]) => term);
    const { inverse, curiePrefixes } = this.inverse();
    return {
      outputContext: Object.keys(ctx).length ? ctx : null,
      terms: this.terms,
      inverse,
      ...(this.vocab !== undefined ? { vocab: this.vocab } : {}),
      ...(this.language !== undefined ? { language: this.language } : {}),
      curiePrefixes,
      prefixTerms,
      hasVocabCoercion: [...this.terms.values()].some((def) => def.type === '@vocab'),
    };
  }

  /** jsonld.js `createTermDefinition` for the supported subset. */
  private define(term: string): void {
    const state = this.defined.get(term);
    if (state === true) return;
    if (state === false) invalid('cyclic IRI mapping', term);
    this.defined.set(term, false);
    let value = this.local[term];

    if (isKeyword(term)) unsupported('redefining a keyword', term);
    if (KEYWORD_FORM.test(term)) {
      // jsonld.js drops terms that look like keywords (with a warning).
      this.defined.set(term, true);
      return;
    }
    if (term === '') invalid('a term cannot be empty');

    const simpleTerm = typeof value === 'string' || value === null;
    if (simpleTerm) value = { '@id': value };
    if (!isPlainObject(value)) invalid('a term definition must be a string, null or an object', term);
    for (const key of Object.keys(value)) {
      if (['@context', '@direction', '@index', '@nest'].includes(key)) unsupported(key, term);
      if (!['@container', '@id', '@language', '@reverse', '@type', '@prefix', '@protected'].includes(key))
        invalid(`a term definition must not contain ${key}`, term);
    }
    const colon = term.indexOf(':');
    const def: TermDefinition = { id: null, reverse: false, container: [], prefix: false, hasColon: colon > 0 };
    let hasId = false;

    if ('@reverse' in value) {
      if ('@id' in value) invalid('a @reverse term must not contain @id', term);
      const reverse = value['@reverse'];
      if (typeof reverse !== 'string') invalid('a @reverse value must be a string', term);
      if (KEYWORD_FORM.test(reverse)) {
        // jsonld.js drops the term (with a warning).
        this.defined.set(term, true);
        return;
      }
      const id = this.expand(reverse);
      if (id === null || !ABSOLUTE_IRI.test(id)) invalid('a @reverse value must be an absolute IRI', term);
      def.id = id;
      def.reverse = true;
      hasId = true;
    } else if ('@id' in value) {
      const id = value['@id'];
      if (id !== null && typeof id !== 'string') invalid('an @id must be a string or null', term);
      if (id === null) {
        hasId = true;
      } else if (isKeyword(id)) {
        unsupported(`a keyword alias (${id})`, term);
      } else if (KEYWORD_FORM.test(id)) {
        this.defined.set(term, true);
        return;
      } else if (id !== term) {
        const expanded = this.expand(id);
        if (expanded === null || !ABSOLUTE_IRI.test(expanded)) invalid('an @id must expand to an absolute IRI', term);
        if (/(?::[^:])|\//.test(term)) {
          // A term in the form of an IRI must expand to its own definition.
          this.defined.set(term, true);
          const self = this.expand(term);
          this.defined.set(term, false);
          if (self !== expanded) invalid('a term in the form of an IRI must expand to its definition', term);
        }
        def.id = expanded;
        def.prefix = simpleTerm && !def.hasColon && /[:/?#[\]@]$/.test(expanded);
        hasId = true;
      }
    }
    if (!hasId) {
      if (def.hasColon) {
        const prefix = term.slice(0, colon);
        if (Object.hasOwn(this.local, prefix)) this.define(prefix);
        const parent = this.terms.get(prefix);
        if (parent) {
          if (parent.id === null) unsupported(`a compact IRI term on the null-mapped prefix "${prefix}"`, term);
          def.id = parent.id + term.slice(colon + 1);
        } else {
          def.id = term;
        }
      } else {
        if (this.vocab === undefined) invalid('a term must define an @id when there is no @vocab', term);
        def.id = this.vocab + term;
      }
    }
    this.terms.set(term, def);
    this.defined.set(term, true);

    if ('@type' in value) {
      const type = value['@type'];
      if (typeof type !== 'string') invalid('an @type must be a string', term);
      if (['@id', '@vocab', '@none', '@json'].includes(type)) {
        def.type = type;
      } else {
        const expanded = this.expand(type);
        if (expanded === null || !ABSOLUTE_IRI.test(expanded) || expanded.startsWith('_:'))
          invalid('an @type must expand to an absolute IRI', term);
        def.type = expanded;
      }
    }
    if ('@container' in value) {
      const raw = value['@container'];
      const container =
        typeof raw === 'string'
          ? [raw]
          : Array.isArray(raw)
            ? (raw as unknown[])
            : invalid('an @container must be a string or an array', term);
      for (const c of container) {
        if (c === '@index' || c === '@language' || c === '@graph' || c === '@id' || c === '@type') unsupported(`the ${c} container`, term);
        if (c !== '@set' && c !== '@list') invalid(`unknown container ${String(c)}`, term);
      }
      if (container.includes('@list') && container.length !== 1) invalid('@list must be the only container', term);
      if (container.length > 1 && !container.every((c) => c === '@set')) invalid('too many containers', term);
      if (def.reverse && container.some((c) => c !== '@set')) invalid('a @reverse term may only have the @set container', term);
      def.container = container as string[];
    }
    if ('@language' in value && !('@type' in value)) {
      const language = value['@language'];
      if (language !== null && typeof language !== 'string') invalid('an @language must be a string or null', term);
      def.language = language === null ? null : language.toLowerCase();
    }
    if ('@prefix' in value) {
      if (/[:/]/.test(term)) invalid('@prefix on a compact IRI term', term);
      if (typeof value['@prefix'] !== 'boolean') invalid('@prefix must be true or false', term);
      def.prefix = value['@prefix'];
    }
  }

  /** jsonld.js `_expandIri` with `{vocab: true, base: false}` during context processing (defines what it depends on). */
  private expand(value: string): string | null {
    if (isKeyword(value)) return value;
    if (KEYWORD_FORM.test(value)) return null;
    if (Object.hasOwn(this.local, value) && this.defined.get(value) !== true) this.define(value);
    const known = this.terms.get(value);
    if (known) return known.id;
    const colon = value.indexOf(':');
    if (colon > 0) {
      const prefix = value.slice(0, colon);
      const suffix = value.slice(colon + 1);
      if (prefix === '_' || suffix.startsWith('//')) return value;
      if (Object.hasOwn(this.local, prefix)) this.define(prefix);
      const parent = this.terms.get(prefix);
      if (parent?.prefix) return parent.id + suffix;
      if (ABSOLUTE_IRI.test(value)) return value;
    }
    return this.vocab !== undefined ? this.vocab + value : value;
  }

  /** jsonld.js `getInverse`: per IRI, the preferred term by container and by type or language. */
  private inverse(): { inverse: Map<string, InverseEntry>; curiePrefixes: { iri: string; terms: string[] }[] } {
    const inverse = new Map<string, InverseEntry>();
    const iriTerms = new Map<string, string[]>();
    const defaultLanguage = this.language || '@none';
    for (const term of [...this.terms.keys()].sort(compareShortestLeast)) {
      const def = this.terms.get(term)!;
      if (def.id === null) continue;
      const iri = def.id;
      let entry = inverse.get(iri);
      if (!entry) {
        inverse.set(iri, (entry = new Map()));
        if (!def.hasColon) iriTerms.set(iri, [term]);
      } else if (!def.hasColon) {
        const list = iriTerms.get(iri);
        // jsonld.js 9 fails on this order of definitions (TypeError in getInverse).
        if (!list) unsupported('an IRI defined first by a compact IRI term and then by a simple term', term);
        list.push(term);
      }
      const container = def.container.length ? [...def.container].sort().join('') : '@none';
      let byType = entry.get(container);
      if (!byType) entry.set(container, (byType = { '@language': new Map(), '@type': new Map(), '@any': new Map() }));
      const add = (map: Map<string, string>, key: string) => {
        if (!map.has(key)) map.set(key, term);
      };
      add(byType['@any'], '@none');
      if (def.reverse) {
        add(byType['@type'], '@reverse');
      } else if (def.type === '@none') {
        add(byType['@any'], '@none');
        add(byType['@language'], '@none');
        add(byType['@type'], '@none');
      } else if (def.type !== undefined) {
        add(byType['@type'], def.type);
      } else if (def.language !== undefined) {
        add(byType['@language'], def.language || '@null');
      } else {
        add(byType['@language'], defaultLanguage);
        add(byType['@language'], '@none');
        add(byType['@type'], '@none');
      }
    }
    const curiePrefixes = [...iriTerms]
      .map(([iri, terms]) => ({ iri, terms: terms.filter((t) => this.terms.get(t)!.prefix) }))
      .filter((entry) => entry.terms.length > 0);
    return { inverse, curiePrefixes };
  }
}
