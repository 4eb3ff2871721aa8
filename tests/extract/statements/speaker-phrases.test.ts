import { describe, expect, it } from 'vitest';
import { find, statementsIn } from './helpers.js';

const OKAFOR = { text: 'Ruth Okafor', key: 'Person:Ruth Okafor' };
const BRANDT = { text: 'Brandt', key: 'Person:Brandt' };
const LEAGUE = { text: 'Tenants League', key: 'Organization:Tenants League' };

describe('who speaks when words sit between the subject and the cue', () => {
  it('reads "…, said parents still want …" as the speaker before it saying a clause, not parents speaking', () => {
    const text = 'But Ruth Okafor, a planner at the county, said parents still want small schools.';
    const said = find(statementsIn(text, [OKAFOR]), { cue: 'said' });
    expect(said?.speakerMention?.text).toBe('Ruth Okafor');
    expect(said?.content.text).toBe('parents still want small schools');
    // No statement is made with "said parents" as its speaker.
    expect(statementsIn(text, [OKAFOR]).some((s) => s.speakerMention?.text.startsWith('said'))).toBe(false);
  });

  it('still takes an inverted speaker followed by an adverb: "“…,” said Brandt quietly."', () => {
    const s = find(statementsIn('“We will rebuild,” said Brandt quietly.', [BRANDT]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Brandt');
    expect(s?.content.text).toBe('“We will rebuild,”');
  });

  it('skips a year between a relative pronoun and the cue: "Brandt, who in 2011 said …"', () => {
    const text = 'The mayor has feuded with Brandt, who in 2011 said the harbour plan was a waste of money.';
    const s = find(statementsIn(text, [BRANDT]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Brandt');
    expect(s?.speakerMention?.text).toBe('who');
    expect(s?.content.text).toBe('the harbour plan was a waste of money');
  });

  it('skips a year between a name and the cue: "Brandt in 2011 said …"', () => {
    const s = find(statementsIn('Brandt in 2011 said the harbour plan was a waste.', [BRANDT]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Brandt');
  });

  it('takes the phrase a participle modifies as the speaker: "Tenants marching through the square chanted …"', () => {
    const s = find(statementsIn('Tenants marching through the square chanted "No more rent!" until dusk.'), { cue: 'chanted' });
    expect(s?.speakerMention?.text).toBe('Tenants');
    expect(s?.content.text).toBe('"No more rent!"');
  });

  it('keeps the object of a participle when the phrase is not the subject: "saw tenants marching through the square"', () => {
    const statements = statementsIn('Police saw tenants marching through the square chanted slogans.');
    expect(statements.some((s) => s.speakerMention?.text === 'tenants')).toBe(false);
  });

  it('takes the subject after an opening -ed participle phrase for a later participial cue', () => {
    const text = 'Alarmed by the polls, as well as by the costs, Brandt rewrote the plan, promising to cut fares for students.';
    const s = find(statementsIn(text, [BRANDT]), { cue: 'promising' });
    expect(s?.speaker).toBe('Person:Brandt');
    expect(s?.content.text).toBe('to cut fares for students');
  });

  it('does not read a name ending in -ed as an opening participle', () => {
    const s = find(
      statementsIn('Ted Brandt defended the plan, saying it would work.', [{ text: 'Ted Brandt', key: 'Person:Ted Brandt' }]),
      {
        cue: 'saying',
      },
    );
    expect(s?.speaker).toBe('Person:Ted Brandt');
  });
});

describe('a participle aside between the subject and the main verb', () => {
  it('ends the aside at the comma before the main verb and keeps the main statement', () => {
    const text = 'The Tenants League, citing the rent figures, said the city had failed its poorest residents.';
    const statements = statementsIn(text, [LEAGUE]);
    expect(find(statements, { cue: 'citing' })?.content.text).toBe('the rent figures');
    const said = find(statements, { cue: 'said' });
    expect(said?.speaker).toBe('Organization:Tenants League');
    expect(said?.content.text).toBe('the city had failed its poorest residents');
  });

  it('ends the aside before a main verb in -ed too: "…, citing her record, endorsed Okafor"', () => {
    const text = 'The Tenants League, citing her record on housing, endorsed Ruth Okafor on Friday.';
    const citing = find(statementsIn(text, [LEAGUE, OKAFOR]), { cue: 'citing' });
    expect(citing?.content.text).toBe('her record on housing');
  });

  it('leaves a closing participle clause alone: "…, citing her record, which it praised"', () => {
    const text = 'The Tenants League endorsed Ruth Okafor, citing her record on housing and transport.';
    const citing = find(statementsIn(text, [LEAGUE, OKAFOR]), { cue: 'citing' });
    expect(citing?.content.text).toBe('her record on housing and transport');
  });
});

describe('a relative clause inside an appositive', () => {
  it('takes the name before "a commissioner on the X, which …," as the speaker', () => {
    const text =
      'Nils Alvik, a commissioner on the Northern Halibut Board, which has set catch limits since 1931, described the stock as stable but declining.';
    const s = find(statementsIn(text, [{ text: 'Nils Alvik', key: 'Person:Nils Alvik' }]), { cue: 'described' });
    expect(s?.speaker).toBe('Person:Nils Alvik');
  });

  it('keeps the phrase before the relative when it is the subject: "Members of the board, which …, said"', () => {
    const text = 'Members of the Northern Halibut Board, which has set catch limits since 1931, said the stock was stable.';
    const s = find(statementsIn(text), { cue: 'said' });
    expect(s?.speakerMention?.text.startsWith('Members')).toBe(true);
  });
});

describe('a prepositional aside between the subject and the cue', () => {
  const RUIZ = { text: 'Ann Ruiz', key: 'Person:Ann Ruiz' };

  it('finds the subject before "…, in an interview on Monday, said …" and "…, at a briefing, said, “…”"', () => {
    const s = find(statementsIn('Senator Ann Ruiz, in an interview on Monday, said the crews needed support.', [RUIZ]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Ann Ruiz');
    expect(s?.content.text).toBe('the crews needed support');
    const quoted = 'Ann Ruiz, at a later briefing, said, "I have been briefed about the fire. We need to support the crews."';
    expect(find(statementsIn(quoted, [RUIZ]), { cue: 'said' })?.content.text).toBe(
      '"I have been briefed about the fire. We need to support the crews."',
    );
  });

  it('does not take the object of an opening preposition or a relative clause for the subject', () => {
    const after = find(statementsIn('After the vote, in a statement, officials said the crews needed support.'), { cue: 'said' });
    expect(after?.speakerMention?.text).toBe('officials');
    const relative = statementsIn('The report, in which Ann Ruiz criticized the police, said the crews needed support.', [RUIZ]);
    expect(find(relative, { cue: 'said' })).toBeUndefined();
  });
});

describe('a relative pronoun with a contracted "has" or set off by dashes', () => {
  const RUIZ = { text: 'Ann Ruiz', key: 'Person:Ann Ruiz' };

  it('reads "X, who\'s said that …" as a report of X', () => {
    const who = find(statementsIn("Ann Ruiz, who's said that taxes must rise, spoke on Monday.", [RUIZ]), { cue: 'said' });
    expect(who?.speaker).toBe('Person:Ann Ruiz');
    expect(who?.speakerMention?.text).toBe("who's");
    expect(who?.content.text).toBe('that taxes must rise');
  });

  it('reads "X — who has called for …" with the name before the dash', () => {
    const text = 'The debate went on, with Ann Ruiz — who has called for higher taxes on the rich — attacking the plan.';
    const s = find(statementsIn(text, [RUIZ]), { cue: 'has called for' });
    expect(s?.speaker).toBe('Person:Ann Ruiz');
    expect(s?.content.text).toBe('higher taxes on the rich');
  });

  it('still reads a possessive before a participle as no report: "Ann Ruiz\'s stated goal", "the mayor\'s claimed win"', () => {
    expect(statementsIn("Ann Ruiz's stated goal is to cut taxes.", [RUIZ])).toEqual([]);
    expect(statementsIn("The mayor's claimed victory was short-lived.")).toEqual([]);
  });
});
