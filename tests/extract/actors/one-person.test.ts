import { describe, expect, it } from 'vitest';
import { actor, mentionsOf, run } from './docs.js';

describe('extractActors: one person, one actor', () => {
  it('reads a parenthesised full form as the same person, with the short form as an alias', () => {
    const r = run(
      'Bob (Robert James) Smith was arrested on Monday. Smith denied the charge. Mr Smith said he would appeal. Bob Smith left.',
    );
    const smith = actor(r, 'Person:Robert James Smith');
    expect(smith.aliases).toEqual(expect.arrayContaining(['Bob Smith', 'Smith']));
    expect(r.actors.filter((a) => a.type === 'Person')).toHaveLength(1);
    expect(mentionsOf(r, smith.key).filter((m) => m.kind !== 'pronoun')).toHaveLength(4);
  });

  it('reads a nickname in quotes as an alias of the person, not a new person', () => {
    const r = run(
      'Former champion Wade "The Hammer" Bassi won again. Bassi said he was tired. Peter \'Pete\' Harlan joined. Pete said no.',
    );
    expect(actor(r, 'Person:Wade Bassi').aliases).toEqual(expect.arrayContaining(['The Hammer', 'Bassi']));
    expect(actor(r, 'Person:Peter Harlan').aliases).toContain('Pete');
    expect(r.actors.map((a) => a.key).sort()).toEqual(['Person:Peter Harlan', 'Person:Wade Bassi']);
  });

  it('does not read a results line "Name (Country) Team" as a full form', () => {
    const r = run('1. Olaf Ludwig (Germany) Telekom 4 hours 48 mins');
    expect(r.actors.map((a) => a.key)).toContain('Country:Germany');
    expect(r.actors.some((a) => a.name.includes('('))).toBe(false);
  });

  it('reads a first name alone as the one person who bears it', () => {
    const r = run("Lupita Nyong'o lost her dress. Lupita told police it was taken.");
    expect(mentionsOf(r, "Person:Lupita Nyong'o")).toContainEqual({ text: 'Lupita', kind: 'alias' });
  });

  it('leaves a first name alone when two people bear it', () => {
    const r = run('Anna Berg and Anna Holt met. Anna left early.');
    expect(r.actors.map((a) => a.key)).not.toContain('Person:Anna');
    expect(mentionsOf(r, 'Person:Anna Berg').map((m) => m.text)).not.toContain('Anna');
  });
});
