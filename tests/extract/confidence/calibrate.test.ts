import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/core/types.js';
import { calibrateExtraction } from '../../../src/extract/confidence/index.js';
import type { CalibrationMap } from '../../../src/extract/confidence/index.js';
import { HAND_TEXT, span } from '../../helpers/hand-article.js';

const MAP: CalibrationMap = {
  entity: {
    knots: [
      [0, 0.2],
      [1, 0.6],
    ],
  },
  statement: {
    knots: [
      [0.5, 0.5],
      [1, 0.9],
    ],
  },
  timex: { knots: [[1, 0.75]] },
  event: {
    knots: [
      [0, 0],
      [1, 0.5],
    ],
  },
};

describe('calibrateExtraction', () => {
  const raw: Extraction = {
    sentences: [],
    actors: [
      { key: 'Person:Ana Lopez', type: 'Person', name: 'Ana Lopez', aliases: [], roles: [], confidence: 0.5 },
      { key: 'Person:Jane Example', type: 'Person', name: 'Jane Example', aliases: [], roles: [], confidence: 1 },
    ],
    mentions: [
      { span: span(HAND_TEXT, 'Ana Lopez'), actor: 'Person:Ana Lopez', kind: 'name', sentence: 0, confidence: 1 },
      { span: span(HAND_TEXT, 'Lopez', 1), actor: 'Person:Ana Lopez', kind: 'alias', sentence: 1 },
    ],
    timexes: [
      {
        span: span(HAND_TEXT, 'March 3, 2024'),
        type: 'DATE',
        value: '2024-03-03',
        relative: false,
        sentence: 0,
        confidence: 1,
        evidence: { rule: 'month-day-year', anchoring: 'explicit', shape: 'calendar', ambiguous: false },
      },
    ],
    statements: [],
    events: [],
  };

  it('maps each kind of fact through its own curve', () => {
    const calibrated = calibrateExtraction(raw, MAP);
    expect(calibrated.mentions.map((m) => m.confidence)).toEqual([0.6, 0.4]);
    expect(calibrated.timexes[0]!.confidence).toBe(0.75);
  });

  it("gives an actor its best mention's confidence, or its own calibrated when nothing mentions it", () => {
    const calibrated = calibrateExtraction(raw, MAP);
    expect(calibrated.actors.map((a) => a.confidence)).toEqual([0.6, 0.6]);
  });

  it('does not change the extraction it was given', () => {
    const before = JSON.stringify(raw);
    calibrateExtraction(raw, MAP);
    expect(JSON.stringify(raw)).toBe(before);
  });
});
