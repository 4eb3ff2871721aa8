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
  { key: 'Country:Russia', type: 'Country', pattern: /\bRussia\b|\bMoscow\b/ },
  { key: 'Organization:NATO', type: 'Organization', pattern: /\bNATO\b/ },
  { key: 'Organization:United Nations', type: 'Organization', pattern: /\bUnited Nations\b/ },
  { key: 'Place:Vienna', type: 'Place', pattern: /\bVienna\b/ },
  { key: 'Place:Athens', type: 'Place', pattern: /\bAthens\b/ },
  { key: 'Place:Sochi', type: 'Place', pattern: /\bSochi\b/ },
  { key: 'Person:Sergey Lavrov', type: 'Person', pattern: /\bLavrov\b/ },
  { key: 'Person:Anna Berg', type: 'Person', pattern: /\bAnna Berg\b|\bBerg\b/ },
];

interface Run {
  events: EventRecord[];
  timexes: TimeExpression[];
}

function run(text: string, referenceDate?: string, table: HandActor[] = ACTORS): Run {
  const sentences = sentencesOf(text);
  const { actors, mentions } = handMentions(text, sentences, table);
  const timexes = extractTimexes(text, sentences, referenceDate);
  return { events: extractEvents({ text, sentences, mentions, actors, timexes }), timexes };
}

function only(r: Run, type: EventType): EventRecord {
  const found = r.events.filter((e) => e.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const timeOf = (r: Run, e: EventRecord): TimeExpression | undefined => (e.time === undefined ? undefined : r.timexes[e.time]);

describe('events', () => {
  it('reads a meeting with its participants, place and date', () => {
    const r = run('The foreign ministers of France and Germany met in Vienna on March 3, 2014.');
    const e = only(r, 'meeting');
    expect(e.trigger.text).toBe('met');
    expect(e.participants).toEqual(['Country:France', 'Country:Germany']);
    expect(e.place).toBe('Place:Vienna');
    expect(timeOf(r, e)?.value).toBe('2014-03-03');
  });

  it('dates an event with a weekday resolved against the reference date', () => {
    const r = run('Turkey and Greece held talks in Athens on Tuesday.', '2015-05-14');
    const e = only(r, 'negotiation');
    expect(e.participants).toEqual(['Country:Turkey', 'Country:Greece']);
    expect(e.place).toBe('Place:Athens');
    expect(timeOf(r, e)?.value).toBe('2015-05-12');
  });

  it('dates a visit with "mid July" as an interval', () => {
    const r = run('Anna Berg travelled to Canada in mid July.', '2013-08-01');
    const e = only(r, 'visit');
    expect(e.participants).toEqual(['Person:Anna Berg']);
    expect(e.place).toBe('Country:Canada');
    expect(timeOf(r, e)).toMatchObject({ value: '2013-07', begin: '2013-07-11', end: '2013-07-20' });
  });

  it('keeps an unresolvable date as text with its partial value and no interval', () => {
    const r = run('Anna Berg travelled to Canada in mid July.');
    const t = timeOf(r, only(r, 'visit'));
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
    expect(r.timexes.map((t) => [t.type, t.value])).toEqual([['DURATION', 'P3D']]);
  });

  it('reads a vote and who cast it', () => {
    const r = run('Brazil voted against the resolution at the United Nations on 5 June 2012.');
    const e = only(r, 'vote');
    expect(e.participants).toContain('Country:Brazil');
    expect(timeOf(r, e)?.value).toBe('2012-06-05');
  });

  it('reads a deployment with its participants, destination and year', () => {
    const r = run('NATO deployed four battalions to Poland in 2017.');
    const e = only(r, 'deployment');
    expect(e.participants).toEqual(['Organization:NATO']);
    expect(e.place).toBe('Country:Poland');
    expect(timeOf(r, e)?.value).toBe('2017');
  });

  it('reads the participants of "talks between X and Y"', () => {
    const r = run('The talks between NATO and Russia ended without a deal.');
    expect(only(r, 'negotiation').participants).toEqual(['Organization:NATO', 'Country:Russia']);
  });

  it('takes the head noun, not a modifier, as the trigger', () => {
    const r = run('The missile-defense talks stalled again.');
    expect(only(r, 'negotiation').trigger.text).toBe('talks');
  });

  it('emits no event for a trigger noun modifying another noun', () => {
    expect(run('The attack helicopters landed near the base.').events).toHaveLength(0);
  });

  it('merges two mentions of one event in a sentence', () => {
    const r = run('Russia had given a vote of abstention on the resolution.');
    const e = only(r, 'vote');
    expect(e.trigger.text).toBe('vote');
    expect(e.participants).toEqual(['Country:Russia']);
  });

  it('dates an event in a reported clause with the date in that clause', () => {
    const r = run('On Monday, Lavrov said the talks would resume in March.', '2014-01-15');
    expect(timeOf(r, only(r, 'negotiation'))?.span.text).toBe('March');
  });

  it('gives a conditional event a lower confidence than a reported one', () => {
    const real = only(run('The talks between NATO and Russia failed.'), 'negotiation');
    const conditional = only(run('If the talks between NATO and Russia fail, Moscow will respond.'), 'negotiation');
    expect(conditional.confidence).toBeLessThan(real.confidence);
  });

  it('reads a later definite mention of an event as a mention of the dated one', () => {
    const r = run('NATO and Russia met in Sochi on July 4, 2011. After the meeting, Lavrov spoke to reporters.');
    const meeting = only(r, 'meeting');
    expect(timeOf(r, meeting)?.value).toBe('2011-07-04');
    expect(meeting.mentions?.map((m) => m.text)).toEqual(['meeting']);
  });

  it('does not read "met" without an actor as a meeting', () => {
    expect(run('The plant met demand for the first time.').events).toHaveLength(0);
  });

  it('gives each event its sentence as span and a confidence in [0, 1]', () => {
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
  });
});

describe('events of the sample article', () => {
  const text = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');

  it('dates the Sochi meeting to July 4, 2011 with no reference date', () => {
    const r = run(text, undefined, SAMPLE_ACTORS);
    const meeting = r.events.find((e) => e.type === 'meeting' && e.place === 'Place:Sochi');
    expect(meeting).toBeDefined();
    expect(timeOf(r, meeting!)?.value).toBe('2011-07-04');
    expect(meeting!.participants).toEqual(expect.arrayContaining(['Organization:NATO', 'Country:Russia']));
  });

  it('keeps the "mid July" visit without a year when no reference date is given', () => {
    const r = run(text, undefined, SAMPLE_ACTORS);
    const visit = r.events.find((e) => e.type === 'visit');
    expect(visit?.participants).toContain('Person:Dmitry Rogozin');
    const t = timeOf(r, visit!);
    expect(t?.span.text).toBe('mid July');
    expect(t?.value).toBe('XXXX-07');
    expect(t?.begin).toBeUndefined();
  });

  it('resolves the "mid July" visit with a reference date', () => {
    const r = run(text, '2011-07-10', SAMPLE_ACTORS);
    const visit = r.events.find((e) => e.type === 'visit');
    expect(timeOf(r, visit!)).toMatchObject({ value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
  });

  it('reads the Lisbon meeting with its own date', () => {
    const r = run(text, undefined, SAMPLE_ACTORS);
    const lisbon = r.events.find((e) => e.type === 'meeting' && e.place === 'Place:Lisbon');
    expect(timeOf(r, lisbon!)?.value).toBe('2010-11');
  });
});
