import { describe, expect, it } from 'vitest';
import { actor, mentionsOf, run } from './docs.js';

describe('extractActors: references to actors already named', () => {
  it('reads "the country" as the country the clause is about, not one after a preposition', () => {
    const r = run("Russia's pressure on the US has not been taken seriously, as the country's economy has weakened.");
    expect(mentionsOf(r, 'Country:Russia')).toContainEqual({ text: 'the country', kind: 'description' });
    expect(mentionsOf(r, 'Country:United States')).not.toContainEqual({ text: 'the country', kind: 'description' });
  });

  it('falls back to the latest country when every one follows a preposition', () => {
    const r = run('Trade talks with Norway resumed. The country exports fish.');
    expect(mentionsOf(r, 'Country:Norway')).toContainEqual({ text: 'The country', kind: 'description' });
  });

  it("reads a person's surname that is also a country's name as the person once the full name is known", () => {
    const r = run('Film director Neil Jordan defended the film on Friday. Jordan said it was not propaganda.');
    const jordan = actor(r, 'Person:Neil Jordan');
    expect(jordan.aliases).toEqual(['Jordan']);
    expect(r.actors.some((a) => a.key === 'Country:Jordan')).toBe(false);
  });

  it('keeps the country after a preposition', () => {
    const r = run('Film director Neil Jordan arrived on Friday. The film was shot in Jordan.');
    expect(mentionsOf(r, 'Country:Jordan')).toEqual([{ text: 'Jordan', kind: 'name' }]);
  });
});
