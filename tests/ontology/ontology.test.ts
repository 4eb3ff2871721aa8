import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad, Term } from '@rdfjs/types';
import { Parser } from 'n3';
import { NKG, NKG_EVENT_TYPE, NKG_FACTUALITY, NKG_STATEMENT_TYPE, PREFIXES } from '../../src/core/vocab.js';
import { EVENT_CLASS, EVENT_CLASSES } from '../../src/extract/events/scheme.js';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const ontology: Quad[] = new Parser().parse(readFileSync(path('../../ontology/newskg.ttl'), 'utf8'));
const graphModel = readFileSync(path('../../docs/graph-model.md'), 'utf8');

const NEWSKG = 'https://w3id.org/newskg/ontology#';
const CAMEO = 'https://w3id.org/newskg/cameo/';
const PLOVER = 'https://w3id.org/newskg/plover/';
const ACE = 'https://w3id.org/newskg/ace2005/';
/** The outside event vocabularies the type schemes map to, each with the newskg scheme of its stand-in concepts. */
const ALIGNED = [
  { ns: CAMEO, scheme: 'CameoScheme' },
  { ns: PLOVER, scheme: 'PloverScheme' },
  { ns: ACE, scheme: 'AceScheme' },
];
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const MATCHES = ['closeMatch', 'broadMatch', 'narrowMatch', 'relatedMatch'].map((m) => SKOS + m);

/** Vocabularies newskg aligns to; an alignment must point into one of them. */
const REUSED = [
  'https://schema.org/',
  'http://www.w3.org/ns/prov#',
  'http://www.w3.org/ns/oa#',
  'http://semanticweb.cs.vu.nl/2009/11/sem/',
  'http://www.w3.org/2004/02/skos/core#',
  'http://www.w3.org/ns/org#',
  'http://www.w3.org/2005/11/its/rdf#',
  'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
];
const isReused = (iri: string) => REUSED.some((ns) => iri.startsWith(ns));

function objects(subject: Term | string, predicate: string): Term[] {
  const s = typeof subject === 'string' ? subject : subject.value;
  return ontology.filter((q) => q.subject.value === s && q.predicate.value === predicate).map((q) => q.object);
}

function subjectsOfType(type: string): string[] {
  return ontology.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === type).map((q) => q.subject.value);
}

const minted = (type: string) => subjectsOfType(type).filter((iri) => iri.startsWith(NEWSKG));
const classes = minted(OWL + 'Class');
const properties = [...minted(OWL + 'ObjectProperty'), ...minted(OWL + 'DatatypeProperty')];
const schemes = minted(SKOS + 'ConceptScheme');

/** A super-term outside newskg (directly, or as `[ owl:inverseOf <reused> ]`), or an rdfs:seeAlso to one. */
function alignments(iri: string, superPredicate: string): string[] {
  const direct = objects(iri, superPredicate).flatMap((t) => (t.termType === 'BlankNode' ? objects(t, OWL + 'inverseOf') : [t]));
  return [...direct, ...objects(iri, RDFS + 'seeAlso')].map((t) => t.value).filter(isReused);
}

/** The comma-separated list after `label` in docs/graph-model.md, e.g. "Statement types (`nkst:`): a, b, c." */
function listInGraphModel(label: string): string[] {
  const line = graphModel.split('\n\n').find((p) => p.startsWith(label));
  if (!line) throw new Error(`graph-model.md has no paragraph starting "${label}"`);
  const list = /\):\s*([\s\S]*)$/.exec(line)![1]!;
  return list
    .replace(/\.\s*$/, '')
    .split(',')
    .map((s) => s.trim())
    .sort();
}

describe('ontology/newskg.ttl', () => {
  it('is an owl:Ontology with version 0.1.0, a label and a licence', () => {
    const header = 'https://w3id.org/newskg/ontology';
    expect(objects(header, RDF_TYPE).map((t) => t.value)).toContain(OWL + 'Ontology');
    expect(objects(header, OWL + 'versionInfo').map((t) => t.value)).toEqual(['0.1.0']);
    expect(objects(header, RDFS + 'label')).toHaveLength(1);
    expect(objects(header, 'http://purl.org/dc/terms/license')).toHaveLength(1);
  });

  it('defines every class named in docs/graph-model.md and src/core/vocab.ts', () => {
    const named = [
      'Article',
      'Actor',
      'Person',
      'Organization',
      'Country',
      'Place',
      'Statement',
      'Event',
      'Happening',
      'Role',
      'Section',
      'Boilerplate',
      'TextSpan',
      'Mention',
      'TimeExpression',
      'Sentence',
      'ArticleActor',
    ];
    expect(classes.map((c) => c.slice(NEWSKG.length)).sort()).toEqual(named.sort());
  });

  it('defines exactly the newskg: terms of src/core/vocab.ts', () => {
    const vocab = Object.entries(NKG)
      .filter(([k]) => k !== '$base')
      .map(([, iri]) => iri)
      .sort();
    expect([...classes, ...properties, ...schemes].sort()).toEqual(vocab);
  });

  it('defines every newskg: term docs/graph-model.md uses', () => {
    const used = [...new Set([...graphModel.matchAll(/newskg:([A-Za-z]+)/g)].map((m) => NEWSKG + m[1]))];
    const defined = new Set([...classes, ...properties, ...schemes]);
    expect(used.filter((iri) => !defined.has(iri))).toEqual([]);
  });

  it.each(classes)('gives class %s a label, a comment and a super-class', (iri) => {
    expect(objects(iri, RDFS + 'label')).toHaveLength(1);
    expect(objects(iri, RDFS + 'comment')).toHaveLength(1);
    expect(objects(iri, RDFS + 'subClassOf').length).toBeGreaterThan(0);
  });

  it.each(
    classes.filter(
      (c) =>
        !['Mention', 'TimeExpression', 'Section', 'Boilerplate', 'Person', 'Organization', 'Country', 'Place'].some((n) =>
          c.endsWith('#' + n),
        ),
    ),
  )('aligns top-level class %s to a reused vocabulary', (iri) => {
    expect(alignments(iri, RDFS + 'subClassOf')).not.toEqual([]);
  });

  it.each(properties)('gives property %s a label, a comment, a domain, a range and an alignment', (iri) => {
    expect(objects(iri, RDFS + 'label')).toHaveLength(1);
    expect(objects(iri, RDFS + 'comment')).toHaveLength(1);
    expect(objects(iri, RDFS + 'domain')).toHaveLength(1);
    expect(objects(iri, RDFS + 'range')).toHaveLength(1);
    expect(alignments(iri, RDFS + 'subPropertyOf')).not.toEqual([]);
  });

  it('declares the statement types docs/graph-model.md lists, as nkst: concepts', () => {
    const concepts = objects(NEWSKG + 'StatementTypeScheme', SKOS + 'hasTopConcept').map((t) => t.value.slice(NKG_STATEMENT_TYPE.length));
    expect(concepts.sort()).toEqual(listInGraphModel('Statement types'));
  });

  it('declares the event types docs/graph-model.md lists, as nket: concepts', () => {
    const inScheme = ontology
      .filter((q) => q.predicate.value === SKOS + 'inScheme' && q.object.value === NEWSKG + 'EventTypeScheme')
      .map((q) => q.subject.value);
    expect(inScheme.map((iri) => iri.slice(NKG_EVENT_TYPE.length)).sort()).toEqual(listInGraphModel('Event types'));
  });

  it('has the thirteen broad classes and threat as the top event types, and every type of the extractor under its class', () => {
    const tops = objects(NEWSKG + 'EventTypeScheme', SKOS + 'hasTopConcept').map((t) => t.value.slice(NKG_EVENT_TYPE.length));
    expect(tops.sort()).toEqual([...EVENT_CLASSES, 'threat'].sort());
    for (const [type, cls] of Object.entries(EVENT_CLASS)) {
      const broader = objects(NKG_EVENT_TYPE + type, SKOS + 'broader').map((t) => t.value.slice(NKG_EVENT_TYPE.length));
      expect(broader, type).toEqual(type === cls || cls === undefined ? [] : [cls]);
    }
  });

  it('declares the four factuality values as nkfa: concepts', () => {
    const values = objects(NEWSKG + 'FactualityScheme', SKOS + 'hasTopConcept').map((t) => t.value.slice(NKG_FACTUALITY.length));
    expect(values.sort()).toEqual(['asserted', 'future', 'negated', 'possible']);
  });

  const concepts = subjectsOfType(SKOS + 'Concept');
  it.each(concepts)('gives concept %s a prefLabel and a scheme', (iri) => {
    expect(objects(iri, SKOS + 'prefLabel')).toHaveLength(1);
    expect(
      objects(iri, SKOS + 'inScheme')
        .map((t) => t.value)
        .filter((s) => schemes.includes(s)),
    ).toHaveLength(1);
  });

  const standIn = (iri: string) => ALIGNED.find((a) => iri.startsWith(a.ns));

  it.each(concepts.filter((c) => !standIn(c)))('defines type concept %s', (iri) => {
    expect(objects(iri, SKOS + 'definition')).toHaveLength(1);
  });

  it.each(concepts.filter((c) => standIn(c)))(
    'gives the stand-in concept %s its code as notation, a link to its source and its scheme',
    (iri) => {
      const { ns, scheme } = standIn(iri)!;
      expect(objects(iri, SKOS + 'notation').map((t) => t.value)).toEqual([iri.slice(ns.length)]);
      expect(objects(iri, RDFS + 'seeAlso')).toHaveLength(1);
      expect(objects(iri, SKOS + 'inScheme').map((t) => t.value)).toEqual([NEWSKG + scheme]);
    },
  );

  it('maps only to CAMEO, PLOVER and ACE 2005 concepts it defines', () => {
    const targets = ontology.filter((q) => MATCHES.includes(q.predicate.value)).map((q) => q.object.value);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !concepts.includes(t) || !standIn(t))).toEqual([]);
    for (const { ns } of ALIGNED)
      expect(
        targets.some((t) => t.startsWith(ns)),
        ns,
      ).toBe(true);
  });

  it('uses the prefixes of src/core/vocab.ts for its own namespaces', () => {
    expect(PREFIXES.newskg).toBe(NEWSKG);
    expect(PREFIXES.cameo).toBe(CAMEO);
    expect(PREFIXES.nkfa).toBe(NKG_FACTUALITY);
  });
});
