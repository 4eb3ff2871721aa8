import { describe, expect, it } from 'vitest';
import { UNATTRIBUTED } from '../../../src/extract/statements/index.js';
import { find, statementsIn } from './helpers.js';

const LAVROV = { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' };
const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const MINISTRY = { text: 'the ministry', key: 'Organization:Ministry of Interior', kind: 'description' as const };

describe('participial and coordinated cues', () => {
  it('gives ", saying …" after an opening adjunct the subject of the main clause', () => {
    const text = 'In March, the ministry rejected the offer, saying the terms were unfair.';
    const s = find(statementsIn(text, [MINISTRY]), { cue: 'saying' });
    expect(s?.speaker).toBe('Organization:Ministry of Interior');
    expect(s?.content.text).toBe('the terms were unfair');
  });

  it('reads "began by saying …" with the subject of "began"', () => {
    const text = 'Maria Kaine appeared on the radio and began by saying the talks had collapsed.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'saying' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('the talks had collapsed');
  });

  it('gives a second verb after "and" the subject of the first', () => {
    const text = 'Maria Kaine praised the plan and urged parliament to adopt it quickly.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'urged' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('parliament to adopt it quickly');
  });

  it('does not give "and refused" to the speaker when the content opened with its own subject', () => {
    const text = 'Maria Kaine says he ignored the order and refused to stop.';
    const statements = statementsIn(text, [KAINE]);
    expect(find(statements, { cue: 'refused' })).toBeUndefined();
    expect(find(statements, { cue: 'says' })?.content.text).toBe('he ignored the order and refused to stop');
  });

  it('gives a cue coordinated with an earlier verb the named subject of the sentence', () => {
    const text = 'On Friday, Maria Kaine met the envoys and pledged to lift the blockade.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'pledged' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('to lift the blockade');
  });

  it('reads "say" after a singular noun as a verb: "diplomats in the region say …"', () => {
    const s = find(statementsIn('Diplomats in the region say the minister will resign.'), { cue: 'say' });
    expect(s?.content.text).toBe('the minister will resign');
  });

  it('gives a to-infinitive cue the named object of the verb before it', () => {
    const text = 'The committee forced Maria Kaine to admit that the figures were wrong.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'admit' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('that the figures were wrong');
  });
});

describe('content without "that"', () => {
  it('accepts a clause after a clause-only verb: "hoped the talks would resume"', () => {
    const s = find(statementsIn('Maria Kaine hoped the talks would resume in May.', [KAINE]), { cue: 'hoped' });
    expect(s?.content.text).toBe('the talks would resume in May');
  });

  it('accepts a clause after a noun-like verb form once a named speaker precedes it', () => {
    const s = find(statementsIn('Maria Kaine notes the figures were revised twice.', [KAINE]), { cue: 'notes' });
    expect(s?.content.text).toBe('the figures were revised twice');
  });

  it('lets a poll or a study show what it shows without "that"', () => {
    const s = find(statementsIn('A new poll shows Maria Kaine ahead by four points.', [KAINE]), { cue: 'shows' });
    expect(s?.speaker).toBe('Unnamed:new poll');
    expect(s?.content.text).toBe('Maria Kaine ahead by four points');
  });

  it('ends a noun-phrase complement before a comment on it', () => {
    const s = find(statementsIn('Maria Kaine praised the agreement, which was signed in May.', [KAINE]), { cue: 'praised' });
    expect(s?.content.text).toBe('the agreement');
  });

  it('ends a noun-phrase complement before a second verb phrase: "praised the envoy and has since left"', () => {
    const s = find(statementsIn('Maria Kaine praised the envoy and has since left the party.', [KAINE]), { cue: 'praised' });
    expect(s?.content.text).toBe('the envoy');
  });

  it('keeps a that-clause inside an object whole: "demanded guarantees that X, which …, will …"', () => {
    const text = 'Maria Kaine demanded guarantees that the radar, which covers the north, will not be moved.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'demanded' });
    expect(s?.content.text).toBe('guarantees that the radar, which covers the north, will not be moved');
  });

  it('reads a label after an object with a prepositional phrase: "called half of them “cowards”"', () => {
    const s = find(statementsIn('Maria Kaine called half of the deputies “cowards.”', [KAINE]), { cue: 'called' });
    expect(s?.content.text).toBe('half of the deputies “cowards.”');
  });

  it('reads "calling it …" after a pronoun object as a label', () => {
    const text = 'Moscow rejected the strike, calling it a breach of the truce.';
    const s = find(statementsIn(text, [{ text: 'Moscow', key: 'Country:Russia' }]), { cue: 'calling' });
    expect(s?.speaker).toBe('Country:Russia');
    expect(s?.content.text).toBe('it a breach of the truce');
  });

  it('does not read a relative clause as a report: "Everything Kaine says is false"', () => {
    expect(find(statementsIn('Everything Maria Kaine says is false.', [KAINE]), { cue: 'says' })).toBeUndefined();
  });
});

describe('unstated sources', () => {
  it('attributes an agentless passive to an unattributed source, subject included', () => {
    const s = statementsIn('The talks are expected to resume next week.')[0];
    expect(s?.speaker).toBe(UNATTRIBUTED);
    expect(s?.speakerMention).toBeUndefined();
    expect(s?.cue?.text).toBe('are expected');
    expect(s?.content.text).toBe('The talks are expected to resume next week');
  });

  it('ends an agentless passive at the first comma', () => {
    const s = statementsIn('A curfew was announced for the capital, but nobody enforced it.')[0];
    expect(s?.content.text).toBe('A curfew was announced for the capital');
  });

  it('takes the agent after "by" as the speaker of a passive', () => {
    const text = 'The deal was first reported by the Tribune.';
    const s = statementsIn(text, [{ text: 'the Tribune', key: 'Organization:Tribune', kind: 'name' }])[0];
    expect(s?.speaker).toBe('Organization:Tribune');
    expect(s?.content.text).toBe('The deal');
  });

  it('reads "it was unclear whether …" as an impression with no stated source', () => {
    const s = statementsIn('It was unclear whether the border would reopen.')[0];
    expect(s?.speaker).toBe(UNATTRIBUTED);
    expect(s?.content.text).toBe('whether the border would reopen');
  });

  it('reads "X seems to …" as an impression covering the whole clause', () => {
    const s = statementsIn('Still, the ceasefire seems to be holding.')[0];
    expect(s?.speaker).toBe(UNATTRIBUTED);
    expect(s?.content.text).toBe('the ceasefire seems to be holding');
  });

  it('reads "amid growing concerns that …" with no possessor as unattributed', () => {
    const s = statementsIn('The talks resumed amid growing concerns that the truce would collapse.')[0];
    expect(s?.speaker).toBe(UNATTRIBUTED);
    expect(s?.content.text).toBe('that the truce would collapse');
  });
});

describe('quotations and noun cues', () => {
  it('does not split "“Why now?” Lavrov asked." into two sentences', () => {
    const s = find(statementsIn('“Why now?” Sergey Lavrov asked.', [LAVROV]), { cue: 'asked' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.content.text).toBe('“Why now?”');
  });

  it('reads a quotation opened after a comma that ends a named clause: "Kaine shrugged, “…”"', () => {
    const s = statementsIn('Maria Kaine shrugged, “We will see.”', [KAINE])[0];
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.cue?.text).toBe('shrugged');
    expect(s?.content.text).toBe('“We will see.”');
    expect(s?.mode).toBe('direct');
  });

  it('reads "…, as X put it" with the content before it', () => {
    const s = find(statementsIn('The plan is dead in the water, as Maria Kaine put it.', [KAINE]), { cue: 'put it' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('The plan is dead in the water');
  });

  it('reads a possessive noun cue: "Lavrov’s claim that …"', () => {
    const s = find(statementsIn('Sergey Lavrov’s claim that the missiles were defensive drew scorn.', [LAVROV]), { cue: 'claim' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.type).toBe('assertion');
    expect(s?.content.text).toBe('that the missiles were defensive drew scorn');
  });

  it('reads "her pledge to …" with the possessive pronoun as the speaker mention', () => {
    const text = 'Maria Kaine spoke on Monday. Her pledge to resign surprised the party.';
    const s = find(statementsIn(text, [KAINE, { text: 'Her', key: 'Person:Maria Kaine', kind: 'pronoun' }]), { cue: 'pledge' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.speakerMention?.text).toBe('Her');
    expect(s?.content.text).toBe('to resign surprised the party');
  });

  it('types a noun cue by its noun: "his threat to leave" is a threat', () => {
    const text = 'Sergey Lavrov spoke on Monday. His threat to leave the talks alarmed the envoys.';
    const s = find(statementsIn(text, [LAVROV, { text: 'His', key: 'Person:Sergey Lavrov', kind: 'pronoun' }]), { cue: 'threat' });
    expect(s?.type).toBe('threat');
  });

  it('reads a headline "Poll: …" as the poll speaking', () => {
    const s = statementsIn('Poll: Voters favor the treaty')[0];
    expect(s?.speaker).toBe('Unnamed:poll');
    expect(s?.content.text).toBe('Voters favor the treaty');
  });
});

describe('newer cue verbs', () => {
  it.each([
    ['Maria Kaine boasted that the army had never been stronger.', 'boasted', 'assertion'],
    ['Maria Kaine disputed the figures.', 'disputed', 'denial'],
    ['Maria Kaine applauded the verdict.', 'applauded', 'agreement'],
    ['The court ruled that the law was void.', 'ruled', 'assertion'],
    ['Maria Kaine pointed to the rising prices.', 'pointed to', 'assertion'],
  ])('reads "%s"', (text, cue, type) => {
    const s = find(statementsIn(text, [KAINE]), { cue });
    expect(s?.type).toBe(type);
  });
});

describe('a cue inside a relative clause whose subject is the gap after it', () => {
  it('reads "donations, which he said were accompanied by favors" as his statement, less sure than "he said that"', () => {
    const text = 'Maria Kaine attacked the candidates for accepting donations, which she said were accompanied by favors.';
    const s = find(statementsIn(text, [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }]), { cue: 'said' });
    expect(s?.content.text).toBe('were accompanied by favors');
    expect(s?.evidence.complement).toBe('relative');
    const plain = find(
      statementsIn('Maria Kaine said that the donations were accompanied by favors.', [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }]),
      { cue: 'said' },
    );
    expect(s!.confidence).toBeLessThan(plain!.confidence);
  });

  it('still makes no statement of "Everything Trump says is a lie"', () => {
    expect(statementsIn('Everything the mayor says is a lie.')).toEqual([]);
  });
});

describe('subjects and frames around a cue', () => {
  const SENATORS = { text: 'The senators', key: 'Person:senators', kind: 'description' as const };

  it('reads a base form after a plural noun without -s as its verb', () => {
    const s = find(statementsIn('But police also fear that the curfew could inflame the protests.'), { content: 'curfew' });
    expect(s?.speakerMention?.text).toBe('police');
    expect(s?.content.text).toBe('that the curfew could inflame the protests');
  });

  it('skips a quantifier floated off the subject', () => {
    const s = find(statementsIn('The senators all said that the audit had been rushed.', [SENATORS]), { cue: 'said' });
    expect(s?.speakerMention?.text).toBe('The senators');
    expect(s?.content.text).toBe('that the audit had been rushed');
    expect(find(statementsIn('They both agreed that the audit had been rushed.'), { content: 'audit' })?.speakerMention?.text).toBe('They');
  });

  it('skips an adverb before a time phrase between subject and verb', () => {
    const s = find(statementsIn('Maria Kaine just last week announced the mill would close.', [KAINE]), { cue: 'announced' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('the mill would close');
  });

  it('reads a feeling before a that-clause as what the subject holds', () => {
    const s = find(statementsIn('Maria Kaine was frustrated that the council had delayed the vote.', [KAINE]), { content: 'council' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('that the council had delayed the vote');
    expect(s?.type).toBe('complaint');
  });

  it('does not read a result clause or an infinitive after a feeling as a statement', () => {
    expect(statementsIn('Maria Kaine was so upset that she left the room.', [KAINE])).toHaveLength(0);
    expect(statementsIn('Maria Kaine was happy to help the team.', [KAINE])).toHaveLength(0);
  });

  it('reads "As the report notes, …" with a noun-like cue as a report', () => {
    const s = find(statementsIn('As the report notes, the agency has ignored the warnings for years.'), { content: 'agency' });
    expect(s?.speakerMention?.text).toBe('the report');
    expect(s?.content.text).toBe('the agency has ignored the warnings for years');
  });

  it('reads "…, as a memo put it" with "put" as a past form', () => {
    const s = find(statementsIn('The rule was a paperwork exercise, as an internal memo put it.'), { cue: 'put it' });
    expect(s?.speakerMention?.text).toBe('an internal memo');
    expect(s?.content.text).toBe('The rule was a paperwork exercise');
  });

  it('leaves "as expected" and a clause after "as" without a cue alone', () => {
    expect(statementsIn('As expected, the plan failed in the second round.')).toHaveLength(0);
    expect(statementsIn('As prices rise, the company has raised wages twice.')).toHaveLength(0);
  });
});

describe('a cue followed by a clause of time or cause', () => {
  it('gives what follows "after X said" to X, not to the verb before "after"', () => {
    const out = statementsIn('The dockers protested after Maria Kaine said the harbour would be sold.', [KAINE]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ speaker: 'Person:Maria Kaine', cue: { text: 'said' }, content: { text: 'the harbour would be sold' } });
    const because = statementsIn('The union complained because Maria Kaine had said the depot would shut.', [KAINE]);
    expect(because.map((s) => s.speaker)).toEqual(['Person:Maria Kaine']);
    expect(because[0]?.content.text).toBe('the depot would shut');
  });

  it('makes no statement of the verb before such a clause when the clause reports nothing', () => {
    expect(statementsIn('The dockers protested after the harbour was sold.')).toEqual([]);
    expect(statementsIn('The union complained because the depot had shut.')).toEqual([]);
  });

  it('still reads a clause after a time phrase without its own verb as the content', () => {
    const s = find(statementsIn('Maria Kaine said after the meeting she would not resign.', [KAINE]), { cue: 'said' });
    expect(s?.content.text).toBe('she would not resign');
    const c = find(statementsIn('Maria Kaine complained after the vote that the count was slow.', [KAINE]), { cue: 'complained' });
    expect(c?.content.text).toBe('that the count was slow');
  });
});

describe('"compared X to Y"', () => {
  it('reads an object then "to" and what it is set beside as the content', () => {
    const s = find(statementsIn('Maria Kaine compared the new levy to a tax on the poor.', [KAINE]), { cue: 'compared' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'the new levy to a tax on the poor' } });
  });

  it('reads nothing in a comparison of measures or without "to" after the object', () => {
    expect(statementsIn('The engineers compared the two samples in the lab.')).toEqual([]);
    expect(statementsIn('Maria Kaine compared notes with the mayor.', [KAINE])).toEqual([]);
    expect(statementsIn('Sales rose five percent compared to last year.')).toEqual([]);
    expect(statementsIn('Compared to last year, sales rose.')).toEqual([]);
    expect(statementsIn('The levy has been compared to a tax.')).toEqual([]);
  });
});

describe('a degree word inside a stance adjective group', () => {
  it('reads "was very concerned about", "wasn’t too concerned about", "was more confident that" as cues', () => {
    const very = find(statementsIn('Maria Kaine was very concerned about the audit.', [KAINE]), { content: 'the audit' });
    expect(very).toMatchObject({ speaker: 'Person:Maria Kaine', cue: { text: 'was very concerned' } });
    const hedged = find(statementsIn("Maria Kaine wasn't too concerned about the audit.", [KAINE]), { content: 'the audit' });
    expect(hedged?.cue?.text).toBe("wasn't too concerned");
    const more = find(statementsIn('Maria Kaine was more confident that the bill would pass.', [KAINE]), { content: 'the bill' });
    expect(more?.speaker).toBe('Person:Maria Kaine');
  });

  it('reads no stance in "too … to", "so … that" or a likelihood', () => {
    expect(statementsIn('Maria Kaine is too worried about the audit to sleep.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine was so sure that she left early.', [KAINE])).toEqual([]);
    expect(statementsIn('The bridge is very sure to collapse.')).toEqual([]);
  });
});
