import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/graph/index.js';
import { readArticles } from '../../src/view/index.js';
import { ARTICLE_IRI, at, fixtureTurtle } from './fixture.js';
import type { FixtureOptions } from './fixture.js';

async function read(options: FixtureOptions = {}) {
  const articles = readArticles(await parseRdf(fixtureTurtle(options), 'turtle', 'fixture.ttl'));
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('readArticles', () => {
  it('reads the article, its mentions, actors, roles and statements from the graph', async () => {
    const article = await read();
    expect(article.iri).toBe(ARTICLE_IRI);
    expect(article.headline).toBe('Harbour plan stalls');
    expect(article.datePublished).toBe('2024-11-04');
    expect(article.mentions.map((m) => m.exact)).toEqual(['Ana Lopez', 'Northport', 'The council']);
    const mayor = article.actors.get('https://example.org/id/actor/person/ana-lopez')!;
    expect(mayor).toMatchObject({
      name: 'Ana Lopez',
      kind: 'person',
      roles: [{ name: 'Mayor', affiliation: 'https://example.org/id/actor/place/northport' }],
    });
    expect(article.actors.get(article.publisher!)?.name).toBe('Northport Gazette');
    const [statement] = article.statements;
    expect(statement).toMatchObject({
      speaker: mayor.iri,
      type: 'assertion',
      cueLemma: 'say',
      confidence: 0.8,
      cue: { exact: 'said', ...at('said') },
    });
    expect(statement!.about).toEqual(['https://example.org/id/actor/place/northport']);
  });

  it('reads event factuality, dates and boilerplate spans when the graph has them', async () => {
    const article = await read();
    expect(article.events.map((e) => [e.trigger?.exact, e.type, e.factuality])).toEqual([
      ['sell', 'agreement', 'negated'],
      ['vote', 'vote', 'negated'],
      ['vote', 'vote', 'possible'],
    ]);
    expect(article.events[2]!.when).toEqual({ point: '2025-05' });
    expect(article.boilerplate).toEqual([
      {
        ...at('Subscribe to our newsletter for daily updates.'),
        exact: 'Subscribe to our newsletter for daily updates.',
        kind: 'newsletter',
      },
    ]);
    expect(article.timexes).toEqual([{ ...at('May 2025'), exact: 'May 2025', type: 'DATE', value: '2025-05' }]);
  });

  it('reads a graph exported before factuality and boilerplate: events without a reading, no boilerplate', async () => {
    const article = await read({ older: true });
    expect(article.events).toHaveLength(3);
    expect(article.events.every((e) => e.factuality === undefined)).toBe(true);
    expect(article.boilerplate).toEqual([]);
  });

  it('leaves out spans whose offsets are not integers with start < end, and an unknown factuality', async () => {
    const extra = `
      <https://example.org/news/harbour-plan> <https://w3id.org/newskg/ontology#hasMention> <https://example.org/id/mention/bad>, <https://example.org/id/mention/backwards> .
      <https://example.org/id/mention/bad> <http://www.w3.org/ns/oa#start> "two"; <http://www.w3.org/ns/oa#end> 5; <http://www.w3.org/ns/oa#exact> "x"; <https://w3id.org/newskg/ontology#refersTo> <https://example.org/id/actor/person/ana-lopez> .
      <https://example.org/id/mention/backwards> <http://www.w3.org/ns/oa#start> 9; <http://www.w3.org/ns/oa#end> 3; <http://www.w3.org/ns/oa#exact> "x"; <https://w3id.org/newskg/ontology#refersTo> <https://example.org/id/actor/person/ana-lopez> .
      <https://example.org/id/event/sale> <https://w3id.org/newskg/ontology#factuality> <https://w3id.org/newskg/factuality/certainly> .`;
    const article = await read({ older: true, extra });
    expect(article.mentions).toHaveLength(3);
    expect(article.events.find((e) => e.iri.endsWith('/sale'))!.factuality).toBeUndefined();
  });
});
