import { describe, expect, it } from 'vitest';
import { actor, actorsOf, mentionsOf } from './docs.js';
import { sampleDocument } from '../../helpers/hand-article.js';

describe('extractActors on the bundled sample', () => {
  const result = actorsOf(sampleDocument());

  it('finds Dmitry Rogozin as a person with his roles and their affiliations', () => {
    const rogozin = actor(result, 'Person:Dmitry Rogozin');
    expect(rogozin.roles).toContainEqual(expect.objectContaining({ title: 'NATO envoy', affiliation: 'Country:Russia' }));
    expect(rogozin.roles).toContainEqual(
      expect.objectContaining({
        title: 'special Representative of the Russian Federation for Interaction with NATO',
        affiliation: 'Country:Russia',
      }),
    );
  });

  it("finds Sergey Lavrov as Russia's Foreign Minister", () => {
    expect(actor(result, 'Person:Sergey Lavrov').roles).toMatchObject([{ title: 'Foreign Minister', affiliation: 'Country:Russia' }]);
  });

  it("finds Anders Fogh Rasmussen as NATO's Secretary General", () => {
    expect(actor(result, 'Person:Anders Fogh Rasmussen').roles).toMatchObject([
      { title: 'Secretary General', affiliation: 'Organization:NATO' },
    ]);
  });

  it('types NATO as an organisation, read in the headline too', () => {
    const nato = actor(result, 'Organization:NATO');
    expect(nato.type).toBe('Organization');
    // The headline is the document's first sentence (Sentence.paragraph -1).
    expect(
      result.mentions.some((m) => m.actor === nato.key && m.sentence === 0 && m.span.start < sampleDocument().paragraphs[0]!.start),
    ).toBe(true);
  });

  it('types Russia as a country with its Wikidata id and the "Russian Federation" alias', () => {
    const russia = actor(result, 'Country:Russia');
    expect(russia.wikidata).toBe('Q159');
    expect(russia.countryCode).toBe('RU');
    expect(russia.aliases).toContain('Russian Federation');
  });

  it('types Sochi as a place', () => {
    expect(actor(result, 'Place:Sochi').type).toBe('Place');
  });

  it('reads Moscow as a metonym of Russia when it complains, raps or blames', () => {
    const metonyms = mentionsOf(result, 'Country:Russia').filter((m) => m.kind === 'metonym');
    expect(metonyms.length).toBeGreaterThanOrEqual(5);
    expect(metonyms.every((m) => m.text === 'Moscow')).toBe(true);
  });

  it('makes the author a person actor', () => {
    expect(actor(result, 'Person:Hassan Beheshtipour').confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('links "Medvedev" to Dmitry Medvedev, and "the alliance" to NATO', () => {
    expect(actor(result, 'Person:Dmitry Medvedev').aliases).toEqual(['Medvedev']);
    expect(mentionsOf(result, 'Organization:NATO')).toContainEqual({ text: 'the alliance', kind: 'description' });
  });

  it('reads "Russian" in "Russian Foreign Minister" as a demonym of Russia', () => {
    expect(mentionsOf(result, 'Country:Russia')).toContainEqual({ text: 'Russian', kind: 'demonym' });
  });

  it('types Gaddafi ("Gaddafi\'s forces") and Mubarak ("the fall of Mubarak") as people', () => {
    expect(actor(result, 'Person:Gaddafi').type).toBe('Person');
    expect(actor(result, 'Person:Mubarak').type).toBe('Person');
  });

  it('types the Soviet Union as a country', () => {
    expect(actor(result, 'Country:Soviet Union').type).toBe('Country');
  });

  it('reads "the West" in "an arms race between Moscow and the West" as a bloc, and Moscow there as Russia', () => {
    expect(actor(result, 'Organization:the West').type).toBe('Organization');
    expect(result.actors.some((a) => a.key === 'Place:Moscow')).toBe(false);
  });

  it('reads every "the country" as Russia', () => {
    const described = result.mentions.filter((m) => m.span.text.toLowerCase() === 'the country');
    expect(described.length).toBeGreaterThanOrEqual(4);
    expect(described.every((m) => m.actor === 'Country:Russia')).toBe(true);
  });
});
