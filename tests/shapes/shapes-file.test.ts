import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { Parser } from 'n3';
import { BOILERPLATE_KINDS } from '../../src/core/types.js';
import { DEFAULT_SHAPES_PATH } from '../../src/validate/index.js';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const NEWSKG = 'https://w3id.org/newskg/ontology#';

const shapes = new Parser().parse(readFileSync(DEFAULT_SHAPES_PATH, 'utf8'));
const graphModel = readFileSync(fileURLToPath(new URL('../../docs/graph-model.md', import.meta.url)), 'utf8');
const ontology = new Parser().parse(readFileSync(fileURLToPath(new URL('../../ontology/newskg.ttl', import.meta.url)), 'utf8'));

const CONSTRAINTS = [
  'class',
  'datatype',
  'nodeKind',
  'minCount',
  'maxCount',
  'minInclusive',
  'maxInclusive',
  'minLength',
  'pattern',
  'in',
  'hasValue',
  'lessThan',
  'or',
  'xone',
  'and',
  'not',
  'node',
].map((c) => SH + c);

function objects(quads: Quad[], subject: Term, predicate: string): Term[] {
  return quads.filter((q) => q.subject.equals(subject) && q.predicate.value === predicate).map((q) => q.object);
}

function list(quads: Quad[], head: Term): string[] {
  const out: string[] = [];
  for (let node: Term | undefined = head; node && node.value !== RDF + 'nil'; node = objects(quads, node, RDF + 'rest')[0]) {
    out.push(objects(quads, node, RDF + 'first')[0]!.value);
  }
  return out;
}

describe('shapes/newskg.shacl.ttl', () => {
  it('gives every shape that has a constraint exactly one sh:message', () => {
    const constrained = [
      ...new Map(shapes.filter((q) => CONSTRAINTS.includes(q.predicate.value)).map((q) => [q.subject.value, q.subject])).values(),
    ];
    const wrong = constrained.filter((s) => objects(shapes, s, SH + 'message').length !== 1).map((s) => s.value);
    expect(wrong).toEqual([]);
  });

  it('names every shape that can appear in a report with an IRI', () => {
    const targeted = shapes.filter((q) => q.predicate.value.startsWith(SH + 'target')).map((q) => q.subject);
    const reported = [...targeted, ...targeted.flatMap((s) => objects(shapes, s, SH + 'property'))];
    expect(reported.filter((s) => s.termType !== 'NamedNode').map((s) => s.value)).toEqual([]);
  });

  it('copies only subclass links the ontology states', () => {
    const stated = new Set(
      ontology.filter((q) => q.predicate.value === RDFS + 'subClassOf').map((q) => `${q.subject.value} ${q.object.value}`),
    );
    const copied = shapes.filter((q) => q.predicate.value === RDFS + 'subClassOf').map((q) => `${q.subject.value} ${q.object.value}`);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.filter((link) => !stated.has(link))).toEqual([]);
  });

  it('uses only newskg: terms the ontology defines', () => {
    const defined = new Set(ontology.filter((q) => q.predicate.value === RDF + 'type').map((q) => q.subject.value));
    const used = new Set(
      shapes
        .flatMap((q) => [q.subject, q.predicate, q.object])
        .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NEWSKG))
        .map((t) => t.value),
    );
    expect([...used].filter((iri) => !defined.has(iri))).toEqual([]);
  });

  it.each([
    ['https://w3id.org/newskg/shapes#Statement-statementType', 'StatementTypeScheme'],
    ['https://w3id.org/newskg/shapes#Event-eventType', 'EventTypeScheme'],
    ['https://w3id.org/newskg/shapes#Event-factuality', 'FactualityScheme'],
  ])('lists in %s exactly the concepts of newskg:%s', (shape, scheme) => {
    const inList = shapes.find((q) => q.subject.value === shape && q.predicate.value === SH + 'in')!.object;
    const concepts = ontology
      .filter((q) => q.predicate.value === SKOS + 'inScheme' && q.object.value === NEWSKG + scheme)
      .map((q) => q.subject.value);
    expect(list(shapes, inList).sort()).toEqual(concepts.sort());
  });

  it('lists in Boilerplate-boilerplateKind exactly the kinds ingest gives (BOILERPLATE_KINDS)', () => {
    const inList = shapes.find(
      (q) => q.subject.value === 'https://w3id.org/newskg/shapes#Boilerplate-boilerplateKind' && q.predicate.value === SH + 'in',
    )!.object;
    expect(list(shapes, inList).sort()).toEqual([...BOILERPLATE_KINDS].sort());
  });
});

const PREFIX_IRIS: Record<string, string> = {
  newskg: NEWSKG,
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
};
const expand = (name: string) => PREFIX_IRIS[name.split(':')[0]!]! + name.split(':')[1]!;

/** (class, property, cardinality) from the tables and the inline lists of docs/graph-model.md. */
function documentedCardinalities(): [string, string, string][] {
  const rows: [string, string, string][] = [];
  for (const block of graphModel.split(/\n(?=\*\*)/)) {
    const cls = /^\*\*([A-Za-z]+)\*\*/.exec(block)?.[1];
    if (
      !cls ||
      !['Article', 'Actor', 'Role', 'Statement', 'Event', 'TextSpan', 'Mention', 'TimeExpression', 'Section', 'Boilerplate'].includes(cls)
    )
      continue;
    const section = block.split('\n\n**')[0]!.split('\n## ')[0]!;
    for (const m of section.matchAll(/^\| ([a-z]+:[A-Za-z]+(?:, [a-z]+:[A-Za-z]+)*) \| (?:[^|\\]|\\.)* \| ([1?*+])/gm)) {
      for (const property of m[1]!.split(', ')) rows.push([cls, property, m[2]!]);
    }
    for (const m of section.matchAll(/`([a-z]+:[A-Za-z]+)` \(([1?*+])[,)]/g)) rows.push([cls, m[1]!, m[2]!]);
  }
  return rows;
}

function shapeCardinality(cls: string, property: string): { min: number; max: number } {
  const nodeShapes = shapes
    .filter((q) => q.predicate.value === SH + 'targetClass' && q.object.value === NEWSKG + cls)
    .map((q) => q.subject);
  const propertyShapes = nodeShapes
    .flatMap((s) => objects(shapes, s, SH + 'property'))
    .filter((p) => objects(shapes, p, SH + 'path')[0]?.value === expand(property))
    .filter((p) => objects(shapes, p, SH + 'severity').every((t) => t.value === SH + 'Violation'));
  const numbers = (predicate: string) => propertyShapes.flatMap((p) => objects(shapes, p, predicate)).map((t) => Number(t.value));
  return { min: Math.max(0, ...numbers(SH + 'minCount')), max: Math.min(Infinity, ...numbers(SH + 'maxCount')) };
}

describe('cardinalities', () => {
  const documented = documentedCardinalities();

  it('are read from docs/graph-model.md for every class', () => {
    expect(new Set(documented.map(([cls]) => cls)).size).toBe(10);
  });

  it.each(documented)('%s %s has cardinality %s as a violation', (cls, property, card) => {
    const expected = { '1': { min: 1, max: 1 }, '?': { min: 0, max: 1 }, '*': { min: 0, max: Infinity }, '+': { min: 1, max: Infinity } }[
      card
    ];
    expect(shapeCardinality(cls, property)).toEqual(expected);
  });
});
