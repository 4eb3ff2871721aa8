import { describe, expect, it } from 'vitest';
import { UNIDENTIFIED } from '../../../src/extract/statements/index.js';
import { find, statementsIn } from './helpers.js';

const LAVROV = { text: 'Sergey Lavrov', key: 'Person:Sergey Lavrov' };

describe('speaker keys', () => {
  it('names the mention of "X, who said …" by the relative pronoun and the actor by X', () => {
    const s = find(statementsIn('Sergey Lavrov, who said the talks had failed, left early.', [LAVROV]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.speakerMention?.text).toBe('who');
    expect(s?.content.text).toBe('the talks had failed');
  });

  it('finds the name before two appositives: "“…,” X, the minister, one of the signatories, said"', () => {
    const text = '“The treaty is dead,” Sergey Lavrov, the foreign minister, one of its signatories, said on Monday.';
    const s = find(statementsIn(text, [LAVROV]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.content.text).toBe('“The treaty is dead,”');
  });

  it('reads "In the latest poll, …" as the poll speaking', () => {
    const s = statementsIn('In the latest poll, the governor leads by six points.')[0];
    expect(s?.speaker).toBe('Unnamed:latest poll');
    expect(s?.content.text).toBe('the governor leads by six points');
  });

  it('keeps a spokesperson with no marked affiliation as "spokesman for …"', () => {
    const s = statementsIn('A spokesman for the ministry said the report was false.')[0];
    expect(s?.speaker).toBe('Unnamed:spokesman for the ministry');
  });

  it('keys descriptions without their determiners: "the report", "analysts"', () => {
    expect(statementsIn('The report found that prices had doubled.')[0]?.speaker).toBe('Unnamed:report');
    expect(statementsIn('Several analysts warned that prices would rise.')[0]?.speaker).toBe('Unnamed:analysts');
  });

  it('gives a pronoun that nothing resolves one unidentified speaker, not "Unnamed:he"', () => {
    expect(statementsIn('He said the border was closed.')[0]?.speaker).toBe(UNIDENTIFIED);
  });

  it('resolves a surname that actor extraction left unmarked: "Mr. Lavrov said"', () => {
    const text = 'Sergey Lavrov arrived in Geneva. Mr. Lavrov said the talks would go on.';
    const s = find(statementsIn(text, [{ ...LAVROV, nth: 0 }]), { cue: 'said' });
    expect(s?.speaker).toBe('Person:Sergey Lavrov');
    expect(s?.speakerMention?.text).toBe('Mr. Lavrov');
  });

  it('gives "I" outside quotations in an op-ed to the author', () => {
    const s = statementsIn('I believe the treaty will fail.', [], { opinion: true, authorActor: 'Person:Jane Doe' })[0];
    expect(s?.speaker).toBe('Person:Jane Doe');
    expect(s?.speakerMention?.text).toBe('I');
  });
});
