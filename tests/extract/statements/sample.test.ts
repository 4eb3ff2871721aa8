import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatementRecord } from '../../../src/core/types.js';
import { find, statementsIn, type Marked } from './helpers.js';

/** The bundled op-ed with its main actors marked by hand (independent of actor extraction). */
const text = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');
const body = { start: text.indexOf('Representatives from'), end: text.indexOf('Click here') };
const AUTHOR = 'Person:Hassan Beheshtipour';
const marked: Marked[] = [
  { text: 'Dmitry Rogozin', key: 'Person:Dmitry Rogozin' },
  { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' },
  { text: 'Anders Fogh Rasmussen', key: 'Person:Anders Fogh Rasmussen' },
  { text: 'Oleg Ostapenko', key: 'Person:Oleg Ostapenko' },
  { text: 'Russia', key: 'Country:Russia' },
  { text: 'Moscow', key: 'Country:Russia', kind: 'metonym' },
  { text: 'NATO', key: 'Organization:NATO' },
  { text: 'US', key: 'Country:United States' },
  // "During the meeting, he regretted …" (Lavrov) and "He reminded …" (Rasmussen).
  { text: 'he', key: 'Person:Sergey Lavrov', kind: 'pronoun', nth: 0 },
  { text: 'He', key: 'Person:Anders Fogh Rasmussen', kind: 'pronoun', nth: 0 },
];
const statements: StatementRecord[] = statementsIn(text, marked, { opinion: true, authorActor: AUTHOR, body });

describe('statements in the sample op-ed', () => {
  it('finds Rogozin’s warning', () => {
    const s = find(statements, { cue: 'has warned' });
    expect(s).toMatchObject({ speaker: 'Person:Dmitry Rogozin', type: 'warning', cueLemma: 'warn', mode: 'indirect' });
    expect(s?.content.text).toMatch(
      /^that if the country is not given a role in the missile project in Europe, a new round of arms race would start$/,
    );
  });

  it('finds Lavrov’s statement after the meeting', () => {
    const s = find(statements, { cue: 'also said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.content.text).toBe('that, although, Moscow does not consider NATO a threat, the country should still protect itself');
    expect(s?.about).toEqual(['Country:Russia', 'Organization:NATO']);
  });

  it('resolves "he regretted" to Lavrov as a regret', () => {
    const s = find(statements, { cue: 'regretted' });
    expect(s).toMatchObject({ speaker: 'Person:Sergey Lavrov', type: 'regret' });
    expect(s?.speakerMention?.text).toBe('he');
  });

  it('finds Lavrov’s statement on Libya', () => {
    const s = find(statements, { content: 'the two sides were not able to come to an agreement' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.cue?.text).toBe('said');
  });

  it('reads Rasmussen “made it clear” as one cue', () => {
    const s = find(statements, { cue: 'made it clear' });
    expect(s).toMatchObject({ speaker: 'Person:Anders Fogh Rasmussen', cueLemma: 'make it clear' });
    expect(s?.content.text).toBe('that the alliance insists on separate missile systems');
  });

  it('resolves "He reminded" to Rasmussen', () => {
    expect(find(statements, { cue: 'reminded' })?.speaker).toBe('Person:Anders Fogh Rasmussen');
  });

  it('types Russia’s threat as a threat', () => {
    const s = find(statements, { cue: 'has threatened' });
    expect(s).toMatchObject({ speaker: 'Country:Russia', type: 'threat' });
    expect(s?.content.text).toMatch(/^that, if the negotiations failed, it would set up its own missile system near the border/);
  });

  it('credits the Moscow metonym to Russia', () => {
    expect(find(statements, { cue: 'complains' })).toMatchObject({ speaker: 'Country:Russia', type: 'complaint' });
  });

  it('makes the author’s own claims statements of the author, typed by their wording', () => {
    const unlikely = find(statements, { content: 'It is extremely unlikely that Russia will get sufficient guarantees' });
    expect(unlikely).toMatchObject({ speaker: AUTHOR, mode: 'authorial', type: 'belief' });
    const certainly = find(statements, { content: 'will certainly not be worse' });
    expect(certainly).toMatchObject({ speaker: AUTHOR, mode: 'authorial', type: 'prediction' });
  });

  it('makes no statement of the headings or the rhetorical question', () => {
    expect(find(statements, { content: 'Stalemate in missile shield talks' })).toBeUndefined();
    expect(find(statements, { content: 'Who does the future of Libya belong to' })).toBeUndefined();
    expect(find(statements, { content: 'The Question is why' })).toBeUndefined();
  });

  it('keeps every span consistent with the text', () => {
    for (const s of statements) {
      for (const span of [s.content, s.span, s.cue, s.speakerMention]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(s.span.start).toBeLessThanOrEqual(s.content.start);
      expect(s.span.end).toBeGreaterThanOrEqual(s.content.end);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});
