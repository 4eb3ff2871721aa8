import { describe, expect, it } from 'vitest';
import type { MentionEvidence } from '../../../src/core/types.js';
import { mentionConfidence } from '../../../src/extract/actors/confidence.js';
import { mentionsOf, run } from './docs.js';

const context = (typeAgreement: number, typeStrength: number): MentionEvidence => ({
  typeSource: 'context',
  typeAgreement,
  typeStrength,
  nameMentions: 1,
  nameWords: 2,
});

describe('mentionConfidence', () => {
  it('ranks a packaged country above a small gazetteer town', () => {
    const country = mentionConfidence(
      { typeSource: 'lexicon', lexiconKind: 'country', typeAgreement: 1, typeStrength: 10, nameMentions: 1, nameWords: 1 },
      'name',
    );
    const town = mentionConfidence(
      {
        typeSource: 'lexicon',
        lexiconKind: 'city',
        population: 20_000,
        typeAgreement: 1,
        typeStrength: 2.5,
        nameMentions: 1,
        nameWords: 1,
      },
      'name',
    );
    expect(country).toBeGreaterThan(town);
  });

  it('ranks strong, agreeing context above weak or disputed context', () => {
    expect(mentionConfidence(context(1, 10), 'name')).toBeGreaterThan(mentionConfidence(context(1, 1.5), 'name'));
    expect(mentionConfidence(context(1, 10), 'name')).toBeGreaterThan(mentionConfidence(context(0.6, 10), 'name'));
  });

  it('ranks a default reading of several capitalised words above that of one word', () => {
    const several = mentionConfidence({ typeSource: 'default', typeAgreement: 0, typeStrength: 0, nameMentions: 1, nameWords: 2 }, 'name');
    const one = mentionConfidence({ typeSource: 'default', typeAgreement: 0, typeStrength: 0, nameMentions: 1, nameWords: 1 }, 'name');
    expect(several).toBeGreaterThan(one);
  });

  it('gains from repetition and loses for a metonymy reading', () => {
    expect(mentionConfidence({ ...context(1, 4), nameMentions: 4 }, 'name')).toBeGreaterThan(mentionConfidence(context(1, 4), 'name'));
    expect(mentionConfidence(context(1, 4), 'metonym')).toBeLessThan(mentionConfidence(context(1, 4), 'name'));
  });

  it('stays within [0, 1]', () => {
    for (const e of [context(1, 100), { ...context(1, 100), typeSource: 'metadata' as const, nameMentions: 50 }]) {
      const c = mentionConfidence(e, 'name');
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });
});

describe('extractActors: confidence on every mention', () => {
  it('gives every mention a confidence and the evidence it came from', () => {
    const r = run('Norway and Zelvik Partners agreed. Zelvik Partners said it would pay.');
    expect(r.mentions.length).toBeGreaterThan(0);
    for (const m of r.mentions) {
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.evidence?.typeSource).toBeDefined();
    }
  });

  it('is surer of a country than of an unknown word typed by default', () => {
    const r = run('Norway sent aid, Brevik said.');
    const norway = r.mentions.find((m) => m.span.text === 'Norway')!;
    const brevik = r.mentions.find((m) => m.span.text === 'Brevik');
    expect(mentionsOf(r, 'Country:Norway')).toEqual([{ text: 'Norway', kind: 'name' }]);
    if (brevik) expect(norway.confidence!).toBeGreaterThan(brevik.confidence!);
    expect(norway.evidence?.typeSource).toBe('lexicon');
  });
});
