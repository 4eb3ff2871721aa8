import { describe, expect, it } from 'vitest';
import { find, statementsIn } from './helpers.js';

const OKAFOR = { text: 'Ruth Okafor', key: 'Person:Ruth Okafor' };
const COUNCIL = { text: 'Harbour Council', key: 'Organization:Harbour Council' };

describe('a label made of an adjective', () => {
  it('reads "called the charges false" as a label', () => {
    const s = find(statementsIn('Ruth Okafor called the charges false.', [OKAFOR]), { cue: 'called' });
    expect(s?.content.text).toBe('the charges false');
    expect(s?.evidence.complement).toBe('label');
  });

  it('reads "called the claims unsubstantiated and fabricated by …" as a label', () => {
    const text = 'Ruth Okafor called the claims unsubstantiated and fabricated by her rivals.';
    const s = find(statementsIn(text, [OKAFOR]), { cue: 'called' });
    expect(s?.content.text).toBe('the claims unsubstantiated and fabricated by her rivals');
  });

  it('makes no label of a phone call or of a participle that goes on', () => {
    expect(find(statementsIn('Ruth Okafor called the number listed on the website.', [OKAFOR]), { cue: 'called' })).toBeUndefined();
    expect(find(statementsIn('Ruth Okafor called the senior official.', [OKAFOR]), { cue: 'called' })).toBeUndefined();
    expect(find(statementsIn('Ruth Okafor called the police to the scene.', [OKAFOR]), { cue: 'called' })).toBeUndefined();
  });
});

describe('where a "that"-clause ends', () => {
  it('leaves out a clause joined by ", and" that has no "that" of its own', () => {
    const text = 'The Harbour Council announced that it is cutting the ferry budget, and the decision is already drawing protests.';
    const s = find(statementsIn(text, [COUNCIL]), { cue: 'announced' });
    expect(s?.content.text).toBe('that it is cutting the ferry budget');
  });

  it('keeps a second "that" clause: "…, and that …"', () => {
    const text = 'Ruth Okafor said that fares would rise, and that riders would pay more.';
    const s = find(statementsIn(text, [OKAFOR]), { cue: 'said' });
    expect(s?.content.text).toBe('that fares would rise, and that riders would pay more');
  });

  it('stops before "…, and apparently that\'s …" and keeps the outer attribution', () => {
    const text =
      'An old teacher once told me that we show our character in a crisis, and apparently that is as true for towns as for people.';
    const s = find(statementsIn(text), { cue: 'once told' });
    expect(s?.content.text).toBe('that we show our character in a crisis');
  });

  it('keeps a clause without "that" whole: "said fares would rise, and riders would pay more"', () => {
    const s = find(statementsIn('Ruth Okafor said fares would rise, and riders would pay more.', [OKAFOR]), { cue: 'said' });
    expect(s?.content.text).toBe('fares would rise, and riders would pay more');
  });
});

describe('a second reporting verb joined by "and"', () => {
  it('ends the first content before "and describe their …"', () => {
    const s = find(statementsIn('Critics call them reckless amateurs and describe their plans as dangerous.'), { cue: 'call' });
    expect(s?.content.text).toBe('them reckless amateurs');
  });

  it('does not cut at a noun that is also a verb: "prices and support for the plan"', () => {
    const s = find(statementsIn('Ruth Okafor said prices and support for the plan would fall.', [OKAFOR]), { cue: 'said' });
    expect(s?.content.text).toBe('prices and support for the plan would fall');
  });
});

describe('adjuncts after a noun-phrase content', () => {
  it('leaves a month or a year after "in" out of the object: "praised the plan in July"', () => {
    const month = find(statementsIn('Ruth Okafor praised the ferry plan in July.', [OKAFOR]), { cue: 'praised' });
    expect(month?.content.text).toBe('the ferry plan');
    const year = find(statementsIn('Ruth Okafor rejected the harbour plan in 2014 after a long fight.', [OKAFOR]), { cue: 'rejected' });
    expect(year?.content.text).toBe('the harbour plan');
  });

  it('leaves "in an article" out of the object', () => {
    const s = find(statementsIn('Ruth Okafor praised the ferry plan in an article last week.', [OKAFOR]), { cue: 'praised' });
    expect(s?.content.text).toBe('the ferry plan');
  });

  it('keeps "in" that belongs to the object: "praised the progress in the talks"', () => {
    const s = find(statementsIn('Ruth Okafor praised the progress in the talks.', [OKAFOR]), { cue: 'praised' });
    expect(s?.content.text).toBe('the progress in the talks');
  });
});
