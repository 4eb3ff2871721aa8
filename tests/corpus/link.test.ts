import { describe, expect, it } from 'vitest';
import { CorpusLinker } from '../../src/corpus/index.js';
import type { ActorSummary, ArticleSummary, EventSummary } from '../../src/corpus/index.js';
import { quadLines } from '../helpers/rdf.js';

const BASE = 'https://example.org/kg/';
const person = (slug: string, name: string, titles: string[] = [], affiliations: string[] = []): ActorSummary => ({
  iri: `${BASE}actor/person/${slug}`,
  type: 'Person',
  name,
  titles,
  affiliations,
});
const ORG = (slug: string) => `${BASE}actor/organization/${slug}`;
const event = (iri: string, fields: Partial<EventSummary> = {}): EventSummary => ({
  iri: `${BASE}event/${iri}`,
  type: 'acquisition',
  factuality: 'asserted',
  from: '2024-06-03',
  to: '2024-06-03',
  agents: [ORG('northwind')],
  patients: [ORG('vela')],
  ...fields,
});
const article = (name: string, events: EventSummary[], actors: ActorSummary[] = []): ArticleSummary => ({
  article: `${BASE}article/${name}`,
  actors,
  events,
});

function link(...articles: ArticleSummary[]) {
  const linker = new CorpusLinker(BASE);
  for (const a of articles) linker.add(a);
  return linker.links();
}

const happeningOf = (quads: ReturnType<typeof link>, eventIri: string): string | undefined =>
  quads?.quads.find((q) => q.subject.value === `${BASE}event/${eventIri}` && q.predicate.value.endsWith('#happening'))?.object.value;

describe('CorpusLinker: events', () => {
  it('links one acquisition reported by two articles, day and month, as one happening', () => {
    const links = link(article('a', [event('a-1')]), article('b', [event('b-1', { from: '2024-06-01', to: '2024-06-31' })]));
    const happening = happeningOf(links, 'a-1');
    expect(happening).toMatch(/happening\/[0-9a-f]{16}$/);
    expect(happeningOf(links, 'b-1')).toBe(happening);
    expect(
      quadLines(
        links!.quads.filter((q) => q.subject.value === happening),
        { dropGraph: true },
      ),
    ).toEqual(
      [
        `<${happening}> <http://semanticweb.cs.vu.nl/2009/11/sem/eventType> <https://w3id.org/newskg/event-type/acquisition> .`,
        `<${happening}> <http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp> "2024-06-03"^^<http://www.w3.org/2001/XMLSchema#date> .`,
        `<${happening}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://semanticweb.cs.vu.nl/2009/11/sem/Event> .`,
        `<${happening}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Happening> .`,
      ].sort(),
    );
  });

  it('keeps apart events on other days, of other types, other factuality, with no participant in common, or undated', () => {
    const first = article('a', [event('a-1')]);
    expect(link(first, article('b', [event('b-1', { from: '2024-06-04', to: '2024-06-04' })]))).toBeUndefined();
    expect(link(first, article('b', [event('b-1', { type: 'merger' })]))).toBeUndefined();
    expect(link(first, article('b', [event('b-1', { factuality: 'possible' })]))).toBeUndefined();
    expect(link(first, article('b', [event('b-1', { agents: [ORG('hansa')], patients: [ORG('vistula')] })]))).toBeUndefined();
    const { from: _from, to: _to, ...undated } = event('b-1');
    expect(link(first, article('b', [undated]))).toBeUndefined();
    // two months: neither is a day
    expect(
      link(
        article('a', [event('a-1', { from: '2024-06-01', to: '2024-06-31' })]),
        article('b', [event('b-1', { from: '2024-06-01', to: '2024-06-31' })]),
      ),
    ).toBeUndefined();
  });

  it('puts at most one event of an article in a happening, and a third article joins the two', () => {
    const links = link(article('a', [event('a-1'), event('a-2')]), article('b', [event('b-1')]), article('c', [event('c-1')]));
    expect(happeningOf(links, 'a-2')).toBeUndefined();
    expect(new Set(['a-1', 'b-1', 'c-1'].map((e) => happeningOf(links, e))).size).toBe(1);
  });

  it('orders the happenings by the first event of their kind, even one with no participant or place to share', () => {
    const alone = event('a-0', { type: 'meeting', agents: [], patients: [] });
    const talks = (iri: string) => event(iri, { type: 'meeting', agents: [ORG('hansa')], patients: [] });
    const links = link(
      article('a', [alone, event('a-1')]),
      article('b', [event('b-1')]),
      article('c', [talks('c-1')]),
      article('d', [talks('d-1')]),
    );
    expect(happeningOf(links, 'a-0')).toBeUndefined();
    const types = links!.quads.filter((q) => q.predicate.value.endsWith('eventType')).map((q) => q.object.value.split('/').at(-1));
    expect(types).toEqual(['meeting', 'acquisition']);
  });

  it('names the happening and the links graph from their members, whatever the input order', () => {
    const a = article('a', [event('a-1')]);
    const b = article('b', [event('b-1')]);
    const ab = link(a, b)!;
    const ba = link(b, a)!;
    expect(ab.graph).toBe(ba.graph);
    expect(happeningOf(ab, 'a-1')).toBe(happeningOf(ba, 'a-1'));
  });
});

describe('CorpusLinker: actors', () => {
  const full = person('anna-kowalska', 'Anna Kowalska', ['chief executive'], [ORG('baltic')]);
  const short = person('kowalska', 'Kowalska', ['chief executive']);

  it('links a surname to the one full name of the corpus with the same role', () => {
    const links = link(article('a', [], [full]), article('b', [], [short]))!;
    expect(quadLines(links.quads, { dropGraph: true })).toEqual([`<${short.iri}> <http://www.w3.org/2002/07/owl#sameAs> <${full.iri}> .`]);
  });

  it('links on a shared affiliation too, and a middle name may be left out', () => {
    const rasmussen = person('anders-fogh-rasmussen', 'Anders Fogh Rasmussen', [], [ORG('nato')]);
    const shorter = person('anders-rasmussen', 'Anders Rasmussen', ['secretary general'], [ORG('nato')]);
    expect(link(article('a', [], [rasmussen]), article('b', [], [shorter]))!.quads.map((q) => q.subject.value)).toEqual([shorter.iri]);
  });

  it('does not link without agreeing evidence, or when two full names fit', () => {
    expect(link(article('a', [], [full]), article('b', [], [person('kowalska', 'Kowalska', ['mayor'])]))).toBeUndefined();
    const other = person('piotr-kowalska', 'Piotr Kowalska', ['chief executive']);
    expect(link(article('a', [], [full, other]), article('b', [], [short]))).toBeUndefined();
  });

  it('links events through linked actors', () => {
    const a = article('a', [event('a-1', { agents: [full.iri], patients: [], type: 'resignation' })], [full]);
    const b = article('b', [event('b-1', { agents: [short.iri], patients: [], type: 'resignation' })], [short]);
    expect(happeningOf(link(a, b), 'b-1')).toBe(happeningOf(link(a, b), 'a-1'));
  });
});
