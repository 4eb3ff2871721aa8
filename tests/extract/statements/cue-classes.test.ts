import { describe, expect, it } from 'vitest';
import { find, keptByDefault, statementsIn } from './helpers.js';

/**
 * Rarer reporting cues, taken as classes (verbs of saying by manner, of supposing, of denying and
 * belittling, feelings before "that", nouns of speech after a support verb or with their source after
 * "by"/"from"), and the readings of the same words that report nothing.
 */

const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };
const LAVROV = { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' };
const MINISTRY = { text: 'Finance Ministry', key: 'Organization:Finance Ministry' };

describe('verbs of saying by manner', () => {
  it('reads a manner verb after a quotation as its cue: "“Not a chance,” she snapped."', () => {
    const s = find(statementsIn('“Not a chance,” snapped Maria Kaine.', [KAINE]), { cue: 'snapped' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: '“Not a chance,”' } });
    const back = find(statementsIn('“We will win in court,” Maria Kaine shot back.', [KAINE]), { cue: 'shot back' });
    expect(back?.speaker).toBe('Person:Maria Kaine');
    const cried = find(statementsIn('“Open the harbour,” the fishermen cried out.'), { cue: 'cried out' });
    expect(cried?.content.text).toBe('“Open the harbour,”');
  });

  it('reads a that-clause after "shouted" or "weighed in" as what was said', () => {
    const s = find(statementsIn('Maria Kaine shouted that the audit had been fair.', [KAINE]), { cue: 'shouted' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'that the audit had been fair' } });
    const w = find(statementsIn('Maria Kaine weighed in on Friday about whether the audit was fair.', [KAINE]), { cue: 'weighed in' });
    expect(w?.content.text).toBe('whether the audit was fair');
  });

  it('makes no statement of the same verbs with an object or nothing after them', () => {
    expect(statementsIn('The soldiers fired back at the gunmen.')).toEqual([]);
    expect(statementsIn('The army hit back at the rebels with artillery.')).toEqual([]);
    expect(statementsIn('The soldiers fired back that night at the gunmen.')).toEqual([]);
    expect(statementsIn('Maria Kaine weighed in on the dispute over the harbour.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine laughed and left the room.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine sang the anthem before the match.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine was sworn in on Monday.', [KAINE])).toEqual([]);
  });
});

describe('verbs of asserting and supposing', () => {
  it('reads "opined", "surmised", "reasoned" and "bet" with a clause as statements of the subject', () => {
    for (const [sentence, cue, type] of [
      ['Maria Kaine opined that the harbour should stay open.', 'opined', 'assertion'],
      ['Maria Kaine surmised that the harbour would stay open.', 'surmised', 'belief'],
      ['Maria Kaine reasoned that the harbour would stay open.', 'reasoned', 'assertion'],
      ['Maria Kaine bet that the harbour would stay open.', 'bet', 'prediction'],
      ['Maria Kaine reassured the fishermen that the harbour would stay open.', 'reassured', 'promise'],
    ] as const) {
      const s = find(statementsIn(sentence, [KAINE]), { cue });
      expect(s, sentence).toMatchObject({ speaker: 'Person:Maria Kaine', type });
      expect(s?.content.text, sentence).toMatch(/harbour would stay open|harbour should stay open/);
    }
  });

  it('makes no statement of the nouns these verbs look like', () => {
    expect(statementsIn('There are two reasons that the harbour closed.')).toEqual([]);
    expect(statementsIn('Here are the reasons that the harbour closed.')).toEqual([]);
    expect(statementsIn('It makes sense that the harbour closed early.')).toEqual([]);
    expect(statementsIn('Investment trusts that hold bonds fell sharply.')).toEqual([]);
    expect(statementsIn('Maria Kaine is supposed to arrive on Monday.', [KAINE])).toEqual([]);
  });
});

describe('verbs of denying, belittling and judging', () => {
  it('reads "downplayed", "railed against" and "took issue with" as cues of their subject', () => {
    const text = 'Maria Kaine downplayed the idea that the new harbour tax would drive the fishermen away.';
    expect(find(statementsIn(text, [KAINE]), { cue: 'downplayed' })).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'denial' });
    const scoff = 'Maria Kaine scoffed at the notion that the new harbour tax would drive the fishermen away.';
    // (What she scoffed at is not her claim.)
    expect(find(statementsIn(scoff, [KAINE]), { cue: 'scoffed at' })?.content.text).toMatch(/^the notion that/);
    const rail = 'Maria Kaine railed against the new harbour tax that the council passed in the spring.';
    expect(find(statementsIn(rail, [KAINE]), { cue: 'railed against' })?.type).toBe('criticism');
  });
});

describe('feelings before a that-clause', () => {
  it('reads "was delighted that" and "were unanimous that" as attitudes of the subject', () => {
    const s = find(statementsIn('Maria Kaine was delighted that the harbour reopened.', [KAINE]), { cue: 'was delighted' });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'that the harbour reopened' } });
  });

  it('makes no participle statement of a title-case headline, whose subject cannot be told from its verb', () => {
    const headline = 'Railing Against Fees, Maria Kaine Vows To Cut Harbour Taxes For Fishermen';
    expect(statementsIn(headline, [KAINE]).filter((s) => s.cue?.text === 'Railing Against')).toEqual([]);
  });

  it('reads a stance adjective after a linking verb as after "be": "remains convinced that", "came away convinced that"', () => {
    for (const [sentence, cue] of [
      ['Maria Kaine remains convinced that the harbour will close.', 'remains convinced'],
      ['Maria Kaine came away convinced that the harbour will close.', 'came away convinced'],
      ['Maria Kaine grew worried that the harbour will close.', 'grew worried'],
      ['Maria Kaine seemed confident that the harbour will close.', 'seemed confident'],
    ] as const) {
      const s = find(statementsIn(sentence, [KAINE]), { cue });
      expect(s, sentence).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'that the harbour will close' } });
    }
  });

  it('makes no statement of a likelihood: "is sure to close", "it seems certain that"', () => {
    expect(statementsIn('The harbour is sure to close in May.')).toEqual([]);
    expect(statementsIn('The harbour seems certain to close in May.')).toEqual([]);
    expect(statementsIn('It seems certain that the harbour will close.')).toEqual([]);
    expect(statementsIn('It is certain that the harbour will close.')).toEqual([]);
    expect(find(statementsIn('Maria Kaine is certain that the harbour will close.', [KAINE]), { cue: 'is certain' })?.speaker).toBe(
      'Person:Maria Kaine',
    );
  });

  it('makes no statement of a that-clause of result or of a feeling without a clause', () => {
    expect(statementsIn('Maria Kaine was so excited that she cried.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine was delighted to see the harbour reopen.', [KAINE])).toEqual([]);
  });
});

describe('nouns of speech', () => {
  it('gives a noun of speech after a support verb to the verb’s subject: "issued a warning that …"', () => {
    const s = find(statementsIn('Maria Kaine issued a warning that the harbour would flood.', [KAINE]), {
      content: 'that the harbour would flood',
    });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'warning', cue: { text: 'issued a warning' } });
    const gave = find(statementsIn('Sergey Lavrov gave assurances that the gas would keep flowing.', [LAVROV]), {
      content: 'that the gas would keep flowing',
    });
    expect(gave).toMatchObject({ speaker: 'Person:Sergey Lavrov', type: 'promise' });
  });

  it('gives a noun of speech to the source named after "by" or "from"', () => {
    const text = 'The warning from the Finance Ministry that the harbour would flood went unheeded.';
    const s = find(statementsIn(text, [MINISTRY]), { content: 'that the harbour would flood' });
    expect(s).toMatchObject({ speaker: 'Organization:Finance Ministry', type: 'warning' });
  });

  it('reads "her view is that …" as her statement', () => {
    const s = find(statementsIn('Maria Kaine’s view is that the harbour must stay public.', [KAINE]), {
      content: 'that the harbour must stay public',
    });
    expect(s?.speaker).toBe('Person:Maria Kaine');
  });

  it('reads a plea or a call for someone to act as a demand: "issued a plea for people to stay away"', () => {
    const s = find(statementsIn('Maria Kaine issued a plea for fishermen to stay away from the harbour.', [KAINE]), {
      content: 'for fishermen to stay away from the harbour',
    });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'demand' });
  });

  it('reads a colon after a noun of speech as opening what was said: "offered two theories: …"', () => {
    const s = find(statementsIn('Maria Kaine offered two theories: the harbour was too small, or the fees were too high.', [KAINE]), {
      content: 'the harbour was too small, or the fees were too high',
    });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', type: 'belief' });
  });

  it('makes no statement of a bid or a call for a thing: "made an offer for the company"', () => {
    expect(statementsIn('Maria Kaine made an offer for the company in May.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine made a call for calm after the flood.', [KAINE])).toEqual([]);
  });

  it('makes no statement of a denied support verb, of orders, or of a relative "that"', () => {
    expect(statementsIn('Maria Kaine did not issue a warning that the harbour would flood.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine issued orders to troops to leave the harbour.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine’s claim that was filed in March was rejected.', [KAINE])).toEqual([]);
    expect(statementsIn('The view is that the harbour must stay public.')).toEqual([]);
  });
});

describe('frames that name the source', () => {
  it('reads "per X" set off from the clause like "according to X"', () => {
    const s = find(statementsIn('The harbour will close in May, per the Finance Ministry.', [MINISTRY]), { cue: 'per' });
    expect(s).toMatchObject({ speaker: 'Organization:Finance Ministry', content: { text: 'The harbour will close in May' } });
    const opening = find(statementsIn('Per Maria Kaine, the harbour will close in May.', [KAINE]), { cue: 'Per' });
    expect(opening).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'the harbour will close in May' } });
  });

  it('makes no statement of "per" in rates and measures', () => {
    expect(statementsIn('Prices rose 5 per cent in May.')).toEqual([]);
    expect(statementsIn('Fishermen earn 200 euros per day, per boat.')).toEqual([]);
    expect(statementsIn('Costs per the agreement rose in May.')).toEqual([]);
  });

  it('gives "X was quoted as saying …" to X', () => {
    const s = find(statementsIn('Maria Kaine was quoted as saying that the harbour would close.', [KAINE]), {
      content: 'that the harbour would close',
    });
    expect(s).toMatchObject({ speaker: 'Person:Maria Kaine', cue: { text: 'was quoted as saying' } });
  });

  it('gives "made the point that …" to the subject', () => {
    const s = find(statementsIn('Maria Kaine made the point that the harbour would close.', [KAINE]), {
      content: 'that the harbour would close',
    });
    expect(s?.speaker).toBe('Person:Maria Kaine');
  });
});

describe('verbs of liking and loathing', () => {
  it('reads "despises", "loves", "believes in" and "cares about" as the stance of their subject', () => {
    for (const [sentence, cue, content] of [
      ['Maria Kaine despises the harbour tax and everyone who voted for it.', 'despises', 'the harbour tax and everyone who voted for it'],
      ['Maria Kaine loves the old harbour and its fishing boats.', 'loves', 'the old harbour and its fishing boats'],
      ['Maria Kaine believes in the good sense of the voters.', 'believes in', 'the good sense of the voters'],
      ['Maria Kaine cares about the fishermen and their families.', 'cares about', 'the fishermen and their families'],
    ] as const) {
      const s = find(statementsIn(sentence, [KAINE]), { cue });
      expect(s, sentence).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: content } });
    }
  });

  it('makes no statement of the nouns "love", "respect", "trust" or "hate"', () => {
    expect(statementsIn('The love of money is the root of evil.')).toEqual([]);
    expect(statementsIn('Maria Kaine has the respect of the fishermen.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine earned the trust of the harbour workers.', [KAINE])).toEqual([]);
    expect(statementsIn('In the trust fund, money is held for the children.')).toEqual([]);
    expect(statementsIn('Hate speech is banned in the harbour.')).toEqual([]);
    expect(statementsIn('The respect that she earned in the harbour was real.')).toEqual([]);
    expect(statementsIn('The love that the fishermen showed was moving.')).toEqual([]);
    expect(statementsIn('The city normalizes hate as a way to keep power.')).toEqual([]);
  });
});

describe('verbs of persuading and of presenting something as something', () => {
  it('reads "convinced X that", "persuaded X to" and "presented itself as" as statements of the subject', () => {
    const PORT = { text: 'Port Authority', key: 'Organization:Port Authority' };
    const c = find(statementsIn('Maria Kaine convinced the council that the harbour should close.', [KAINE]), { cue: 'convinced' });
    expect(c).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'that the harbour should close' } });
    const p = find(statementsIn('Maria Kaine persuaded the council to close the harbour.', [KAINE]), { cue: 'persuaded' });
    expect(p?.content.text).toMatch(/to close the harbour$/);
    const presented = 'The Port Authority has presented itself as a friend of the fishermen.';
    expect(find(statementsIn(presented, [PORT]), { cue: 'has presented' })).toMatchObject({
      speaker: 'Organization:Port Authority',
      content: { text: 'itself as a friend of the fishermen' },
    });
    const framed = find(statementsIn('Maria Kaine framed the vote as a referendum on the harbour tax.', [KAINE]), { cue: 'framed' });
    expect(framed?.content.text).toBe('the vote as a referendum on the harbour tax');
  });

  it('makes no statement of presenting or framing a thing, or of convincing without content', () => {
    expect(statementsIn('Maria Kaine presented the award to the fishermen.', [KAINE])).toEqual([]);
    expect(statementsIn('The photo was framed and hung in the harbour office.')).toEqual([]);
    expect(statementsIn('Maria Kaine framed the photo of the harbour.', [KAINE])).toEqual([]);
    expect(statementsIn('Maria Kaine convinced him.', [KAINE])).toEqual([]);
    expect(statementsIn('The evidence convinced the jury.')).toEqual([]);
    expect(statementsIn('The present owners of the harbour are French.')).toEqual([]);
  });
});

describe('a cue after "tried to", "continues to", "went on to"', () => {
  it('reads the cue with its subject across the verb before "to"', () => {
    const PORT = { text: 'Port Authority', key: 'Organization:Port Authority' };
    for (const [sentence, cue] of [
      ['The Port Authority tries to convince people that the harbour is safe.', 'tries to convince'],
      ['The Port Authority continues to insist that the harbour is safe.', 'continues to insist'],
      ['The Port Authority went on to say that the harbour is safe.', 'went on to say'],
      ['The Port Authority has repeatedly tried to argue that the harbour is safe.', 'has repeatedly tried to argue'],
    ] as const) {
      const s = find(statementsIn(sentence, [PORT]), { cue });
      expect(s, sentence).toMatchObject({ speaker: 'Organization:Port Authority', content: { text: 'that the harbour is safe' } });
    }
    // (After "and" the subject is found across the coordination.)
    const and = find(statementsIn('Maria Kaine met the mayor and seemed to think the harbour was safe.', [KAINE]), { cue: 'think' });
    expect(and).toMatchObject({ speaker: 'Person:Maria Kaine', content: { text: 'the harbour was safe' } });
  });

  it('makes no statement of trying to do something other than speak, and keeps a refusal to say out by default', () => {
    expect(statementsIn('The boat tried to reach the harbour before the storm.')).toEqual([]);
    expect(statementsIn('Maria Kaine continued to work at the harbour.', [KAINE])).toEqual([]);
    const refused = statementsIn('Maria Kaine refused to say whether the harbour was safe.', [KAINE]);
    expect(refused.every((s) => s.evidence.negated && !keptByDefault(s))).toBe(true);
  });
});
