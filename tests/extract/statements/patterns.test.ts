import { describe, expect, it } from 'vitest';
import { isUnnamedSpeaker } from '../../../src/extract/statements/index.js';
import { find, statementsIn } from './helpers.js';

const LAVROV = { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' };
const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };

describe('attribution patterns', () => {
  it('reads "X said that Y" with the speaker before the cue and "that" in the content', () => {
    const text = 'Sergey Lavrov said that the talks had failed.';
    const s = find(statementsIn(text, [LAVROV]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.speakerMention?.text).toBe('Sergey Lavrov');
    expect(s?.content.text).toBe('that the talks had failed');
    expect(s?.mode).toBe('indirect');
    expect(s?.span.text).toBe('Sergey Lavrov said that the talks had failed');
  });

  it('reads "Y, X said." with the content before the speaker and the cue', () => {
    const text = 'The border will stay closed until spring, Maria Kaine said on Tuesday.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('The border will stay closed until spring');
  });

  it('reads "Y, said X." with the speaker after the cue', () => {
    const text = '“We will not sign this treaty,” said Sergey Lavrov.';
    const s = find(statementsIn(text, [LAVROV]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.content.text).toBe('“We will not sign this treaty,”');
    expect(s?.mode).toBe('direct');
  });

  it('reads "according to X, Y" and "Y, according to X"', () => {
    const text = 'According to the ministry, two ships left the port. Fuel prices rose by a third, according to Maria Kaine.';
    const statements = statementsIn(text, [
      KAINE,
      { text: 'the ministry', key: 'Organization:Ministry of Transport', kind: 'description' },
    ]);
    const first = find(statements, { content: 'two ships' });
    expect(first?.speaker).toBe('Organization:Ministry of Transport');
    expect(first?.cue?.text).toBe('According to');
    expect(first?.content.text).toBe('two ships left the port');
    const second = find(statements, { content: 'Fuel prices' });
    expect(second?.speaker).toBe('Person:Maria Kaine');
    expect(second?.cueLemma).toBe('according to');
    expect(second?.content.text).toBe('Fuel prices rose by a third');
  });

  it('reads a colon quote "X: “…”" as a direct statement of X', () => {
    const text = 'Maria Kaine: “The army is ready.”';
    const s = statementsIn(text, [KAINE])[0];
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.cue?.text).toBe(':');
    expect(s?.content.text).toBe('“The army is ready.”');
    expect(s?.mode).toBe('direct');
  });

  it('continues a quotation after "…,” he said." into the next quoted sentence', () => {
    const text = '“We are ready to talk,” said Sergey Lavrov. “But we will not wait forever.”\nThe meeting ended early.';
    const statements = statementsIn(text, [LAVROV]);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.content.text).toBe('“We are ready to talk,” said Sergey Lavrov. “But we will not wait forever.”');
    expect(statements[0]?.mode).toBe('direct');
  });

  it('keeps a quotation spanning several sentences in one statement', () => {
    const text = 'Maria Kaine said: “The plan is dead. Nobody wants it. We start again tomorrow.”';
    const statements = statementsIn(text, [KAINE]);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.content.text).toBe('“The plan is dead. Nobody wants it. We start again tomorrow.”');
  });

  it('gives a pronoun speaker the actor its mention refers to', () => {
    const text = 'Sergey Lavrov arrived late. He told reporters that the deal was off.';
    const s = find(statementsIn(text, [LAVROV, { text: 'He', key: 'Person:Sergey Lavrov', kind: 'pronoun' }]), { cue: 'told' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.speakerMention?.text).toBe('He');
    expect(s?.content.text).toBe('that the deal was off');
  });

  it('finds the speaker before an appositive: "X, the foreign minister, said"', () => {
    const text = 'Sergey Lavrov, the foreign minister, said the sanctions would not work.';
    const s = find(statementsIn(text, [LAVROV]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.content.text).toBe('the sanctions would not work');
  });

  it('reads the content of an infinitival cue: "X urged Y to …"', () => {
    const text = 'Maria Kaine urged the government to release the prisoners.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'urged' });
    expect(s?.type).toBe('demand');
    expect(s?.content.text).toBe('the government to release the prisoners');
  });

  it('reads a passive attribution: "it was announced by X that …"', () => {
    const text = 'It was announced by the ministry that the border would reopen.';
    const s = statementsIn(text, [{ text: 'the ministry', key: 'Organization:Ministry of Interior', kind: 'description' }])[0];
    expect(s?.speaker).toBe('Organization:Ministry of Interior');
    expect(s?.content.text).toBe('that the border would reopen');
  });

  it('gives an unnamed source a synthetic speaker', () => {
    const text = 'The convoy was stopped at the border, officials said.';
    const s = statementsIn(text)[0];
    expect(s?.speaker).toBe('Unnamed:officials');
    expect(isUnnamedSpeaker(s!.speaker)).toBe(true);
    expect(s?.speakerMention?.text).toBe('officials');
  });

  it('gives a spokesman the statement, known by the body he speaks for, not that body', () => {
    const text = 'A spokesman for the ministry said the report was false.';
    const s = statementsIn(text, [{ text: 'the ministry', key: 'Organization:Ministry of Defence', kind: 'description' }])[0];
    expect(s?.speaker).toBe('Unnamed:spokesman for the ministry');
    expect(s?.speakerMention?.text).toBe('A spokesman for the ministry');
  });

  it('lists the actors the content is about, without the speaker', () => {
    const text = 'Sergey Lavrov said that Maria Kaine had misled Sergey Lavrov.';
    const s = statementsIn(text, [LAVROV, KAINE])[0];
    expect(s?.about).toEqual(['Person:Maria Kaine']);
  });

  it('does not report a nested attribution inside another statement', () => {
    const text = 'Sergey Lavrov said that Maria Kaine had warned of a new war.';
    const statements = statementsIn(text, [LAVROV, KAINE]);
    expect(statements.map((s) => s.cue?.text)).toEqual(['said']);
  });

  it('ends reported content where a second attribution in the sentence starts', () => {
    const text = 'Maria Kaine said the vote was fair, though she acknowledged it was close.';
    const statements = statementsIn(text, [KAINE, { text: 'she', key: 'Person:Maria Kaine', kind: 'pronoun' }]);
    expect(find(statements, { cue: 'said' })?.content.text).toBe('the vote was fair');
    expect(find(statements, { cue: 'acknowledged' })?.content.text).toBe('it was close');
  });

  it('does not take a noun for a cue: "the report", "the states"', () => {
    const text = 'The report lists the states that joined the pact.';
    expect(statementsIn(text)).toEqual([]);
  });
});

describe('statement types', () => {
  const typeOf = (text: string, cue: string): string | undefined => find(statementsIn(text, [LAVROV]), { cue })?.type;

  it('types "warned" as a warning', () => {
    expect(typeOf('Sergey Lavrov warned that the pipeline could be closed.', 'warned')).toBe('warning');
  });

  it('types "threatened" as a threat', () => {
    expect(typeOf('Sergey Lavrov threatened to close the pipeline.', 'threatened')).toBe('threat');
  });

  it('types "regretted" as a regret', () => {
    expect(typeOf('Sergey Lavrov regretted that no agreement was reached.', 'regretted')).toBe('regret');
  });

  it('types "denied" as a denial', () => {
    expect(typeOf('Sergey Lavrov denied that troops had crossed the border.', 'denied')).toBe('denial');
  });

  it('types "has criticized" as a criticism with the auxiliary in the cue', () => {
    const s = find(statementsIn('Sergey Lavrov has criticized the decision to expand the base.', [LAVROV]), { cue: 'has criticized' });
    expect(s?.type).toBe('criticism');
    expect(s?.cueLemma).toBe('criticize');
  });

  it('types a quoted question as a question', () => {
    expect(typeOf('“Who will pay for this?” asked Sergey Lavrov.', 'asked')).toBe('question');
  });

  it('types "is concerned that" as a belief', () => {
    expect(typeOf('Sergey Lavrov is concerned that the shield targets Russia.', 'is concerned')).toBe('belief');
  });
});
