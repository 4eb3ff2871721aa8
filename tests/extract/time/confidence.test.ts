import { describe, expect, it } from 'vitest';
import type { TimexEvidence } from '../../../src/core/types.js';
import { timexConfidence } from '../../../src/extract/time/confidence.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { sentencesOf } from '../events/helpers.js';

const REF = '2011-07-10';

function confidenceOf(text: string, surface: string): number {
  const timex = extractTimexes(text, sentencesOf(text), REF).find((t) => t.span.text === surface);
  if (!timex) throw new Error(`no time expression "${surface}" in "${text}"`);
  return timex.confidence;
}

function evidence(overrides: Partial<TimexEvidence>): TimexEvidence {
  return { rule: 'test', anchoring: 'explicit', shape: 'calendar', ambiguous: false, ...overrides };
}

describe('time expression confidence', () => {
  it('ranks a date the words spell out above one read from the tense, a count of units, a vague word and a guess', () => {
    const text =
      'The accord was signed on July 4, 2011. The envoy met the minister on Friday. The convoy left two days ago. ' +
      'Prices are now higher. The company earned $2 million in the quarter.';
    const scores = ['July 4, 2011', 'Friday', 'two days ago', 'now', 'the quarter'].map((s) => confidenceOf(text, s));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('ranks a calendar date above a week, and a week above a clock time on the same footing', () => {
    const day = timexConfidence(evidence({ anchoring: 'reference', shape: 'calendar' }));
    const week = timexConfidence(evidence({ anchoring: 'reference', shape: 'period' }));
    const clock = timexConfidence(evidence({ anchoring: 'reference', shape: 'time-of-day' }));
    expect(day).toBeGreaterThan(week);
    expect(week).toBeGreaterThan(clock);
  });

  it('lowers a value whose tense had no cue, and words with a common non-temporal reading', () => {
    const withCue = timexConfidence(evidence({ anchoring: 'tense', tenseCue: true }));
    expect(timexConfidence(evidence({ anchoring: 'tense', tenseCue: false }))).toBeLessThan(withCue);
    expect(timexConfidence(evidence({ anchoring: 'tense', tenseCue: true, ambiguous: true }))).toBeLessThan(withCue);
    expect(confidenceOf('The vote was held in May.', 'May')).toBeLessThan(confidenceOf('The vote was held in June.', 'June'));
  });

  it('keeps every score in [0, 1] and records the evidence it came from', () => {
    const text = 'Gunmen opened fire on Wednesday, and the following year the museum reopened.';
    for (const t of extractTimexes(text, sentencesOf(text))) {
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.confidence).toBe(timexConfidence(t.evidence));
    }
    const wednesday = extractTimexes(text, sentencesOf(text)).find((t) => t.span.text === 'Wednesday');
    expect(wednesday?.evidence).toMatchObject({ rule: 'weekday', anchoring: 'unanchored', shape: 'calendar' });
  });
});
