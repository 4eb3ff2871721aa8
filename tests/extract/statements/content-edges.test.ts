import { describe, expect, it } from 'vitest';
import { UNATTRIBUTED } from '../../../src/extract/statements/index.js';
import { find, statementsIn } from './helpers.js';

const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const INSTITUTE = { text: 'Harbour Institute', key: 'Organization:Harbour Institute' };

describe('where a content starts and ends', () => {
  it('reads a quotation signed "reads one" as the sign speaking', () => {
    const s = find(statementsIn('“Fresh fish, low prices,” reads one sign in the window.'), { cue: 'reads' });
    expect(s?.content.text).toBe('“Fresh fish, low prices,”');
  });

  it('takes the quotation after a source set off by dashes: "— according to X — “…”"', () => {
    const text = 'The code would include — according to the Harbour Institute — “protection for sources”.';
    const s = find(statementsIn(text, [INSTITUTE]), { cue: 'according to' });
    expect(s?.content.text).toBe('“protection for sources”');
    expect(s?.speaker).toBe('Organization:Harbour Institute');
  });

  it('attributes only the clause after a lone dash: "… — it had 100 stores, according to X"', () => {
    const text = 'The chain is growing fast — it had 100 stores last year, according to the Harbour Institute.';
    const s = find(statementsIn(text, [INSTITUTE]), { cue: 'according to' });
    expect(s?.content.text).toBe('it had 100 stores last year');
  });

  it('keeps "accused X, who …, of Y" whole', () => {
    const text = 'Maria Kaine accused the ministers, who held power until May, of ignoring the danger.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'accused' });
    expect(s?.content.text).toBe('the ministers, who held power until May, of ignoring the danger');
  });

  it('leaves a closing appositive of the writer out: "…, its third such announcement"', () => {
    const s = statementsIn('The company said it was lowering prices, its third such announcement this year.')[0];
    expect(s?.content.text).toBe('it was lowering prices');
  });

  it('takes the quotation after a colon as what was said: "summed up the day: “…”"', () => {
    const s = find(statementsIn('Maria Kaine summed up the long day: “We won.”', [KAINE]), { cue: 'summed up' });
    expect(s?.content.text).toBe('“We won.”');
    expect(s?.mode).toBe('direct');
  });

  it('makes no statement of what someone is only willing to do: "could be willing to accept losses"', () => {
    expect(statementsIn('Maria Kaine could be willing to accept losses for a while.', [KAINE])).toEqual([]);
  });

  it('makes no content of a lone adverb, and no to-infinitive without its verb', () => {
    expect(statementsIn('Maria Kaine knows best.', [KAINE])).toEqual([]);
    expect(statementsIn('We could do that if we want to, but it costs more.')).toEqual([]);
  });
});

describe('attributions with no stated source', () => {
  it('takes the label of a passive "seen as", "hailed as", "considered" as the content', () => {
    const seen = statementsIn('The attack shook a country seen as the lone success of the uprisings.')[0];
    expect(seen).toMatchObject({ speaker: UNATTRIBUTED, cue: { text: 'seen as' }, content: { text: 'the lone success of the uprisings' } });
    const hailed = statementsIn('The country has been hailed as a model of democratic transition.')[0];
    expect(hailed?.content.text).toBe('a model of democratic transition');
    const considered = statementsIn('The gunman, who was considered unstable and had been charged before, took hostages.')[0];
    expect(considered?.content.text).toBe('unstable');
  });

  it('makes no statement of naming: "a process known as the reset", "a group called X"', () => {
    expect(statementsIn('They began a process which became known as the reset of relations.')).toEqual([]);
    expect(statementsIn('It deployed an offensive system known as missile defence.')).toEqual([]);
  });

  it('ends a label where a clause of its own begins: "hailed as a model as other governments collapsed"', () => {
    const s = statementsIn('The country was hailed as a model as other governments collapsed.')[0];
    expect(s?.content.text).toBe('a model');
  });

  it('reads "The bottom line is …" with "The" as a determiner, not a name', () => {
    const s = find(statementsIn('The bottom line is that the plan failed, but the council is demanding it be passed.'), {
      cue: 'is demanding',
    });
    expect(s?.speakerMention?.text).not.toBe('The');
  });

  it('reads "Claims that …" up to the sentence\'s own verb', () => {
    const s = statementsIn('Claims that immediate action is needed do not stand up.')[0];
    expect(s).toMatchObject({ speaker: UNATTRIBUTED, content: { text: 'that immediate action is needed' } });
  });

  it('keeps a short aside inside a that-clause after a noun: "concerns that the government, led by X, would …"', () => {
    const s = find(statementsIn('The attack raised concerns that the government, led by secularists, would crack down.'), {
      cue: 'concerns',
    });
    expect(s?.content.text).toBe('that the government, led by secularists, would crack down');
  });
});

describe('more cue positions', () => {
  it('reads "in its view …" and "in X\'s words, …" as the possessor\'s statement', () => {
    const view = statementsIn('The lesson is that in its view there is no heroism, only self-interest.')[0];
    expect(view).toMatchObject({
      cue: { text: 'in its view' },
      type: 'belief',
      content: { text: 'there is no heroism, only self-interest' },
    });
    const words = statementsIn('In Maria Kaine’s words, the talks are dead.', [{ text: 'Maria Kaine’s', key: 'Person:Maria Kaine' }])[0];
    expect(words).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'assertion', content: { text: 'the talks are dead' } });
    expect(statementsIn('She lives in his house near the river.')).toEqual([]);
  });

  it('reads a stance adjective with a clause and no "that": "is adamant journalists’ data must be exempt"', () => {
    const s = statementsIn('The union is adamant journalists’ data must be exempt from the law.')[0];
    expect(s?.content.text).toBe('journalists’ data must be exempt from the law');
  });

  it('reads a noun-like form followed by a subject pronoun and a verb as the verb: "the company promises it will …"', () => {
    const s = find(statementsIn('The company now promises it will screen its drivers.'), { cue: 'now promises' });
    expect(s?.content.text).toBe('it will screen its drivers');
  });

  it('cuts a content at "… and we\'re told …", where another attribution begins', () => {
    const statements = statementsIn('Deputies were in the office and we’re told they have looked at the footage.');
    expect(find(statements, { cue: 'told' })?.content.text).toBe('they have looked at the footage');
  });

  it('lets a source with a participle follow the cue: "he said according to a transcript reviewed by X"', () => {
    const text = 'These deals take years, he said according to a transcript reviewed by the court.';
    expect(find(statementsIn(text), { cue: 'said' })?.content.text).toBe('These deals take years');
  });
});

describe('attributions inside the clause they report', () => {
  it('keeps an opening condition in the content: "If prices fall, he noted, farms will close"', () => {
    const statements = statementsIn('If prices fall much further, he noted, many farms will close.');
    expect(statements).toHaveLength(1);
    expect(statements[0]?.content.text).toBe('If prices fall much further, he noted, many farms will close');
  });

  it('still leaves a short scene-setting clause out when nothing follows the cue: "As the bell rang, she said …"', () => {
    const s = find(statementsIn('As the bell rang, the announcer said the show would go on.'), { cue: 'said' });
    expect(s?.content.text).toBe('the show would go on');
  });

  it('joins the two parts of a quotation split by "he said, but"', () => {
    const text = '“I admire the senator,” he said, but “on energy she has always sided with the drillers.”';
    const s = find(statementsIn(text), { cue: 'said' });
    expect(s?.content.text).toBe(text);
  });

  it('leaves a closing appositive opened by "the" to the writer', () => {
    const s = find(statementsIn('Maria Kaine said she would not back the mayor, the presumed favorite of the council.', [KAINE]), {
      cue: 'said',
    });
    expect(s?.content.text).toBe('she would not back the mayor');
  });
});

describe('a closing participle clause after a content without a verb of its own', () => {
  it('leaves ", with X showing …" to the writer after a small clause: "Polls show Kaine ahead, with …"', () => {
    const s = find(
      statementsIn('Polling averages show the senator with a narrow lead, with one average showing her ahead by three points.'),
      { cue: 'show' },
    );
    expect(s?.content.text).toBe('the senator with a narrow lead');
  });

  it('leaves ", focusing on …" to the writer after a to-infinitive', () => {
    const s = find(
      statementsIn('Maria Kaine wants to sign up five million volunteers, focusing on people under 30.', [
        { text: 'Maria Kaine', key: 'Person:Maria Kaine' },
      ]),
      { cue: 'wants' },
    );
    expect(s?.content.text).toBe('to sign up five million volunteers');
  });

  it('keeps a participle clause after a reported clause with its own verb', () => {
    const s = find(statementsIn('The curator said the exhibits would put the history in context, allowing visitors to see the progress.'), {
      cue: 'said',
    });
    expect(s?.content.text).toBe('the exhibits would put the history in context, allowing visitors to see the progress');
  });
});

describe('"that" as a determiner, and a second verb after "but"', () => {
  it('reads "that" before a lone singular noun as a determiner, not a clause marker', () => {
    const s = find(statementsIn('Maria Kaine praised that approach.', [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }]), {
      cue: 'praised',
    });
    expect(s?.evidence.complement).toBe('object');
  });

  it('still reads "said that prices rose" as a clause marker', () => {
    expect(find(statementsIn('The minister said that prices, wages and rents rose.'), { cue: 'said' })?.evidence.complement).toBe('that');
  });

  it('ends an object before "but also had to …"', () => {
    const s = find(
      statementsIn('Maria Kaine praised the plan but also had to give the mayor more time.', [
        { text: 'Maria Kaine', key: 'Person:Maria Kaine' },
      ]),
      { cue: 'praised' },
    );
    expect(s?.content.text).toBe('the plan');
  });
});

describe('near misses: where a content ends, and a subject before a time phrase', () => {
  const kaine = [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }];

  it('ends a content inside a clause that opens the sentence where the main clause begins', () => {
    const s = find(statementsIn('While his aides insisted that the budget was balanced, the treasury has started to borrow again.'), {
      cue: 'insisted',
    });
    expect(s?.content.text).toBe('that the budget was balanced');
  });

  it('keeps a comma inside a content when the cue is in the main clause', () => {
    const s = find(statementsIn('Maria Kaine said that the budget was balanced, the debt was falling and taxes would stay low.', kaine), {
      cue: 'said',
    });
    expect(s?.content.text).toBe('that the budget was balanced, the debt was falling and taxes would stay low');
  });

  it('runs a short quoted phrase on into the rest of its clause', () => {
    const s = find(statementsIn('Maria Kaine said “budget reforms” and a new fuel levy would pay for the bridge.', kaine), { cue: 'said' });
    expect(s?.content.text).toBe('“budget reforms” and a new fuel levy would pay for the bridge');
  });

  it('keeps a quoted sentence on its own before an adverb or a second verb', () => {
    const s = find(statementsIn('Maria Kaine called the raids “reckless” and urged calm.', kaine), { cue: 'called' });
    expect(s?.content.text).not.toContain('urged');
    const t = find(statementsIn('Maria Kaine said, “The bridge will open.” and left the room.', kaine), { cue: 'said' });
    expect(t?.content.text).toBe('“The bridge will open.”');
  });

  it('finds the subject before a time phrase between it and the cue', () => {
    const one = find(statementsIn('Maria Kaine on Tuesday said that the bridge would open in May.', kaine), { cue: 'said' });
    expect(one?.speakerMention?.text).toBe('Maria Kaine');
    const two = find(statementsIn('Maria Kaine just last week announced that the bridge would open in May.', kaine), { cue: 'announced' });
    expect(two?.speakerMention?.text).toBe('Maria Kaine');
  });

  it('keeps a month that ends a name as part of the name', () => {
    const s = find(
      statementsIn('Prime Minister Theresa May said the talks would resume.', [{ text: 'Theresa May', key: 'Person:Theresa May' }]),
      { cue: 'said' },
    );
    expect(s?.speakerMention?.text).toBe('Theresa May');
  });
});

describe('near misses: attitudes named after a light verb, and the subject a coordinated cue shares', () => {
  it('leaves the attitude after "expressed" to the cue: what it is about is the content', () => {
    const s = find(statementsIn('Maria Kaine has expressed deep concern about the new water rules.', [KAINE]), { cue: 'has expressed' });
    expect(s?.content.text).toBe('the new water rules');
  });

  it('keeps a plain object of "expressed" whole', () => {
    const s = find(statementsIn('Maria Kaine expressed her support for the new water rules.', [KAINE]), { cue: 'expressed' });
    expect(s?.content.text).toBe('her support for the new water rules');
  });

  it('gives a cue after ", but" the subject of the attribution before, not of the clause it reported', () => {
    const text = 'The farmers said they want a fair price for water, but pledged to keep the protest peaceful.';
    const s = find(statementsIn(text), { cue: 'pledged' });
    expect(s?.speakerMention?.text).toBe('The farmers');
  });

  it('gives a closing participle the subject of the sentence, not of the clause reported before it', () => {
    const text = 'Maria Kaine said she believes the port will close, arguing that trade has moved south.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'arguing' });
    expect(s?.speakerMention?.text).toBe('Maria Kaine');
  });

  it('gives a participle after a reporting verb and its object the subject of the sentence', () => {
    const text = 'Maria Kaine defended her morning posts, saying they showed she would be ready for a crisis.';
    const s = find(statementsIn(text, [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }]), { cue: 'saying' });
    expect(s?.speakerMention?.text).toBe('Maria Kaine');
  });
});

describe('near misses: a that-clause whose verb comes after a comma', () => {
  it('keeps the subject and verb after an opening adjunct in the reported clause', () => {
    const text = 'Maria Kaine noted that at one of her first council meetings, in 2009, she backed a plan to close the port.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'noted' });
    expect(s?.content.text).toBe('that at one of her first council meetings, in 2009, she backed a plan to close the port');
  });

  it('still ends a reported clause where a later attribution begins', () => {
    const text = 'Maria Kaine said that the port would close within a year, and her deputy argued that it could stay open.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'said' });
    expect(s?.content.text).toBe('that the port would close within a year');
  });
});

describe('near misses: an adjunct between the cue and a clause without "that"', () => {
  it('starts the content at the clause after the adjunct, not at a later "if"', () => {
    const s = find(statementsIn('Maria Kaine said after the meeting she would not accept the offer if it were made.', [KAINE]), {
      cue: 'said',
    });
    expect(s?.content.text).toBe('she would not accept the offer if it were made');
  });

  it('leaves a weekday out of the content', () => {
    const s = find(statementsIn('Maria Kaine said on Tuesday she would not accept the offer.', [KAINE]), { cue: 'said' });
    expect(s?.content.text).toBe('she would not accept the offer');
  });
});
