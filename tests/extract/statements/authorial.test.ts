import { describe, expect, it } from 'vitest';
import { authorialType } from '../../../src/extract/statements/index.js';
import { statementsIn } from './helpers.js';

const AUTHOR = 'Person:Jane Writer';
const op = { opinion: true, authorActor: AUTHOR };

describe('op-ed author claims', () => {
  it('makes an unattributed body sentence of an op-ed a claim of the author', () => {
    const statements = statementsIn('The sanctions have hurt ordinary people more than the regime.', [], op);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speaker: AUTHOR, mode: 'authorial', cueLemma: 'assert', type: 'assertion' });
    expect(statements[0]?.cue).toBeUndefined();
    expect(statements[0]?.content.text).toBe('The sanctions have hurt ordinary people more than the regime');
    expect(statements[0]?.confidence).toBeLessThan(0.7);
  });

  it('does not make a question a claim', () => {
    expect(statementsIn('Why would anyone trust the alliance now?', [], op)).toEqual([]);
  });

  it('does not make a heading a claim', () => {
    const text = 'Stalemate in the border talks\nThe talks have stalled for a month.';
    const statements = statementsIn(text, [], op);
    expect(statements.map((s) => s.content.text)).toEqual(['The talks have stalled for a month']);
  });

  it('leaves attributed sentences to their speakers', () => {
    const text = 'Maria Kaine said the talks were over. The talks were never serious.';
    const statements = statementsIn(text, [{ text: 'Maria Kaine', key: 'Person:Maria Kaine' }], op);
    expect(statements.map((s) => s.speaker)).toEqual(['Person:Maria Kaine', AUTHOR]);
  });

  it('makes no author claims in a news article', () => {
    expect(statementsIn('The talks have stalled for a month.', [], { authorActor: AUTHOR, opinion: false })).toEqual([]);
  });

  it('drops a list number from the claim', () => {
    const statements = statementsIn('1. The guarantees will not come this year.', [], op);
    expect(statements[0]?.content.text).toBe('The guarantees will not come this year');
  });
});

describe('authorialType', () => {
  it('reads "will certainly" as a prediction', () => {
    expect(authorialType('The next government will certainly not be worse for Moscow.')).toBe('prediction');
  });

  it('reads "it is extremely unlikely" as a belief', () => {
    expect(authorialType('It is extremely unlikely that the guarantees will come.')).toBe('belief');
  });

  it('reads "should" as a demand', () => {
    expect(authorialType('The alliance should talk to Moscow before deploying anything.')).toBe('demand');
  });

  it('reads a plain statement of fact as an assertion', () => {
    expect(authorialType('The summit took place in July.')).toBe('assertion');
  });
});
