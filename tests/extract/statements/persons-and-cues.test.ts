import { describe, expect, it } from 'vitest';
import { UNATTRIBUTED, UNIDENTIFIED } from '../../../src/extract/statements/index.js';
import { find, keptByDefault, statementsIn } from './helpers.js';

const LAVROV = { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' };
const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const MINISTRY = { text: 'Foreign Ministry', key: 'Organization:Foreign Ministry' };
const AUTHOR = 'Person:Jane Doe';

describe('first and second person', () => {
  it('gives "I" outside quotations to the author in a news report too, not to a name nearby', () => {
    const text = 'Sergey Lavrov spoke to the Foreign Ministry on Monday. I wrote last year that the treaty would not survive.';
    const s = find(statementsIn(text, [LAVROV, MINISTRY], { authorActor: AUTHOR }), { cue: 'wrote' });
    expect(s?.speaker).toBe(AUTHOR);
    expect(s?.speakerMention?.text).toBe('I');
    expect(s?.evidence.speaker).toBe('author');
  });

  it('gives "we" outside quotations an unnamed author when the byline is unknown', () => {
    const text = 'Sergey Lavrov said the talks were over. We believe the talks will resume in May.';
    const s = find(statementsIn(text, [LAVROV]), { cue: 'believe' });
    expect(s?.speaker).toBe('Unnamed:author');
  });

  it('gives an "I" inside a quotation to the quoted speaker: one statement, the quotation', () => {
    const statements = statementsIn('“I think the talks are over,” Sergey Lavrov said.', [LAVROV]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speaker: 'Person:Sergey Lavrov', content: { text: '“I think the talks are over,”' } });
  });

  it('makes no statement of the generic "you"', () => {
    expect(statementsIn('If you want to know why the plan failed, you should read the report.')).toEqual([]);
    expect(statementsIn('Sergey Lavrov left early. You see what happens next.', [LAVROV])).toEqual([]);
    expect(statementsIn('You think the war will end soon, but it will not.')).toEqual([]);
  });

  it('reads "we\'re told that …" as a report of an unstated source, with what follows the cue as content', () => {
    const s = find(statementsIn('We’re told that the police have looked at the footage.'), { cue: 'told' });
    expect(s?.speaker).toBe(UNATTRIBUTED);
    expect(s?.speakerMention).toBeUndefined();
    expect(s?.content.text).toBe('that the police have looked at the footage');
  });
});

describe('the speaker is not a name inside the content', () => {
  it('leaves a pronoun unresolved when the only name it could stand for is in the quotation', () => {
    const text = '“Maria Kaine will lose,” he said.';
    const s = statementsIn(text, [KAINE, { text: 'he', key: 'Person:Maria Kaine', kind: 'pronoun' }])[0];
    expect(s?.speaker).toBe(UNIDENTIFIED);
    expect(s?.evidence.speaker).toBe('unresolved');
  });

  it('keeps a pronoun whose name comes before the statement', () => {
    const text = 'Maria Kaine left the room. “Sergey Lavrov will lose,” she said.';
    const s = statementsIn(text, [KAINE, LAVROV, { text: 'she', key: 'Person:Maria Kaine', kind: 'pronoun' }])[0];
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.evidence).toMatchObject({ speaker: 'pronoun', distance: 1 });
  });

  it('gives "his spokesman said" to the spokesman, known by whom he speaks for, not to that person', () => {
    const text = 'Sergey Lavrov did not attend. His spokesman said the minister was ill.';
    const s = find(statementsIn(text, [LAVROV, { text: 'His', key: 'Person:Sergey Lavrov', kind: 'pronoun' }]), { cue: 'said' });
    expect(s?.speaker).toBe('Unnamed:spokesman of Sergey Lavrov');
    expect(s?.speakerMention?.text).toBe('His spokesman');
  });

  it('gives "ministry officials said" to the officials, not to the ministry', () => {
    const s = statementsIn('Foreign Ministry officials said the border was closed.', [MINISTRY])[0];
    expect(s?.speaker).toBe('Unnamed:foreign ministry officials');
    expect(s?.speakerMention?.text).toBe('Foreign Ministry officials');
  });

  it('still gives a statement of the ministry to the ministry', () => {
    const s = statementsIn('A statement from the Foreign Ministry said the border was closed.', [MINISTRY])[0];
    expect(s?.speaker).toBe('Organization:Foreign Ministry');
  });
});

describe('words in the position of a cue that report no statement', () => {
  it('reads "state" in "the US state of Ohio" as a noun', () => {
    expect(
      statementsIn('Sergey Lavrov visited the US state of Ohio in May.', [LAVROV, { text: 'US', key: 'Country:United States' }]),
    ).toEqual([]);
  });

  it('makes no statement of a physical attack', () => {
    expect(statementsIn('Vandals attacked the embassy on Tuesday night.')).toEqual([]);
    expect(statementsIn('Gunmen attacked bars and art galleries in the old town.')).toEqual([]);
    expect(statementsIn('Vandals attacked.')).toEqual([]);
  });

  it('keeps a verbal attack on a person', () => {
    const s = find(statementsIn('Maria Kaine attacked Sergey Lavrov for his remarks.', [KAINE, LAVROV]), { cue: 'attacked' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'criticism' });
  });

  it('makes no statement of a threat by a thing: "a drought threatening crops"', () => {
    expect(statementsIn('A drought threatening crops has hit the region.')).toEqual([]);
  });

  it('makes no statement of plans, intentions or what someone seeks', () => {
    const russia = { text: 'Russia', key: 'Country:Russia' };
    expect(statementsIn('Russia plans to expand the naval base.', [russia])).toEqual([]);
    expect(statementsIn('Russia intends to expand the naval base.', [russia])).toEqual([]);
    expect(statementsIn('The US has been seeking a deal with Iran.', [{ text: 'US', key: 'Country:United States' }])).toEqual([]);
    expect(statementsIn("Sergey Lavrov's attempt to stop the vote failed.", [LAVROV])).toEqual([]);
  });

  it('reads a refusal to speak as a negated report, left out at the default minimum confidence', () => {
    for (const text of ['Maria Kaine declined to comment on the report.', 'Maria Kaine refused to say whether she would run.']) {
      const [s, ...rest] = statementsIn(text, [KAINE]);
      expect(rest).toEqual([]);
      expect(s?.speaker).toBe('Person:Maria Kaine');
      expect(s?.evidence.negated).toBe(true);
      expect(keptByDefault(s!)).toBe(false);
    }
    // A refusal never hides an affirmed report inside its content.
    const aside = statementsIn('Maria Kaine refuses to discuss the vacant seat, aside from saying she wants a fair process.', [KAINE]);
    expect(aside.map((s) => s.content.text)).toEqual(['she wants a fair process']);
    // A refusal to do something else is no negated report: "refused to sign the bill" keeps its usual weight.
    expect(find(statementsIn('Maria Kaine refused to sign the bill.', [KAINE]), { cue: 'refused' })?.evidence.negated).toBeUndefined();
  });

  it('makes no statement of a hypothetical report', () => {
    expect(statementsIn('Maria Kaine might have suggested that the talks resume.', [KAINE])).toEqual([]);
    expect(statementsIn('Ministers should make it clear they are angry.')).toEqual([]);
  });

  it('makes no statement of a report to come or a fact denied', () => {
    expect(statementsIn('Maria Kaine will announce a new strategy on Friday.', [KAINE])).toEqual([]);
    expect(statementsIn('The ministers don’t understand that rules exist for a reason.')).toEqual([]);
  });

  it('reads a denied report as a negated statement ranked below the affirmed one and left out by default', () => {
    const denied = find(statementsIn('Maria Kaine did not say when the talks would resume.', [KAINE]), { cue: 'did not say' });
    const made = find(statementsIn('Maria Kaine said when the talks would resume.', [KAINE]), { cue: 'said' });
    expect(denied?.content.text).toBe('when the talks would resume');
    expect(denied?.evidence.negated).toBe(true);
    expect(made?.evidence.negated).toBeUndefined();
    expect(denied!.confidence!).toBeLessThan(made!.confidence!);
    expect(keptByDefault(denied!)).toBe(false);
    expect(keptByDefault(made!)).toBe(true);
    const wont = statementsIn('Maria Kaine won’t tell reporters what measures she is taking.', [KAINE]);
    expect(wont.every((s) => s.evidence.negated && !keptByDefault(s))).toBe(true);
  });

  it('makes no statement of a condition or of what someone does not seem to understand', () => {
    expect(statementsIn('Prices rise whenever the data suggests customers will pay.')).toEqual([]);
    expect(statementsIn('If officials say the bridge is safe, it will open.')).toEqual([]);
    expect(statementsIn('Maria Kaine does not seem to understand that rules exist.', [KAINE])).toEqual([]);
  });

  it('keeps a negated belief as the speaker’s belief: "does not think the plan will work"', () => {
    const s = find(statementsIn('Maria Kaine does not think the plan will work.', [KAINE]), { cue: 'does not think' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'the plan will work' } });
    expect(s?.evidence.irrealis).toBe(true);
  });

  it('reads a modal-looking name as a name: "Theresa May said …"', () => {
    const s = statementsIn('Theresa May said the country would leave.', [{ text: 'Theresa May', key: 'Person:Theresa May' }])[0];
    expect(s).toMatchObject({ speaker: 'Person:Theresa May', cue: { text: 'said' } });
    expect(s?.evidence.irrealis).toBe(false);
  });

  it('makes no statement of a lone lower-case word after a stance verb: "it wants passed"', () => {
    expect(statementsIn('The bill is one it wants passed.')).toEqual([]);
  });

  it('makes no speaker of an adverb or a verb before a participle: "a well thought out plan"', () => {
    expect(statementsIn('It was a well thought out plan.')).toEqual([]);
  });

  it('keeps "according to" after a cue as the source of the report, not the content', () => {
    const text = 'These deals take years, he said according to a transcript.';
    const s = find(statementsIn(text, [{ text: 'he', key: 'Person:Mark Lee', kind: 'pronoun' }]), { cue: 'said' });
    expect(s?.content.text).toBe('These deals take years');
  });

  it('reads "argued for years that …" as "argued", not "argued for"', () => {
    const s = find(statementsIn('Officials have argued for years that the sanctions failed.'), { content: 'sanctions' });
    expect(s).toMatchObject({ cueLemma: 'argue', content: { text: 'that the sanctions failed' } });
  });

  it('keeps "said that …, but that …" as one content', () => {
    const s = statementsIn('Officials said that they had briefed the team, but that they did not know its plans.')[0];
    expect(s?.content.text).toBe('that they had briefed the team, but that they did not know its plans');
  });
});

describe('statement types follow the cue', () => {
  it('types "admits" as an admission and "insisted" as an assertion', () => {
    expect(find(statementsIn('Maria Kaine admits the plan failed.', [KAINE]), { cue: 'admits' })?.type).toBe('admission');
    expect(find(statementsIn('Maria Kaine conceded that the plan failed.', [KAINE]), { cue: 'conceded' })?.type).toBe('admission');
    expect(find(statementsIn('Maria Kaine insisted that the plan would work.', [KAINE]), { cue: 'insisted' })?.type).toBe('assertion');
  });
});

describe('cue verbs in less common positions', () => {
  it('reads "worried" without "be" as the verb of a plural subject', () => {
    const s = find(statementsIn('Regulators and farm groups worried that the state would lose the money.'), { cue: 'worried' });
    expect(s?.content.text).toBe('that the state would lose the money');
  });

  it('reads an -s form after an appositive as the verb: "X, a former minister, suggests that …"', () => {
    const text = 'Jorge Ruiz, a former minister who is a harsh critic of the president, suggests that stability is the best argument.';
    const s = find(statementsIn(text, [{ text: 'Jorge Ruiz', key: 'Person:Jorge Ruiz' }]), { cue: 'suggests' });
    expect(s?.speaker).toBe('Person:Jorge Ruiz');
    expect(s?.content.text).toBe('that stability is the best argument');
  });

  it('still reads a noun-like -s form after a comma as a noun: "Tax cuts, reports and layoffs followed"', () => {
    expect(statementsIn('Tax cuts, reports of layoffs and price increases followed.')).toEqual([]);
  });

  it('attributes a quoted question signed "Name demanded."', () => {
    const text = '“Why is this not proof that the bank is too big to manage?” Maria Kaine demanded.';
    const s = find(statementsIn(text, [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }]), { cue: 'demanded' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('“Why is this not proof that the bank is too big to manage?”');
  });
});
