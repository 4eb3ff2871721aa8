import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/extract/actors/index.js';
import { extractEvents } from '../../../src/extract/events/index.js';
import { documentSentences } from '../../../src/extract/text/sentences.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { ingestText } from '../../../src/ingest/index.js';

// The sample read by the real ingest and actor stages, as the pipeline does.
describe('events with the actor extractor', () => {
  const raw = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');
  const doc = ingestText(raw, { name: 'nato-russia-missile-row.txt', format: 'text' });
  const sentences = documentSentences(doc);
  const { actors, mentions } = extractActors(doc, sentences);
  const nameOf = (key: string | undefined): string | undefined => actors.find((a) => a.key === key)?.name;

  function run(referenceDate?: string) {
    const timexes = extractTimexes(doc.text, sentences, referenceDate);
    const events = extractEvents({ text: doc.text, sentences, mentions, actors, timexes });
    return { timexes, events };
  }

  it('places the first meeting in Sochi on July 4, 2011, and folds the later talks about it into it', () => {
    const { timexes, events } = run();
    const meeting = events.find((e) => e.type === 'meeting');
    expect(nameOf(meeting?.place)).toBe('Sochi');
    expect(timexes[meeting!.time!]?.value).toBe('2011-07-04');
    expect(meeting!.mentions?.filter((m) => m.text === 'talks').length).toBeGreaterThanOrEqual(3);
    expect(events.filter((e) => e.type === 'meeting' || e.type === 'negotiation').map((e) => e.factuality)).toEqual([
      'asserted',
      'asserted',
      'possible',
    ]);
  });

  it('keeps the Lisbon meeting of November 2010 apart', () => {
    const { events } = run();
    expect(events.filter((e) => nameOf(e.place) === 'Lisbon')).toHaveLength(1);
  });

  it('reads the vote and Resolution 1973 as two nodes, not six', () => {
    const { events } = run();
    expect(events.filter((e) => e.type === 'vote' || e.type === 'resolution')).toHaveLength(2);
  });

  it('dates the envoy’s journey to mid July 2011 given the reference date', () => {
    const { timexes, events } = run('2011-07-10');
    const visit = events.find((e) => e.type === 'travel');
    expect(visit?.participants.map((p) => nameOf(p.actor))).toContain('Dmitry Rogozin');
    expect(timexes[visit!.time!]?.value).toBe('2011-07');
  });
});
