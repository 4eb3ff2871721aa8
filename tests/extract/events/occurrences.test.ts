import { describe, expect, it } from 'vitest';
import type { EventRecord, TimeExpression } from '../../../src/core/types.js';
import { extractEvents } from '../../../src/extract/events/index.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { handMentions, sentencesOf, type HandActor } from './helpers.js';

const ACTORS: HandActor[] = [
  { key: 'Country:Russia', type: 'Country', pattern: /\bRussia\b/ },
  { key: 'Country:Turkey', type: 'Country', pattern: /\bTurkey\b/ },
  { key: 'Country:Greece', type: 'Country', pattern: /\bGreece\b/ },
  { key: 'Organization:NATO', type: 'Organization', pattern: /\bNATO\b/ },
  { key: 'Place:Geneva', type: 'Place', pattern: /\bGeneva\b/ },
  { key: 'Place:Vienna', type: 'Place', pattern: /\bVienna\b/ },
  { key: 'Person:Sergey Lavrov', type: 'Person', pattern: /\bLavrov\b/ },
];

function run(text: string, table: readonly HandActor[] = ACTORS): { events: EventRecord[]; timexes: TimeExpression[] } {
  const sentences = sentencesOf(text);
  const { actors, mentions } = handMentions(text, sentences, table);
  const timexes = extractTimexes(text, sentences, '2014-01-15');
  return { events: extractEvents({ text, sentences, mentions, actors, timexes }), timexes };
}

const occasions = (events: EventRecord[]): EventRecord[] => events.filter((e) => e.type === 'meeting' || e.type === 'negotiation');

describe('one occurrence mentioned several times', () => {
  it('folds "the talks" after a dated meeting into that meeting, keeping the later trigger', () => {
    const text = 'NATO and Russia held a meeting in Geneva on March 3. The talks ended without a deal.';
    const [meeting, ...others] = occasions(run(text).events);
    expect(others).toHaveLength(0);
    expect(meeting!.trigger.text).toBe('meeting');
    expect(meeting!.mentions).toEqual([{ start: text.indexOf('talks'), end: text.indexOf('talks') + 5, text: 'talks' }]);
  });

  it('folds a definite mention naming the same place ("the Geneva talks")', () => {
    const r = run('NATO and Russia met in Geneva on March 3. Lavrov praised the Geneva talks a day later.');
    expect(occasions(r.events)).toHaveLength(1);
    expect(occasions(r.events)[0]!.mentions?.map((m) => m.text)).toEqual(['talks']);
  });

  it('adds the participants a later mention names', () => {
    const r = run('NATO held a meeting in Geneva on March 3. During the meeting, Lavrov spoke for Russia.');
    const meeting = occasions(r.events)[0]!;
    expect(meeting.participants.map((p) => p.actor)).toContain('Organization:NATO');
  });

  it('keeps apart meetings held in different places', () => {
    const r = run('NATO and Russia met in Geneva on March 3. The Vienna meeting had failed.');
    expect(occasions(r.events)).toHaveLength(2);
  });

  it('keeps apart meetings held on different dates', () => {
    const r = run('Turkey and Greece held talks in Geneva on March 3. The talks in Geneva on May 5 went better.');
    const [first, second] = occasions(r.events);
    expect(second).toBeDefined();
    expect(first!.mentions).toBeUndefined();
  });

  it('does not fold an indefinite mention: "a meeting" is another one', () => {
    const r = run('NATO and Russia met in Geneva on March 3. Turkey and Greece also held a meeting.');
    expect(occasions(r.events)).toHaveLength(2);
  });

  it('does not fold a conditional mention of talks still to come', () => {
    const r = run('NATO and Russia met in Geneva on March 3. If the talks fail, Russia will respond.');
    expect(occasions(r.events)).toHaveLength(2);
  });

  it('folds a definite mention into the occasion just told, dated or not', () => {
    const r = run('The talks were long. The talks ended.');
    expect(occasions(r.events)).toHaveLength(1);
  });

  it('keeps a bare plural apart: "meetings" is a kind of event, not the one just told', () => {
    const r = run('NATO and Russia met in Geneva on March 3. Meetings with Turkey rarely succeed.');
    expect(occasions(r.events).map((e) => e.mentions)).toEqual([undefined, undefined]);
    // with nothing to anchor it, it is no event at all
    expect(occasions(run('NATO and Russia met in Geneva on March 3. Meetings like this rarely succeed.').events)).toHaveLength(1);
  });
});
