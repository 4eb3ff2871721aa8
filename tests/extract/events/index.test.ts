import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord, EventType, TimeExpression } from '../../../src/core/types.js';
import { extractEvents } from '../../../src/extract/events/index.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { SAMPLE_ACTORS, handMentions, sentencesOf, type HandActor } from './helpers.js';

const ACTORS: HandActor[] = [
  { key: 'Country:France', type: 'Country', pattern: /\bFrance\b/ },
  { key: 'Country:Germany', type: 'Country', pattern: /\bGermany\b/ },
  { key: 'Country:Turkey', type: 'Country', pattern: /\bTurkey\b/ },
  { key: 'Country:Greece', type: 'Country', pattern: /\bGreece\b/ },
  { key: 'Country:Brazil', type: 'Country', pattern: /\bBrazil\b/ },
  { key: 'Country:Poland', type: 'Country', pattern: /\bPoland\b/ },
  { key: 'Country:Canada', type: 'Country', pattern: /\bCanada\b/ },
  { key: 'Country:Japan', type: 'Country', pattern: /\bJapan\b/ },
  { key: 'Country:Mali', type: 'Country', pattern: /\bMali\b/ },
  { key: 'Country:Russia', type: 'Country', pattern: /\bRussia\b|\bMoscow\b/ },
  { key: 'Organization:NATO', type: 'Organization', pattern: /\bNATO\b/ },
  { key: 'Organization:United Nations', type: 'Organization', pattern: /\bUnited Nations\b/ },
  { key: 'Organization:Northwind Energy', type: 'Organization', pattern: /\bNorthwind Energy\b|\bNorthwind\b(?! Energy)/ },
  { key: 'Organization:Vela Mining', type: 'Organization', pattern: /\bVela Mining\b/ },
  { key: 'Organization:Aurora Motors', type: 'Organization', pattern: /\bAurora Motors\b/ },
  { key: 'Organization:Senate', type: 'Organization', pattern: /\bSenate\b/ },
  { key: 'Organization:House', type: 'Organization', pattern: /\bHouse\b/ },
  { key: 'Place:Vienna', type: 'Place', pattern: /\bVienna\b/ },
  { key: 'Place:Athens', type: 'Place', pattern: /\bAthens\b/ },
  { key: 'Place:Sochi', type: 'Place', pattern: /\bSochi\b/ },
  { key: 'Place:Kandahar', type: 'Place', pattern: /\bKandahar\b/ },
  { key: 'Place:Kabul', type: 'Place', pattern: /\bKabul\b/ },
  { key: 'Person:Sergey Lavrov', type: 'Person', pattern: /\bLavrov\b/ },
  { key: 'Person:Anna Berg', type: 'Person', pattern: /\bAnna Berg\b|\bBerg\b/ },
  { key: 'Person:Tom Reyes', type: 'Person', pattern: /\bTom Reyes\b|\bReyes\b/ },
];

interface Run {
  events: EventRecord[];
  timexes: TimeExpression[];
}

function run(text: string, referenceDate?: string, table: HandActor[] = ACTORS): Run {
  const sentences = sentencesOf(text);
  const { actors, mentions } = handMentions(text, sentences, table);
  const timexes = extractTimexes(text, sentences, referenceDate);
  return { events: extractEvents({ text, sentences, mentions, actors, timexes, ...(referenceDate ? { referenceDate } : {}) }), timexes };
}

function only(r: Run, type: EventType): EventRecord {
  const found = r.events.filter((e) => e.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const timeOf = (r: Run, e: EventRecord): TimeExpression | undefined => (e.time === undefined ? undefined : r.timexes[e.time]);
const actorsOf = (e: EventRecord): string[] => e.participants.map((p) => p.actor);
const withRole = (e: EventRecord, role: string): string[] => e.participants.filter((p) => p.role === role).map((p) => p.actor);
const mentionTexts = (e: EventRecord): string[] => [e.trigger.text, ...(e.mentions ?? []).map((m) => m.text)];

describe('the issue sentences', () => {
  it('reads a negated agreement as negated', () => {
    const e = only(run('Ministers of France and Germany were not able to reach an agreement on the budget.'), 'agreement');
    expect(e.factuality).toBe('negated');
    expect(only(run('France and Germany failed to reach a deal on fishing quotas.'), 'agreement').factuality).toBe('negated');
  });

  it('reads a conditional as possible', () => {
    const e = only(run('If the talks between NATO and Russia fail, Moscow will respond.'), 'negotiation');
    expect(e.factuality).toBe('possible');
    expect(only(run('Russia may also consider withdrawing its forces.'), 'withdrawal').factuality).toBe('possible');
  });

  it('reads a planned launch as future, with the company as its agent', () => {
    const e = only(run('Aurora Motors plans to launch its first electric truck next spring.'), 'launch');
    expect(e.factuality).toBe('future');
    expect(withRole(e, 'agent')).toEqual(['Organization:Aurora Motors']);
  });

  it('reads a coup with its date and place', () => {
    const r = run('The army seized power in Mali on August 18, 2020.');
    const e = only(r, 'coup');
    expect(e.factuality).toBe('asserted');
    expect(e.place).toBe('Country:Mali');
    expect(timeOf(r, e)?.value).toBe('2020-08-18');
  });

  it('reads an acquisition with both companies, whatever the construction', () => {
    const active = only(run('Northwind Energy bought Vela Mining for $2 billion on May 6, 2024.'), 'acquisition');
    expect(withRole(active, 'agent')).toEqual(['Organization:Northwind Energy']);
    expect(withRole(active, 'patient')).toEqual(['Organization:Vela Mining']);
    const noun = only(run("Northwind Energy's acquisition of Vela Mining was approved."), 'acquisition');
    expect(withRole(noun, 'agent')).toEqual(['Organization:Northwind Energy']);
    expect(withRole(noun, 'patient')).toEqual(['Organization:Vela Mining']);
    const passive = only(run('Vela Mining was acquired by Northwind Energy in May.'), 'acquisition');
    expect(withRole(passive, 'agent')).toEqual(['Organization:Northwind Energy']);
    expect(withRole(passive, 'patient')).toEqual(['Organization:Vela Mining']);
  });

  it('keeps two mentions of one vote as one event', () => {
    const r = run('The Senate voted on the budget on March 3, 2024. The vote was close, and the vote count took hours.');
    const e = only(r, 'vote');
    expect(mentionTexts(e)).toEqual(['voted', 'vote']);
    expect(timeOf(r, e)?.value).toBe('2024-03-03');
  });

  it('keeps two different votes apart', () => {
    const r = run('The Senate voted on the budget on March 3, 2024. The House voted on the tax bill on March 10, 2024.');
    const votes = r.events.filter((e) => e.type === 'vote');
    expect(votes.map((e) => timeOf(r, e)?.value)).toEqual(['2024-03-03', '2024-03-10']);
    expect(votes.map((e) => withRole(e, 'agent'))).toEqual([['Organization:Senate'], ['Organization:House']]);
  });
});

describe('factuality', () => {
  it('reads "will", "is expected to" and a date after publication as future', () => {
    expect(only(run('France and Germany will hold talks in Vienna.'), 'negotiation').factuality).toBe('future');
    expect(only(run('Tom Reyes is expected to resign.'), 'resignation').factuality).toBe('future');
    const r = run('France and Germany hold talks in Vienna on March 9, 2024.', '2024-03-05');
    expect(only(r, 'negotiation').factuality).toBe('future');
  });

  it('keeps the modality of a verb that does not bring the event about off its object', () => {
    expect(only(run('The ban will not undermine the revolution.', undefined), 'protest').factuality).toBe('asserted');
    expect(only(run('Lavrov spoke after the meeting in Sochi.'), 'meeting').factuality).toBe('asserted');
  });

  it('reads a cancelled event as negated and a question as possible', () => {
    expect(only(run('The vote in the Senate was cancelled.'), 'vote').factuality).toBe('negated');
    expect(only(run('Will the Senate vote on the budget?'), 'vote').factuality).toBe('possible');
  });
});

describe('arguments', () => {
  it('reads a meeting with its participants, place and date', () => {
    const r = run('The foreign ministers of France and Germany met in Vienna on March 3, 2014.');
    const e = only(r, 'meeting');
    expect(e.trigger.text).toBe('met');
    expect(actorsOf(e)).toEqual(['Country:France', 'Country:Germany']);
    expect(e.place).toBe('Place:Vienna');
    expect(timeOf(r, e)?.value).toBe('2014-03-03');
  });

  it('reads the participants of "talks between X and Y" as co-participants', () => {
    const e = only(run('The talks between NATO and Russia ended without a deal.'), 'negotiation');
    expect(e.participants).toEqual([
      { actor: 'Organization:NATO', role: 'other' },
      { actor: 'Country:Russia', role: 'other' },
    ]);
  });

  it('reads the victim of a death as its patient', () => {
    expect(only(run('Tom Reyes died in Kabul on Tuesday.', '2024-03-07'), 'death').participants).toEqual([
      { actor: 'Person:Tom Reyes', role: 'patient' },
    ]);
  });

  it('does not place an event at a place that only owns the real one', () => {
    expect(only(run("Gunmen opened fire at Greece's national museum."), 'attack').place).toBeUndefined();
  });

  it('does not place a reaction to an event where the reaction happened', () => {
    expect(only(run('In Vienna, Lavrov condemned the attack.'), 'attack').place).toBeUndefined();
  });

  it('reads a deployment with its agent, destination and year', () => {
    const r = run('NATO deployed four battalions to Poland in 2017.');
    const e = only(r, 'deployment');
    expect(e.participants).toEqual([{ actor: 'Organization:NATO', role: 'agent' }]);
    expect(e.place).toBe('Country:Poland');
    expect(timeOf(r, e)?.value).toBe('2017');
  });

  it('takes an explosion somebody set off for an attack', () => {
    expect(run('NATO blew up the bridge near Kabul.').events.map((e) => e.type)).toEqual(['attack']);
    expect(run('An explosion shook the market in Kabul.').events.map((e) => e.type)).toEqual(['explosion']);
  });
});

describe('dates', () => {
  it('dates an event with a weekday resolved against the reference date', () => {
    const r = run('Turkey and Greece held talks in Athens on Tuesday.', '2015-05-14');
    const e = only(r, 'negotiation');
    expect(actorsOf(e)).toEqual(['Country:Turkey', 'Country:Greece']);
    expect(e.place).toBe('Place:Athens');
    expect(timeOf(r, e)?.value).toBe('2015-05-12');
  });

  it('dates a journey with "mid July" as an interval', () => {
    const r = run('Anna Berg travelled to Canada in mid July.', '2013-08-01');
    const e = only(r, 'travel');
    expect(e.participants).toEqual([{ actor: 'Person:Anna Berg', role: 'agent' }]);
    expect(e.place).toBe('Country:Canada');
    expect(timeOf(r, e)).toMatchObject({ value: '2013-07', begin: '2013-07-11', end: '2013-07-20' });
  });

  it('keeps an unresolvable date as text with its partial value and no interval', () => {
    const r = run('Anna Berg travelled to Canada in mid July.');
    const t = timeOf(r, only(r, 'travel'));
    expect(t?.span.text).toBe('mid July');
    expect(t?.value).toBe('XXXX-07');
    expect(t?.begin).toBeUndefined();
  });

  it('keeps apart two events whose dates share a partial value ("last year" and "next year" are both XXXX)', () => {
    const r = run('Anna Berg held talks in Vienna last year. Anna Berg will hold talks in Vienna next year.');
    expect(r.timexes.map((t) => t.value)).toEqual(['XXXX', 'XXXX']);
    expect(r.events.filter((e) => e.type === 'negotiation')).toHaveLength(2);
  });

  it('does not date an event with a duration', () => {
    const r = run('Anna Berg began a three-day visit to Japan.');
    const e = only(r, 'visit');
    expect(e.time).toBeUndefined();
    expect(e.place).toBe('Country:Japan');
  });

  it('dates the events of a sentence with the time that opens it', () => {
    const r = run('In 1998, NATO blew up the bridge, killing four people.');
    expect(r.events.map((e) => [e.type, timeOf(r, e)?.value])).toEqual([
      ['attack', '1998'],
      ['killing', '1998'],
    ]);
  });

  it('dates an event in a reported clause with the date in that clause', () => {
    const r = run('On Monday, Lavrov said the talks would resume in March.', '2014-01-15');
    expect(timeOf(r, only(r, 'negotiation'))?.span.text).toBe('March');
  });

  it('dates the next step of an episode the sentence has dated', () => {
    const r = run('The murder of a judge in 2019 caused an uproar, and Tom Reyes resigned, replaced by Anna Berg.');
    expect(timeOf(r, only(r, 'resignation'))?.value).toBe('2019');
    const raid = run(
      'Gunmen stormed the bank in Kabul on Friday afternoon, holding staff hostage, before the police raided the building.',
      '2024-05-14',
    );
    expect(raid.events.filter((e) => e.type === 'attack').map((e) => [mentionTexts(e), timeOf(raid, e)?.value])).toEqual([
      [['stormed'], '2024-05-10TAF'],
      [['raided'], '2024-05-10TAF'],
    ]);
  });

  it('does not carry the time of a fronted subordinate clause, of a later step or of a clause a week after over to another event', () => {
    const after = run('After rebels attacked Kandahar in 2003, soldiers killed hundreds of civilians.');
    expect(after.events.map((e) => [e.trigger.text, timeOf(after, e)?.value])).toEqual([
      ['attacked', '2003'],
      ['killed', undefined],
    ]);
    const later = run('Rebels attacked Kandahar in 2003 and later seized the town.');
    expect(only(later, 'military-action').time).toBeUndefined();
    const weekAfter = run('Northwind Energy acquired Vela Mining on June 11, 2024, a week after Aurora Motors bought a rival.');
    expect(weekAfter.events.map((e) => [e.trigger.text, timeOf(weekAfter, e)?.value])).toEqual([
      ['acquired', '2024-06-11'],
      ['bought', undefined],
    ]);
  });

  it('gives a date shared with another event less confidence than one of its own', () => {
    const shared = run('The murder of a judge in 2019 caused an uproar, and Tom Reyes resigned.');
    const own = run('Tom Reyes resigned in 2019 after the murder of a judge caused an uproar.');
    expect(only(shared, 'resignation').evidence.inheritedTime).toBe(true);
    expect(only(shared, 'resignation').confidence).toBeLessThan(only(own, 'resignation').confidence);
  });

  it('dates neither the report nor what it reports with the day of the report', () => {
    const r = run('Officials disclosed on Thursday that NATO had bombed the bridge.', '2024-05-14');
    expect(only(r, 'attack').time).toBeUndefined();
  });

  it('gives a time right after one event to that event, not to a later one in a phrase', () => {
    const r = run('Tom Reyes spoke during testimony Tuesday in a lawsuit against Northwind Energy.', '2024-05-14');
    expect(timeOf(r, only(r, 'trial'))?.value).toBe('2024-05-14');
    expect(only(r, 'lawsuit').time).toBeUndefined();
  });
});

describe('triggers', () => {
  it('takes the head noun, not a modifier, as the trigger', () => {
    expect(only(run('The missile-defense talks stalled again.'), 'negotiation').trigger.text).toBe('talks');
  });

  it('emits no event for a trigger noun modifying another noun', () => {
    expect(run('The attack helicopters landed near the base.').events).toHaveLength(0);
  });

  it('types "acquisition deal" and "takeover offer" by their event noun', () => {
    expect(run('Northwind Energy closed the acquisition deal.').events.map((e) => [e.type, e.trigger.text])).toEqual([
      ['acquisition', 'acquisition deal'],
    ]);
  });

  it('reads no event in a habit, a treaty name, a figure of speech or a participle used as an adjective', () => {
    expect(run('Northwind Energy sells coal to Japan.').events).toHaveLength(0);
    expect(run('Russia may leave the Strategic Arms Reduction Treaty.').events.filter((e) => e.type === 'agreement')).toHaveLength(0);
    expect(run('The minister came under fire for the plan.').events).toHaveLength(0);
    expect(run('The elected officials left.').events).toHaveLength(0);
  });

  it('reads a freeze of assets as a sanction and a casualty taken to hospital as an evacuation', () => {
    const r = run('In 2014, Canada froze the assets of three Russian banks.');
    expect(timeOf(r, only(r, 'sanction'))?.value).toBe('2014');
    expect(run('The city blocked the road.').events).toEqual([]);
    const hospital = run('Anna Berg was rushed to the Kabul military hospital on 12 April.');
    expect(timeOf(hospital, only(hospital, 'evacuation'))?.value).toBe('XXXX-04-12');
    expect(run('Anna Berg was taken to the meeting.').events.filter((e) => e.type === 'evacuation')).toEqual([]);
  });

  it('reads a named storm as a natural disaster', () => {
    const table: HandActor[] = [{ key: 'Person:Hurricane Sandy', type: 'Person', pattern: /\bHurricane Sandy\b/ }];
    expect(run('Hurricane Sandy flooded the subway.', undefined, table).events.map((e) => [e.type, e.trigger.text])).toEqual([
      ['natural-disaster', 'Hurricane Sandy'],
    ]);
  });

  it('does not read "met" without an actor as a meeting', () => {
    expect(run('The plant met demand for the first time.').events).toHaveLength(0);
  });

  it('reads the lifting of sanctions as one policy change, not as sanctions', () => {
    const r = run('The United Nations will lift the sanctions on Mali.');
    expect(r.events.map((e) => [e.type, e.trigger.text, e.factuality])).toEqual([['policy', 'lift', 'future']]);
  });
});

describe('one node per happening', () => {
  it('merges two mentions of one event in a sentence', () => {
    const e = only(run('Russia had given a vote of abstention on the resolution.'), 'vote');
    expect(mentionTexts(e)).toEqual(['vote', 'abstention', 'resolution']);
    expect(actorsOf(e)).toEqual(['Country:Russia']);
  });

  it('reads a later definite mention of an event as a mention of the dated one', () => {
    const r = run('NATO and Russia met in Sochi on July 4, 2011. After the meeting, Lavrov spoke to reporters.');
    const meeting = only(r, 'meeting');
    expect(timeOf(r, meeting)?.value).toBe('2011-07-04');
    expect(meeting.mentions?.map((m) => m.text)).toEqual(['meeting']);
  });

  it('keeps "another attack", "the last attack" and a later one apart from the attack just told', () => {
    const r = run(
      'Gunmen attacked a hotel in Kabul on Monday. The attack lasted hours. Another attack hit Kandahar. The last attack in Kabul was in 2019.',
      '2024-03-06',
    );
    expect(r.events.filter((e) => e.type === 'attack').map(mentionTexts)).toEqual([['attacked', 'attack'], ['attack'], ['attack']]);
  });

  it('lets the headline only join the events the body reports', () => {
    const text = 'Senate votes on budget\n\nThe Senate voted on the budget on Tuesday.\n';
    const sentences = sentencesOf(text).map((s, i) => (i === 0 ? { ...s, paragraph: -1 } : s));
    const { actors, mentions } = handMentions(text, sentences, ACTORS);
    const events = extractEvents({ text, sentences, mentions, actors, timexes: [] });
    expect(events.map(mentionTexts)).toEqual([['voted', 'votes']]);
  });
});

describe('confidence', () => {
  it('gives each event its sentence as span, a confidence in [0, 1] and the evidence it was computed from', () => {
    const text = 'The summit ended. NATO deployed troops to Poland.';
    const r = run(text);
    expect(r.events.map((e) => [e.sentence, e.span.text])).toEqual([
      [0, 'The summit ended.'],
      [1, 'NATO deployed troops to Poland.'],
    ]);
    for (const e of r.events) {
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
    expect(r.events[1]!.evidence).toMatchObject({ verbal: true, roleArguments: 1, hasPlace: true, mentionCount: 1 });
  });

  it('gives a conditional event a lower confidence than a reported one', () => {
    const real = only(run('The talks between NATO and Russia failed.'), 'negotiation');
    const conditional = only(run('If the talks between NATO and Russia fail, Moscow will respond.'), 'negotiation');
    expect(conditional.confidence).toBeLessThan(real.confidence);
  });

  it('gives an ambiguous word less confidence than a clear one in the same place', () => {
    const clear = only(run('Northwind Energy acquired Vela Mining.'), 'acquisition');
    const ambiguous = only(run('Northwind Energy bought Vela Mining.'), 'acquisition');
    expect(ambiguous.confidence).toBeLessThan(clear.confidence);
  });
});

describe('events of the sample article', () => {
  const text = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');
  const sample = (referenceDate?: string) => run(text, referenceDate, SAMPLE_ACTORS);

  it('dates the Sochi meeting to July 4, 2011', () => {
    const r = sample();
    const meeting = r.events.find((e) => e.type === 'meeting' && e.place === 'Place:Sochi')!;
    expect(timeOf(r, meeting)?.value).toBe('2011-07-04');
    expect(actorsOf(meeting)).toEqual(expect.arrayContaining(['Organization:NATO', 'Country:Russia']));
  });

  it('reads "were not able to come to an agreement" as negated and "if the talks fail" as possible', () => {
    const r = sample();
    expect(r.events.filter((e) => e.type === 'agreement' && e.factuality === 'negated')).toHaveLength(1);
    expect(r.events.filter((e) => e.type === 'negotiation' && e.factuality === 'possible')).toHaveLength(1);
    expect(r.events.find((e) => e.type === 'withdrawal')?.factuality).toBe('possible');
  });

  it('places NATO’s war in Libya in Libya', () => {
    const war = sample().events.find((e) => e.trigger.text === 'war');
    expect(war?.place).toBe('Country:Libya');
  });

  it('dates the "mid July" journey from the text\'s "July 4, 2011" when no reference date is given', () => {
    const r = sample();
    const journey = only(r, 'travel');
    expect(actorsOf(journey)).toContain('Person:Dmitry Rogozin');
    expect(timeOf(r, journey)?.span.text).toBe('mid July');
    expect(timeOf(r, journey)).toMatchObject({ value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
  });

  it('resolves the "mid July" journey with a reference date', () => {
    const r = sample('2011-07-10');
    expect(timeOf(r, only(r, 'travel'))).toMatchObject({ value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
  });

  it('reads the Lisbon meeting with its own date', () => {
    const r = sample();
    const lisbon = r.events.find((e) => e.type === 'meeting' && e.place === 'Place:Lisbon');
    expect(timeOf(r, lisbon!)?.value).toBe('2010-11');
  });
});

describe('clauses', () => {
  it('gives a bare verb joined by "and" the modal of the first one', () => {
    const r = run('Northwind Energy said it would close its plant and lay off 400 workers.');
    expect(only(r, 'layoffs').factuality).toBe('possible');
  });

  it('does not date an event with the time of the next verb group', () => {
    const r = run('Two men were charged with theft and will appear in court next week.', '2024-05-14');
    expect(only(r, 'crime').time).toBeUndefined();
  });

  it('reads an event noun after a dateline as a word, not part of a name', () => {
    expect(run('MILAN - Heavy flooding closed the airport.').events.map((e) => e.type)).toEqual(['natural-disaster']);
  });
});
