import { describe, expect, it } from 'vitest';
import { find, keptByDefault, statementsIn } from './helpers.js';

const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const ORTEGA = { text: 'Luis Ortega', key: 'Person:Luis Ortega' };

describe('who the source is', () => {
  it('reads "people familiar with …" as the people, not what they know', () => {
    const s = find(statementsIn('People familiar with the negotiations said the deal was close.'), { cue: 'said' });
    expect(s?.speaker).toBe('Unnamed:people');
    expect(s?.content.text).toBe('the deal was close');
  });

  it('reads "those close to him say" as one source', () => {
    const s = find(statementsIn('Those close to him say the minister will resign in spring.'), { cue: 'say' });
    expect(s?.speakerMention?.text).toBe('Those close to him');
    expect(s?.speaker).toBe('Unnamed:close to him');
    expect(s?.content.text).toBe('the minister will resign in spring');
  });

  it('takes "many of whom say" as a part of the group before it', () => {
    const text = 'The farmers, many of whom say the subsidy came too late, marched on Tuesday.';
    const s = find(statementsIn(text), { cue: 'say' });
    expect(s?.content.text).toBe('the subsidy came too late');
    expect(s?.speakerMention?.text).toBe('many of whom');
  });

  it('finds the subject behind a dashed appositive', () => {
    const text = 'Luis Ortega -- the author of a book on the treaty -- said the talks would fail.';
    const s = find(statementsIn(text, [ORTEGA]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Luis Ortega');
    expect(s?.content.text).toBe('the talks would fail');
  });

  it('skips a parenthetical between the subject and the verb', () => {
    const text = 'Maria Kaine, in particular, has sharply criticized the tariffs.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'has sharply criticized' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('the tariffs');
  });

  it('finds the subject after "On Thursday, however,"', () => {
    const text = 'On Thursday, however, Maria Kaine spoke to the farmers, promising to lift the levy.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'promising' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('to lift the levy');
  });

  it('reads a source opened by a lower-case modifier after a quotation', () => {
    const text = '"The bridge is safe," retired engineer Luis Ortega said.';
    const s = find(statementsIn(text, [ORTEGA]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Luis Ortega');
    expect(s?.content.text).toBe('"The bridge is safe,"');
  });

  it('reads a plural subject before a base form as the speaker: "Critics slam …"', () => {
    const s = find(statementsIn('Critics slam the budget as a giveaway to landlords.'), { cue: 'slam' });
    expect(s?.speakerMention?.text).toBe('Critics');
    expect(s?.content.text).toBe('the budget as a giveaway to landlords');
  });

  it('gives the relative "that" of "a letter that says" the letter as source', () => {
    const s = find(statementsIn('She released a letter that says the mine is safe.'), { cue: 'says' });
    expect(s?.speaker).toBe('Unnamed:letter');
    expect(s?.content.text).toBe('the mine is safe');
  });

  it('reads a long evidence subject that opens the sentence', () => {
    const text = 'The average of polls taken over the past month shows the mayor trailing by four points.';
    const s = find(statementsIn(text), { cue: 'shows' });
    expect(s?.content.text).toBe('the mayor trailing by four points');
  });

  it('reads a long evidence subject after the content: "…, an analysis of newly filed reports shows."', () => {
    const text = 'Donations doubled in August, an analysis of newly filed reports shows.';
    const s = find(statementsIn(text), { cue: 'shows' });
    expect(s?.content.text).toBe('Donations doubled in August');
    expect(s?.speaker).toBe('Unnamed:analysis');
  });

  it('does not take a plural noun before a verb for a cue: "reports shows"', () => {
    const statements = statementsIn('Revenue fell, an analysis of company reports shows.');
    expect(find(statements, { cue: 'reports' })).toBeUndefined();
  });
});

describe('where the content starts and stops', () => {
  it('leaves an agency dateline out of the content and the source', () => {
    const text = 'GENEVA - The ceasefire is holding, aid workers said on Monday.';
    const s = find(statementsIn(text), { cue: 'said' });
    expect(s?.content.text).toBe('The ceasefire is holding');
  });

  it('ends a noun-phrase object before an adjunct of the speech act', () => {
    const text = 'Maria Kaine criticized the tariffs during a visit to the port.';
    expect(find(statementsIn(text, [KAINE]), { cue: 'criticized' })?.content.text).toBe('the tariffs');
  });

  it('ends a noun-phrase object before the channel: "in a statement"', () => {
    const text = 'Maria Kaine attacked the ruling in a statement on her website.';
    expect(find(statementsIn(text, [KAINE]), { cue: 'attacked' })?.content.text).toBe('the ruling');
  });

  it('ends an object before a relative clause about it', () => {
    const text = 'Maria Kaine endorses Luis Ortega, who says he is honored.';
    const statements = statementsIn(text, [KAINE, ORTEGA]);
    expect(find(statements, { cue: 'endorses' })?.content.text).toBe('Luis Ortega');
    expect(find(statements, { cue: 'says' })?.content.text).toBe('he is honored');
  });

  it('ends a content where "and" opens a second verb of saying', () => {
    const text = 'Maria Kaine said the test was a provocation and warned the neighbours to stay calm.';
    const statements = statementsIn(text, [KAINE]);
    expect(find(statements, { cue: 'said' })?.content.text).toBe('the test was a provocation');
    expect(find(statements, { cue: 'warned' })?.content.text).toBe('the neighbours to stay calm');
  });

  it("ends a content at a lone dash that opens the writer's aside", () => {
    const text = 'Maria Kaine promised to open the archive ― hardly what her critics wanted.';
    expect(find(statementsIn(text, [KAINE]), { cue: 'promised' })?.content.text).toBe('to open the archive');
  });

  it('does not run "according to X," on into an appositive after the source', () => {
    const text = 'Rents rose 9 percent, according to the housing agency, twice the rise in wages.';
    expect(find(statementsIn(text), { cue: 'according to' })?.content.text).toBe('Rents rose 9 percent');
  });

  it('runs "according to X," on when the clause goes on with its verb', () => {
    const text = 'The plan, according to officials, would cut rents.';
    expect(find(statementsIn(text), { cue: 'according to' })?.content.text).toBe('The plan, according to officials, would cut rents');
  });
});

describe('cues in more shapes', () => {
  it('reads ", adding that …" after a closing quotation', () => {
    const text = 'Maria Kaine said: "The harvest was good," adding that prices had fallen.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'adding' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('that prices had fallen');
  });

  it('reads a participle that opens the sentence with the subject after its comma', () => {
    const text = 'Claiming the count was rigged, Maria Kaine asked for a recount.';
    const s = find(statementsIn(text, [KAINE]), { cue: 'Claiming' });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.content.text).toBe('the count was rigged');
  });

  it('allows a day between a verb and its particle: "called Friday for"', () => {
    const text = 'Maria Kaine called Friday for an inquiry into the fire.';
    const s = find(statementsIn(text, [KAINE]), { content: 'an inquiry' });
    expect(s?.cueLemma).toBe('call for');
    expect(s?.type).toBe('demand');
  });

  it('reads a contracted negative progressive as a report not made: "isn\'t saying if"', () => {
    const denied = statementsIn("Maria Kaine isn't saying if the plant will close.", [KAINE]);
    expect(denied.map((s) => s.evidence.negated)).toEqual([true]);
    expect(keptByDefault(denied[0]!)).toBe(false);
    expect(find(statementsIn('Maria Kaine is saying the plant will close.', [KAINE]), { cue: 'is saying' })?.content.text).toBe(
      'the plant will close',
    );
  });

  it('takes a noun-phrase object of "mention" only after a named speaker', () => {
    expect(find(statementsIn('Maria Kaine mentioned the treaty twice.', [KAINE]), { cue: 'mentioned' })?.content.text).toBe(
      'the treaty twice',
    );
    expect(find(statementsIn('The report mentioned the treaty twice.'), { cue: 'mentioned' })).toBeUndefined();
  });

  it.each([
    ['Maria Kaine attacked the plan as reckless.', 'attacked', 'criticism'],
    ['Maria Kaine went after the governor over the budget.', 'went after', 'criticism'],
    ['Maria Kaine bemoaned the lack of housing.', 'bemoaned', 'complaint'],
    ['Maria Kaine sees the election as a referendum.', 'sees', 'belief'],
    ['Maria Kaine made the case for a new bridge.', 'made the case', 'assertion'],
  ])('reads "%s" as a statement', (text, cue, type) => {
    const s = find(statementsIn(text, [KAINE]), { cue });
    expect(s?.speaker).toBe('Person:Maria Kaine');
    expect(s?.type).toBe(type);
  });
});
