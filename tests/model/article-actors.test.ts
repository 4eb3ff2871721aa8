import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { encodeGraph } from '../../src/graph/index.js';
import { NKG, RDF, XSD } from '../../src/core/vocab.js';
import { buildModel } from '../../src/model/index.js';
import { validateGraph } from '../../src/validate/index.js';
import { handBuiltDocument, handDocument, handExtraction } from '../helpers/hand-article.js';

// The newskg:ArticleActor nodes: one per actor of an article, minted from the article, linking the
// article's facts back to the actor so that queries join inside the article's graph.

const BASE = 'https://example.org/kg/';
const model = () => buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
const nodeOf = (name: string) => model().articleActors.find((n) => n.name === name)!;
const objects = (quads: readonly Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);

describe('newskg:ArticleActor', () => {
  it('gives every actor of the article one node, standing for it, under article-actor/ with the article key', () => {
    const m = model();
    expect(m.articleActors.map((n) => n.actor)).toEqual(m.actors.map((a) => a.iri));
    const key = m.run.iri.slice(`${BASE}run/`.length);
    expect(nodeOf('Ana Lopez').iri).toBe(`${BASE}article-actor/${key}-person-ana-lopez`);
    expect(new Set(m.articleActors.map((n) => n.iri)).size).toBe(m.articleActors.length);
  });

  it('carries the name and kind the article gives the actor, its mentions and their sentences', () => {
    const m = model();
    const lopez = nodeOf('Ana Lopez');
    expect(lopez).toMatchObject({ name: 'Ana Lopez', type: 'Person', mentionCount: 2 });
    expect(lopez.mentionedIn).toEqual([...new Set(m.article.mentions.filter((x) => x.actor === lopez.actor).map((x) => x.sentence))]);
    expect(lopez.mentionedIn).toHaveLength(2);
    // the author is an actor of the article but is not mentioned in its text
    expect(nodeOf('Jane Example')).toMatchObject({ mentionCount: 0, mentionedIn: [] });
  });

  it('links back from the actor to the statements and events that name it', () => {
    const m = model();
    const statement = m.statements[0]!;
    const event = m.events[0]!;
    expect(nodeOf('Ana Lopez').speakerOf).toEqual([statement.iri]);
    expect(nodeOf('Ana Lopez').participantIn).toEqual([event.iri]);
    expect(nodeOf('Utopian Council').participantIn).toEqual([event.iri]);
    expect(nodeOf('Vienna').placeOf).toEqual([event.iri]);
    expect(nodeOf('Vienna').participantIn).toEqual([]);
  });

  it('links the actors a statement is about with newskg:topicOf', () => {
    const extraction = handExtraction();
    extraction.statements[0]!.about = ['Organization:Utopian Council'];
    const m = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3' });
    expect(m.articleActors.find((n) => n.name === 'Utopian Council')!.topicOf).toEqual([m.statements[0]!.iri]);
    expect(m.articleActors.find((n) => n.name === 'Ana Lopez')!.topicOf).toEqual([]);
  });

  it('is a different node in each article that names the same actor', () => {
    const other = handBuiltDocument('Another text about Ana Lopez.\n');
    const second = buildModel(
      other,
      { ...handExtraction(), mentions: [], statements: [], events: [], timexes: [] },
      { base: BASE, version: '1.2.3' },
    );
    const first = nodeOf('Ana Lopez');
    const again = second.articleActors.find((n) => n.name === 'Ana Lopez')!;
    expect(again.actor).toBe(first.actor);
    expect(again.iri).not.toBe(first.iri);
  });

  it('is written in every profile, typed and linked to its facts except in lean, with its sentences only where sentences are', () => {
    const m = model();
    const lopez = nodeOf('Ana Lopez').iri;
    const full = encodeGraph(m, 'full');
    const lean = encodeGraph(m, 'lean');
    expect(objects(full, lopez, RDF.type)).toEqual([NKG.ArticleActor]);
    expect(objects(lean, lopez, RDF.type)).toEqual([]);
    for (const quads of [full, lean]) {
      expect(objects(quads, lopez, NKG.actor)).toEqual([nodeOf('Ana Lopez').actor]);
      expect(objects(quads, lopez, NKG.inArticle)).toEqual([m.article.iri]);
      expect(objects(quads, lopez, NKG.actorName)).toEqual(['Ana Lopez']);
      expect(objects(quads, lopez, NKG.actorType)).toEqual([NKG.Person]);
      const count = quads.find((q) => q.subject.value === lopez && q.predicate.value === NKG.mentionCount)!;
      expect([count.object.value, (count.object as { datatype: { value: string } }).datatype.value]).toEqual(['2', XSD.integer]);
    }
    expect(objects(full, lopez, NKG.speakerOf)).toEqual([m.statements[0]!.iri]);
    expect(objects(lean, lopez, NKG.speakerOf)).toEqual([]);
    expect(objects(full, lopez, NKG.mentionedIn)).toHaveLength(2);
    expect(objects(lean, lopez, NKG.mentionedIn)).toEqual([]);
    // an actor the text never mentions has no count
    expect(objects(full, nodeOf('Jane Example').iri, NKG.mentionCount)).toEqual([]);
  });

  it('validates in every profile', () => {
    for (const profile of ['full', 'standard', 'lean'] as const) {
      const report = validateGraph(encodeGraph(model(), profile));
      expect(report.results.filter((r) => r.severity === 'Violation')).toEqual([]);
    }
  });

  it('is deterministic: the same input gives the same nodes and quads', () => {
    expect(encodeGraph(model(), 'standard').filter((q) => q.subject.value.includes('/article-actor/'))).toEqual(
      encodeGraph(model(), 'standard').filter((q) => q.subject.value.includes('/article-actor/')),
    );
    expect(model().articleActors).toEqual(model().articleActors);
  });
});
