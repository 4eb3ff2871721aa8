import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/core/types.js';
import { keepConfident, thresholdsFor } from '../../../src/extract/confidence/index.js';

const ALL_DEFAULTS_ZERO = { entity: 0, statement: 0, timex: 0, event: 0 };
const every = (minimum: number) => thresholdsFor(minimum, ALL_DEFAULTS_ZERO);
import { HAND_TEXT, span } from '../../helpers/hand-article.js';

function extraction(): Extraction {
  const text = HAND_TEXT;
  return {
    sentences: [],
    actors: [
      {
        key: 'Person:Ana Lopez',
        type: 'Person',
        name: 'Ana Lopez',
        aliases: [],
        roles: [{ title: 'Foreign Minister', span: span(text, 'Foreign Minister'), affiliation: 'Organization:Utopian Council' }],
        confidence: 0.9,
      },
      { key: 'Organization:Utopian Council', type: 'Organization', name: 'Utopian Council', aliases: [], roles: [], confidence: 0.4 },
      { key: 'Place:Vienna', type: 'Place', name: 'Vienna', aliases: [], roles: [], confidence: 0.95 },
    ],
    mentions: [
      { span: span(text, 'Ana Lopez'), actor: 'Person:Ana Lopez', kind: 'name', sentence: 0, confidence: 0.9 },
      { span: span(text, 'Utopian Council'), actor: 'Organization:Utopian Council', kind: 'name', sentence: 0, confidence: 0.4 },
      { span: span(text, 'Vienna', 1), actor: 'Place:Vienna', kind: 'name', sentence: 0, confidence: 0.95 },
    ],
    timexes: [
      {
        span: span(text, 'March 3, 2024'),
        type: 'DATE',
        value: '2024-03-03',
        relative: false,
        sentence: 0,
        confidence: 0.3,
        evidence: { rule: 'month-day-year', anchoring: 'explicit', shape: 'calendar', ambiguous: false },
      },
    ],
    statements: [
      {
        speaker: 'Person:Ana Lopez',
        cue: span(text, 'warned'),
        cueLemma: 'warn',
        type: 'warning',
        mode: 'direct',
        content: span(text, 'We will not accept new tariffs,'),
        span: span(text, '"We will not accept new tariffs," Lopez warned'),
        about: ['Organization:Utopian Council'],
        sentence: 1,
        confidence: 0.8,
        evidence: { pattern: 'backward', cue: 'speech', complement: 'quote', speaker: 'name', distance: 0, irrealis: false, words: 6 },
      },
      {
        speaker: 'Organization:Utopian Council',
        cueLemma: 'say',
        type: 'assertion',
        mode: 'indirect',
        content: span(text, 'met officials'),
        span: span(text, 'met officials'),
        about: [],
        sentence: 0,
        confidence: 0.2,
        evidence: {
          pattern: 'forward',
          cue: 'speech',
          complement: 'clause',
          speaker: 'description',
          distance: 0,
          irrealis: false,
          words: 2,
        },
      },
    ],
    events: [
      {
        type: 'meeting',
        trigger: span(text, 'met'),
        span: span(text, 'Foreign Minister Ana Lopez met officials'),
        time: 0,
        place: 'Place:Vienna',
        participants: [
          { actor: 'Person:Ana Lopez', role: 'agent' },
          { actor: 'Organization:Utopian Council', role: 'patient' },
        ],
        sentence: 0,
        confidence: 0.7,
        factuality: 'asserted',
        evidence: {
          triggerWeight: 1,
          verbal: true,
          factualityMarked: false,
          roleArguments: 2,
          hasPlace: true,
          hasTime: true,
          mentionCount: 1,
          ambiguous: false,
          inheritedTime: false,
        },
      },
    ],
  };
}

describe('keepConfident', () => {
  it('keeps everything at 0', () => {
    expect(keepConfident(extraction(), every(0))).toEqual(extraction());
  });

  it('leaves out statements, mentions and time expressions below the minimum', () => {
    const kept = keepConfident(extraction(), every(0.5));
    expect(kept.statements.map((s) => s.content.text)).toEqual(['We will not accept new tariffs,']);
    expect(kept.mentions.map((m) => m.span.text)).toEqual(['Ana Lopez', 'Vienna']);
    expect(kept.timexes).toEqual([]);
  });

  it('drops an actor no kept fact names, and every pointer to it', () => {
    const kept = keepConfident(extraction(), every(0.5));
    expect(kept.actors.map((a) => a.key)).toEqual(['Person:Ana Lopez', 'Place:Vienna']);
    expect(kept.statements[0]!.about).toEqual([]);
    expect(kept.events[0]!.participants).toEqual([{ actor: 'Person:Ana Lopez', role: 'agent' }]);
    expect(kept.actors[0]!.roles[0]).toEqual({ title: 'Foreign Minister', span: span(HAND_TEXT, 'Foreign Minister') });
  });

  it('keeps an event whose date was unsure, without the date', () => {
    const [event] = keepConfident(extraction(), every(0.5)).events;
    expect(event?.type).toBe('meeting');
    expect(event?.time).toBeUndefined();
    expect(event?.place).toBe('Place:Vienna');
  });

  it('keeps the speaker of a kept statement even when its own mentions were unsure', () => {
    const unsureSpeaker = extraction();
    unsureSpeaker.statements[1]!.confidence = 0.9;
    const kept = keepConfident(unsureSpeaker, every(0.5));
    expect(kept.actors.map((a) => a.key)).toContain('Organization:Utopian Council');
  });

  it("applies each kind's own threshold", () => {
    const kept = keepConfident(extraction(), { entity: 0, statement: 0.9, timex: 0, event: 0.75 });
    expect(kept.statements).toEqual([]);
    expect(kept.events).toEqual([]);
    expect(kept.mentions).toHaveLength(3);
    expect(kept.timexes).toHaveLength(1);
  });
});

describe('thresholdsFor', () => {
  it("gives every kind the user's minimum, or each kind its default", () => {
    const defaults = { entity: 0.3, statement: 0.6, timex: 0.2, event: 0.5 };
    expect(thresholdsFor(undefined, defaults)).toBe(defaults);
    expect(thresholdsFor(0.8, defaults)).toEqual({ entity: 0.8, statement: 0.8, timex: 0.8, event: 0.8 });
  });
});
