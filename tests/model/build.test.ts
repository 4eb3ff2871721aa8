import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/index.js';
import { handDocument, handExtraction, HAND_TEXT } from '../helpers/hand-article.js';

const BASE = 'https://example.org/kg/';

describe('buildModel', () => {
  it('names the article after its content hash when no URL is known', () => {
    const model = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
    expect(model.article.iri).toMatch(/^https:\/\/example\.org\/kg\/article\/[0-9a-f]{16}$/);
    expect(model.graph).toBe(model.article.iri);
  });

  it('uses the canonical URL as the article IRI when the document has one', () => {
    const doc = handDocument();
    doc.metadata.url = { value: 'https://news.example.com/2024/03/ministers', origin: 'option' };
    expect(buildModel(doc, handExtraction(), { base: BASE, version: '1.2.3' }).article.iri).toBe(
      'https://news.example.com/2024/03/ministers',
    );
  });

  it('gives the same actor the same IRI in two different articles', () => {
    const a = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
    const otherText = HAND_TEXT.replace('By Jane Example', 'By Jane Example\n\nUpdated text.');
    const b = buildModel(handDocument(otherText), handExtraction(otherText), { base: BASE, version: '1.2.3' });
    expect(a.article.iri).not.toBe(b.article.iri);
    const lopez = (m: typeof a) => m.actors.find((x) => x.name === 'Ana Lopez')!.iri;
    expect(lopez(a)).toBe(`${BASE}actor/person/ana-lopez`);
    expect(lopez(b)).toBe(lopez(a));
  });

  it('derives statement and event IRIs from the article and the span', () => {
    const model = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
    const key = model.run.iri.split('/').pop();
    const statement = model.statements[0]!;
    expect(statement.iri).toBe(`${BASE}statement/${key}-${statement.evidence.start}-${statement.evidence.end}`);
    expect(model.events[0]!.iri).toBe(`${BASE}event/${key}-${model.events[0]!.trigger.start}-${model.events[0]!.trigger.end}`);
  });

  it('links the author, roles, mentions and the dated event', () => {
    const model = buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' });
    expect(model.article.authors).toEqual([`${BASE}actor/person/jane-example`]);
    const lopez = model.actors.find((x) => x.name === 'Ana Lopez')!;
    expect(lopez.roles.map((r) => r.roleName)).toEqual(['Foreign Minister']);
    expect(lopez.aliases).toEqual(['Lopez']);
    const event = model.events[0]!;
    expect(event.time?.point).toEqual({ lexical: '2024-03-03', datatype: 'date' });
    expect(event.place).toBe(`${BASE}actor/place/vienna`);
    expect(model.article.mentions.map((m) => m.exact)).toEqual(['Vienna', 'Ana Lopez', 'Utopian Council', 'Vienna', 'Lopez']);
  });

  it.each([undefined, 'XXXX-03-03', 'XXXX-WXX-3'])('keeps a date with value %s as text instead of guessing a timestamp', (value) => {
    const extraction = handExtraction();
    extraction.timexes[0] = { ...extraction.timexes[0]!, value, relative: true };
    const model = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3' });
    expect(model.events[0]!.time).toEqual({ timex: expect.any(String), text: 'March 3, 2024' });
    expect(model.timexes[0]!.value).toBe(value);
  });

  it('keeps each participant once with its role', () => {
    const extraction = handExtraction();
    extraction.events[0]!.participants.push({ actor: 'Person:Ana Lopez', role: 'other' });
    const event = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3' }).events[0]!;
    expect(event.participants).toEqual([
      { actor: `${BASE}actor/person/ana-lopez`, role: 'agent' },
      { actor: `${BASE}actor/organization/utopian-council`, role: 'patient' },
    ]);
    expect(event.factuality).toBe('asserted');
  });

  it.each([
    ['July 2011', { value: '2011-07' }, { point: { lexical: '2011-07', datatype: 'gYearMonth' } }],
    [
      'mid July 2011',
      { value: '2011-07', begin: '2011-07-11', end: '2011-07-20' },
      { begin: { lexical: '2011-07-11', datatype: 'date' }, end: { lexical: '2011-07-20', datatype: 'date' } },
    ],
    [
      'the week of March 4, 2024',
      { value: '2024-W10' },
      { begin: { lexical: '2024-03-04', datatype: 'date' }, end: { lexical: '2024-03-10', datatype: 'date' } },
    ],
    [
      'the first quarter',
      { value: '2024-Q1' },
      { begin: { lexical: '2024-01', datatype: 'gYearMonth' }, end: { lexical: '2024-03', datatype: 'gYearMonth' } },
    ],
    [
      'last winter',
      { value: '2023-WI' },
      { begin: { lexical: '2023-12', datatype: 'gYearMonth' }, end: { lexical: '2024-02', datatype: 'gYearMonth' } },
    ],
    ['the 1990s', { value: '199' }, { begin: { lexical: '1990', datatype: 'gYear' }, end: { lexical: '1999', datatype: 'gYear' } }],
    ['Tuesday night', { value: '2015-02-24TNI' }, { point: { lexical: '2015-02-24', datatype: 'date' } }],
  ])('dates an event said to happen in "%s" as a point or an interval', (_text, values, expected) => {
    const extraction = handExtraction();
    extraction.timexes[0] = { ...extraction.timexes[0]!, type: 'DATE', relative: false, sentence: 0, ...values };
    const event = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3' }).events[0]!;
    expect(event.time).toEqual({ timex: expect.any(String), ...expected });
  });

  it('gives an unnamed source an article-local actor', () => {
    const extraction = handExtraction();
    extraction.statements[0]!.speaker = 'Unnamed:officials';
    const model = buildModel(handDocument(), extraction, { base: BASE, version: '1.2.3' });
    const speaker = model.actors.find((a) => a.iri === model.statements[0]!.speaker)!;
    expect(speaker.type).toBeUndefined();
    expect(speaker.iri).toMatch(/actor\/unnamed\/[0-9a-f]{16}-officials$/);
  });

  it('counts the words of the body only', () => {
    expect(buildModel(handDocument(), handExtraction(), { base: BASE, version: '1.2.3' }).article.wordCount).toBe(27);
  });
});
