import { describe, expect, it } from 'vitest';
import { actor, mentionsOf, run } from './docs.js';

describe('extractActors: former states, blocs and capitals', () => {
  it('types a former state as a country, with no Wikidata id', () => {
    const r = run('Since the fall of the Soviet Union, trade has grown.');
    const ussr = actor(r, 'Country:Soviet Union');
    expect(ussr.type).toBe('Country');
    expect(ussr.wikidata).toBeUndefined();
  });

  it('reads "the West" beside a state as a bloc', () => {
    const r = run('The deal ended an arms race between Russia and the West.');
    expect(actor(r, 'Organization:the West').aliases).toEqual(['West']);
  });

  it('reads "the West" owning a policy as a bloc', () => {
    const r = run("Iran rejected the West's demands.");
    expect(mentionsOf(r, 'Organization:the West')).toEqual([{ text: 'West', kind: 'name' }]);
  });

  it('takes no actor from "the West" as a direction', () => {
    const r = run('Storms are expected in the West on Sunday.');
    expect(r.actors).toEqual([]);
  });

  it('reads a capital joined to a state or a bloc by "and" as its government', () => {
    const r = run('Analysts fear an arms race between Moscow and the West. Trade between Moscow and Beijing grew.');
    expect(mentionsOf(r, 'Country:Russia')).toEqual([{ text: 'Moscow', kind: 'metonym' }]);
    expect(mentionsOf(r, 'Place:Moscow')).toEqual([{ text: 'Moscow', kind: 'name' }]);
  });
});
