import { describe, expect, it } from 'vitest';
import type { Mention, Sentence, TimeExpression } from '../../../src/core/types.js';
import { extractEvents } from '../../../src/extract/events/index.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { handMentions, sentencesOf, type HandActor } from './helpers.js';

const ACTORS: HandActor[] = [
  { key: 'Place:Kandahar', type: 'Place', pattern: /\bKandahar\b/ },
  { key: 'Place:Kabul', type: 'Place', pattern: /\bKabul\b/ },
  { key: 'Organization:Northwind Energy', type: 'Organization', pattern: /\bNorthwind Energy\b/ },
  { key: 'Organization:Vela Mining', type: 'Organization', pattern: /\bVela Mining\b/ },
  { key: 'Organization:Senate', type: 'Organization', pattern: /\bSenate\b/ },
];

// Every block adds happenings that stay apart ("another attack"), so an extractor comparing each
// mention with every earlier event would grow quadratically with the article.
const BLOCK = [
  'Rebels attacked the town of Kandahar on Monday, killing 12 people. The attack lasted hours.',
  'Another attack hit Kabul on March 3, 2024, and the police arrested two men.',
  'Northwind Energy bought Vela Mining in May. The acquisition was approved last week.',
  'The Senate voted on the budget last week, and the vote was close.',
].join('\n');

/** The block's sentences, mentions and time expressions, found once and laid end to end `times` times. */
function article(times: number) {
  const block = `${BLOCK}\n\n`;
  const sentences = sentencesOf(block);
  const { actors, mentions } = handMentions(block, sentences, ACTORS);
  const timexes = extractTimexes(block, sentences, '2024-03-05');
  const out = {
    text: block.repeat(times),
    sentences: [] as Sentence[],
    mentions: [] as Mention[],
    timexes: [] as TimeExpression[],
    actors,
  };
  for (let k = 0; k < times; k++) {
    const shift = k * block.length;
    const first = k * sentences.length;
    const move = <T extends { span: { start: number; end: number; text: string }; sentence: number }>(x: T): T => ({
      ...x,
      span: { ...x.span, start: x.span.start + shift, end: x.span.end + shift },
      sentence: x.sentence + first,
    });
    out.sentences.push(...sentences.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift, paragraph: s.paragraph + k * 10 })));
    out.mentions.push(...mentions.map(move));
    out.timexes.push(...timexes.map(move));
  }
  return out;
}

/** The fastest of a few runs, in milliseconds, and the events found. */
function timeEvents(times: number): { ms: number; events: number } {
  const input = article(times);
  let ms = Infinity;
  let events = 0;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    events = extractEvents({ ...input, referenceDate: '2024-03-05' }).length;
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, events };
}

describe('event extraction on a long article', () => {
  it('takes time in proportion to the article: four times the text, far less than sixteen times the time', () => {
    const blockSize = BLOCK.length + 2;
    const quarter = Math.ceil(250_000 / blockSize);
    timeEvents(quarter); // warm up the JIT before measuring
    const small = timeEvents(quarter);
    const large = timeEvents(quarter * 4);
    expect(large.events).toBeGreaterThan(3.5 * small.events);
    // Linear work gives a ratio near 4; comparing each event with all earlier ones gives near 16.
    expect(large.ms / small.ms).toBeLessThan(8);
  }, 120_000);
});
