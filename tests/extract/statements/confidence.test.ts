import { describe, expect, it } from 'vitest';
import type { StatementEvidence } from '../../../src/core/types.js';
import { statementConfidence } from '../../../src/extract/statements/confidence.js';
import { find, statementsIn } from './helpers.js';

const QUOTED: StatementEvidence = {
  pattern: 'inverted',
  cue: 'speech',
  complement: 'quote',
  speaker: 'name',
  distance: 0,
  irrealis: false,
  words: 12,
};

describe('statement confidence from evidence', () => {
  it('is a probability-like score in [0, 1]', () => {
    const c = statementConfidence(QUOTED);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('ranks each weaker piece of evidence lower than the quotation said by a named speaker', () => {
    const base = statementConfidence(QUOTED);
    const weaker: Partial<StatementEvidence>[] = [
      { pattern: 'forward' },
      { cue: 'evaluation' },
      { complement: 'object' },
      { speaker: 'unresolved' },
      { speaker: 'description' },
      { distance: 3 },
      { irrealis: true },
      { words: 2 },
      { ambiguousCue: true },
    ];
    for (const change of weaker) expect(statementConfidence({ ...QUOTED, ...change }), JSON.stringify(change)).toBeLessThan(base);
  });

  it('ranks a pronoun resolved further back lower', () => {
    const near = statementConfidence({ ...QUOTED, speaker: 'pronoun', distance: 1 });
    const far = statementConfidence({ ...QUOTED, speaker: 'pronoun', distance: 4 });
    expect(far).toBeLessThan(near);
  });
});

describe('evidence on the statement record', () => {
  const KAINE = { text: 'Maria Kaine', key: 'Person:Maria Kaine' };

  it('records how a quoted statement was read, and scores it above a praise of a plan', () => {
    const statements = statementsIn('“The treaty is dead,” said Maria Kaine. Maria Kaine praised the plan.', [KAINE]);
    const quoted = find(statements, { cue: 'said' })!;
    const praised = find(statements, { cue: 'praised' })!;
    expect(quoted.evidence).toEqual({
      pattern: 'inverted',
      cue: 'speech',
      complement: 'quote',
      speaker: 'name',
      distance: 0,
      irrealis: false,
      words: 4,
    });
    expect(praised.evidence).toMatchObject({ pattern: 'forward', cue: 'evaluation', complement: 'object' });
    expect(quoted.confidence).toBe(statementConfidence(quoted.evidence));
    expect(praised.confidence).toBeLessThan(quoted.confidence);
  });
});

describe('a noun-like cue read as a verb from word order alone', () => {
  it('reads "The company claims its prices have …" as a statement of the company, less sure than "claims that"', () => {
    const bare = find(statementsIn('The company claims its new prices and deals have saved customers millions since the merger.'), {
      cue: 'claims',
    });
    const marked = find(statementsIn('The company claims that its new prices have saved customers millions since the merger.'), {
      cue: 'claims',
    });
    expect(bare?.content.text).toBe('its new prices and deals have saved customers millions since the merger');
    expect(bare?.evidence.ambiguousCue).toBe(true);
    expect(marked?.evidence.ambiguousCue).toBeUndefined();
    expect(bare!.confidence).toBeLessThan(marked!.confidence);
  });

  it('reads "The insurance claims office was closed" as no statement', () => {
    expect(statementsIn('The insurance claims office was closed on Monday.')).toEqual([]);
  });

  it('reads an -s form after "also" or "then" as the verb of a singular subject: "The ad also mentions …"', () => {
    const s = find(statementsIn('The new ad also mentions the senator’s vote on the harbour bill.'), { cue: 'also mentions' });
    expect(s?.content.text).toBe('the senator’s vote on the harbour bill');
    expect(s?.evidence.ambiguousCue).toBeUndefined();
    expect(find(statementsIn('The ad then references the scandal at the port authority.'), { cue: 'then references' })?.content.text).toBe(
      'the scandal at the port authority',
    );
  });

  it('makes no verb of a noun-like form after a plural subject and an adverb, or without an adverb', () => {
    expect(statementsIn('The new ads also mentions the senator’s vote.').filter((s) => s.cue?.text === 'also mentions')).toEqual([]);
    expect(statementsIn('The new film documents the growth of private prisons.')).toEqual([]);
  });
});
