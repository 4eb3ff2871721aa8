import { describe, expect, it } from 'vitest';
import { actor, actorsOf, mentionsOf } from './docs.js';
import { sampleDocument } from './sample-doc.js';

describe('extractActors on the bundled sample', () => {
  const result = actorsOf(sampleDocument());

  it('finds Dmitry Rogozin as a person with his roles and their affiliations', () => {
    const rogozin = actor(result, 'Person:Dmitry Rogozin');
    expect(rogozin.roles).toContainEqual(expect.objectContaining({ title: 'NATO envoy', affiliation: 'Country:Russia' }));
    expect(rogozin.roles).toContainEqual(
      expect.objectContaining({ title: 'special Representative of the Russian Federation for Interaction with NATO', affiliation: 'Country:Russia' }),
    );
  });

  it('finds Sergey Lavrov as Russia\'s Foreign Minister', () => {
    expect(actor(result, 'Person:Sergey Lavrov').roles).toMatchObject([{ title: 'Foreign Minister', affiliation: 'Country:Russia' }]);
  });

  it("finds Anders Fogh Rasmussen as NATO's Secretary General", () => {
    expect(actor(result, 'Person:Anders Fogh Rasmussen').roles).toMatchObject([{ title: 'Secretary General', affiliation: 'Organization:NATO' }]);
  });

  it('types NATO as an organisation, read in the headline too', () => {
    const nato = actor(result, 'Organization:NATO');
    expect(nato.type).toBe('Organization');
    expect(result.mentions.some((m) => m.actor === nato.key && m.sentence === -1)).toBe(true);
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
    expect(actor(result, 'Person:Hassan Beheshtipour').confidence).toBe(1);
  });

  it('links "Medvedev" to Dmitry Medvedev, and "the alliance" to NATO', () => {
    expect(actor(result, 'Person:Dmitry Medvedev').aliases).toEqual(['Medvedev']);
    expect(mentionsOf(result, 'Organization:NATO')).toContainEqual({ text: 'the alliance', kind: 'description' });
  });

  it('reads "Russian" in "Russian Foreign Minister" as a demonym of Russia', () => {
    expect(mentionsOf(result, 'Country:Russia')).toContainEqual({ text: 'Russian', kind: 'demonym' });
  });
});
