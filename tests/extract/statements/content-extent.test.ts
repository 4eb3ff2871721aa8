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

describe('what is not the content after a cue', () => {
  it('reads a "that" before a finite verb inside an object as a relative pronoun', () => {
    const text = 'Ruth Okafor has proposed jointly run ferries and other shared boats that could serve the islands.';
    const s = find(statementsIn(text, [OKAFOR]), { cue: 'has proposed' });
    expect(s?.content.text).toBe('jointly run ferries and other shared boats that could serve the islands');
  });

  it('still finds the "that" clause after a channel with a relative clause of its own', () => {
    const text = 'Ruth Okafor said in a statement that was posted online that the ferry would stop.';
    const s = find(statementsIn(text, [OKAFOR]), { cue: 'said' });
    expect(s?.content.text).toBe('that the ferry would stop');
  });

  it('makes no content of an adverbial clause after a recipient: "told a dispatcher before police arrived"', () => {
    const text = 'The caller told a dispatcher before police arrived at the pier.';
    expect(find(statementsIn(text), { cue: 'told' })).toBeUndefined();
  });

  it('makes no content of the clause after a gapped relative: "the fares she has proposed, she needs …"', () => {
    const text = 'To pay for the new fares she has proposed, she needs to raise revenue.';
    expect(find(statementsIn(text), { cue: 'has proposed' })).toBeUndefined();
  });

  it('keeps "he said, …" when no noun comes before the speaker', () => {
    const s = find(statementsIn('Then Ruth Okafor said, the ferry is safe.', [OKAFOR]), { cue: 'said' });
    expect(s?.content.text).toBe('the ferry is safe');
  });
});

describe('a subordinate clause before the main clause', () => {
  const RUIZ = { text: 'Ann Ruiz', key: 'Person:Ann Ruiz' };

  it('reads the report inside "After X said …, workers protested", not the clause as what the workers protested', () => {
    const statements = statementsIn('After Ann Ruiz said the plant would close, the workers protested outside the gates.', [RUIZ]);
    expect(statements.map((s) => [s.speaker, s.cue?.text, s.content.text])).toEqual([['Person:Ann Ruiz', 'said', 'the plant would close']]);
  });

  it('makes no statement of a long "when" clause before a cue', () => {
    const text = 'When prices for bread and milk rose sharply in the spring of last year, the workers protested.';
    expect(statementsIn(text)).toEqual([]);
  });

  it('keeps a content that opens with a subordinate clause and goes on with its main clause', () => {
    const s = find(statementsIn('While the plan has flaws, it is the best we have, Ann Ruiz said.', [RUIZ]), { cue: 'said' });
    expect(s?.content.text).toBe('While the plan has flaws, it is the best we have');
  });

  it('keeps a content opened by "because of"', () => {
    const storm = 'Because of the storm the harbour will stay closed until Monday, Ann Ruiz said.';
    expect(find(statementsIn(storm, [RUIZ]), { cue: 'said' })?.content.text).toBe(
      'Because of the storm the harbour will stay closed until Monday',
    );
  });
});

describe('the main clause after a fronted report', () => {
  it('ends the content at the comma before "auditors found …", a bare plural subject and a past verb', () => {
    const text = 'Although Ann Ruiz insisted that the budget was balanced, auditors found a deficit.';
    const s = find(statementsIn(text, [{ text: 'Ann Ruiz', key: 'Person:Ann Ruiz' }]), { cue: 'insisted' });
    expect(s?.content.text).toBe('that the budget was balanced');
  });

  it('does not cut inside a report whose comma is followed by a noun phrase with no verb', () => {
    const text = 'Although Ann Ruiz insisted that the budget, the pension fund and the schools were safe, nobody believed her.';
    const s = find(statementsIn(text, [{ text: 'Ann Ruiz', key: 'Person:Ann Ruiz' }]), { cue: 'insisted' });
    expect(s?.content.text).toBe('that the budget, the pension fund and the schools were safe');
  });
});

describe('an aside between the cue and its "that"', () => {
  const RUIZ = { text: 'Ann Ruiz', key: 'Person:Ann Ruiz' };

  it('starts the content at "that" after "insisted, in an interview on Monday, …"', () => {
    const text = 'Ann Ruiz insisted, most recently in an interview with a local paper, that the budget is balanced.';
    const s = find(statementsIn(text, [RUIZ]), { cue: 'insisted' });
    expect(s?.content.text).toBe('that the budget is balanced');
    expect(s?.evidence.complement).toBe('that');
  });

  it('does not jump to a relative "that" inside the aside', () => {
    const s = find(statementsIn('Ann Ruiz said, in a letter that she sent, the plan would fail.', [RUIZ]), { cue: 'said' });
    expect(s?.content.text).not.toMatch(/^that she sent/);
  });
});
