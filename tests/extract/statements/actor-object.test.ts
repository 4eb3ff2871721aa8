import { describe, expect, it } from 'vitest';
import { find, statementsIn } from './helpers.js';

const OKAFOR = { text: 'Ruth Okafor', key: 'Person:Ruth Okafor' };
const BRANDT = { text: 'Paul Brandt', key: 'Person:Paul Brandt' };
const UNION = { text: 'Dockers Union', key: 'Organization:Dockers Union' };

describe('an object that names a person or a body', () => {
  it('marks "endorsed Paul Brandt" as an attitude toward an actor and trusts it more than "endorsed the plan"', () => {
    const actor = find(statementsIn('The Dockers Union endorsed Paul Brandt.', [UNION, BRANDT]), { cue: 'endorsed' });
    const thing = find(statementsIn('The Dockers Union endorsed the harbour plan.', [UNION]), { cue: 'endorsed' });
    expect(actor?.evidence.actorObject).toBe(true);
    expect(thing?.evidence.actorObject).toBeUndefined();
    expect(actor!.confidence).toBeGreaterThan(thing!.confidence);
  });

  it('counts "the" before the name, not a pronoun or a possessive determiner', () => {
    const named = find(statementsIn('Ruth Okafor praised the Dockers Union for its patience.', [OKAFOR, UNION]), { cue: 'praised' });
    expect(named?.evidence.actorObject).toBe(true);
    const pronoun = find(statementsIn('Ruth Okafor described his first attempt at the harbour.', [OKAFOR]), { cue: 'described' });
    expect(pronoun?.evidence.actorObject).toBeUndefined();
  });

  it('leaves clauses and quotations alone: only objects and labels carry it', () => {
    const s = find(statementsIn('Ruth Okafor said Paul Brandt would win.', [OKAFOR, BRANDT]), { cue: 'said' });
    expect(s?.evidence.actorObject).toBeUndefined();
  });
});
