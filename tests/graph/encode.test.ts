import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { encodeGraph } from '../../src/graph/index.js';
import { buildModel } from '../../src/model/index.js';
import { HAND_TEXT, handDocument, handExtraction, span } from '../helpers/hand-article.js';
import { parseRdfText, quadLines } from '../helpers/rdf.js';

const BASE = 'https://example.org/kg/';
const model = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
const quads = encodeGraph(model, 'full');

function triplesAbout(subject: string): Quad[] {
  return quads.filter((q) => q.subject.value === subject);
}

describe('encodeGraph', () => {
  it('puts every triple in the article named graph', () => {
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set([model.article.iri]));
  });

  it('never uses blank nodes', () => {
    expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  });

  it('writes the statement as the expected triples', () => {
    const s = model.statements[0]!;
    const k = model.run.iri.split('/').pop();
    const expected = parseRdfText(
      `@prefix newskg: <https://w3id.org/newskg/ontology#> .
       @prefix schema: <https://schema.org/> .
       @prefix prov: <http://www.w3.org/ns/prov#> .
       @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
       <${s.iri}> a newskg:Statement, schema:Claim ;
         newskg:speaker <${BASE}actor/person/ana-lopez> ;
         newskg:speakerMention <${BASE}mention/${k}-${s.evidence.start + 34}-${s.evidence.start + 39}> ;
         newskg:cue <${s.iri}#cue> ;
         newskg:cueLemma "warn" ;
         newskg:statementType <https://w3id.org/newskg/statement-type/warning> ;
         newskg:speechMode "direct" ;
         newskg:content "We will not accept new tariffs" ;
         newskg:contentSpan <${s.iri}#content> ;
         newskg:evidence <${s.iri}#span> ;
         newskg:sentence <${BASE}sentence/${k}-1> ;
         schema:appearance <${model.article.iri}> ;
         newskg:confidence "0.9"^^xsd:decimal ;
         prov:wasGeneratedBy <${model.run.iri}> .`,
      'Turtle',
    );
    expect(quadLines(triplesAbout(s.iri), { dropGraph: true })).toEqual(quadLines(expected));
  });

  it('says which spans were treated as page furniture, with their kind and confidence', () => {
    const text = `${HAND_TEXT}Share this article\n`;
    const share = span(text, 'Share this article');
    const doc = {
      ...handDocument(text),
      boilerplate: [{ kind: 'share-buttons' as const, span: share, evidence: ['line-pattern' as const], confidence: 0.95 }],
    };
    const withFurniture = buildModel(doc, handExtraction(text), { base: BASE, version: '1.2.3' });
    const k = withFurniture.run.iri.split('/').pop();
    const iri = `${BASE}boilerplate/${k}-${share.start}-${share.end}`;
    const expected = parseRdfText(
      `@prefix newskg: <https://w3id.org/newskg/ontology#> .
       @prefix oa: <http://www.w3.org/ns/oa#> .
       @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
       <${iri}> a newskg:Boilerplate, newskg:TextSpan, oa:TextPositionSelector ;
         oa:start "${share.start}"^^xsd:nonNegativeInteger ;
         oa:end "${share.end}"^^xsd:nonNegativeInteger ;
         oa:exact "Share this article" ;
         oa:hasSource <${withFurniture.article.iri}> ;
         newskg:boilerplateKind "share-buttons" ;
         newskg:confidence "0.95"^^xsd:decimal .`,
      'Turtle',
    );
    const encoded = encodeGraph(withFurniture, 'full');
    expect(
      quadLines(
        encoded.filter((q) => q.subject.value === iri),
        { dropGraph: true },
      ),
    ).toEqual(quadLines(expected));
    expect(
      encoded.some(
        (q) => q.subject.value === withFurniture.article.iri && q.predicate.value.endsWith('#hasBoilerplate') && q.object.value === iri,
      ),
    ).toBe(true);
  });

  it('records the exact text and offsets of each span', () => {
    const content = model.statements[0]!.content;
    const lines = quadLines(triplesAbout(content.iri), { dropGraph: true }).join('\n');
    expect(lines).toContain(`<http://www.w3.org/ns/oa#start> "${content.start}"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>`);
    expect(lines).toContain('<http://www.w3.org/ns/oa#exact> "We will not accept new tariffs"');
    expect(lines).toContain(`<http://www.w3.org/ns/oa#hasSource> <${model.article.iri}>`);
  });

  it('types instances with schema.org classes so that consumers need no reasoner', () => {
    const types = (iri: string) =>
      quads.filter((q) => q.subject.value === iri && q.predicate.value.endsWith('#type')).map((q) => q.object.value);
    expect(types(model.article.iri)).toEqual([
      'https://w3id.org/newskg/ontology#Article',
      'https://schema.org/NewsArticle',
      'https://schema.org/AnalysisNewsArticle',
    ]);
    expect(types(`${BASE}actor/place/vienna`)).toContain('https://schema.org/Place');
    expect(types(model.events[0]!.iri)).toEqual([
      'https://w3id.org/newskg/ontology#Event',
      'http://semanticweb.cs.vu.nl/2009/11/sem/Event',
      'https://schema.org/Event',
    ]);
  });

  it('writes the event as the expected triples: type, factuality, participants with roles, place, date', () => {
    const e = model.events[0]!;
    const k = model.run.iri.split('/').pop();
    const expected = parseRdfText(
      `@prefix newskg: <https://w3id.org/newskg/ontology#> .
       @prefix schema: <https://schema.org/> .
       @prefix prov: <http://www.w3.org/ns/prov#> .
       @prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
       @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
       <${e.iri}> a newskg:Event, sem:Event, schema:Event ;
         newskg:eventType <https://w3id.org/newskg/event-type/meeting> ;
         newskg:factuality <https://w3id.org/newskg/factuality/asserted> ;
         newskg:trigger <${e.iri}#trigger> ;
         newskg:evidence <${e.iri}#span> ;
         sem:hasActor <${BASE}actor/person/ana-lopez>, <${BASE}actor/organization/utopian-council> ;
         newskg:agent <${BASE}actor/person/ana-lopez> ;
         newskg:patient <${BASE}actor/organization/utopian-council> ;
         sem:hasPlace <${BASE}actor/place/vienna> ;
         newskg:timeExpression <${model.timexes[0]!.iri}> ;
         sem:hasTimeStamp "2024-03-03"^^xsd:date ;
         newskg:sentence <${BASE}sentence/${k}-0> ;
         schema:subjectOf <${model.article.iri}> ;
         newskg:confidence "0.8"^^xsd:decimal ;
         prov:wasGeneratedBy <${model.run.iri}> .`,
      'Turtle',
    );
    expect(quadLines(triplesAbout(e.iri), { dropGraph: true })).toEqual(quadLines(expected));
  });

  it('dates the event with a typed literal', () => {
    const stamp = quads.find((q) => q.subject.value === model.events[0]!.iri && q.predicate.value.endsWith('hasTimeStamp'))!;
    expect(stamp.object.value).toBe('2024-03-03');
    expect((stamp.object as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#date');
  });

  it('names the software and version in the run, with no timestamp', () => {
    const run = quadLines(quads.filter((q) => q.subject.value.includes('/software/') || q.subject.value === model.run.iri)).join('\n');
    expect(run).toMatch(/softwareVersion> "\d+\.\d+\.\d+"/);
    expect(run).not.toMatch(/dateTime|startedAtTime|endedAtTime/);
  });
});
