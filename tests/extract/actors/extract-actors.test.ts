import { describe, expect, it } from 'vitest';
import { actor, mentionsOf, run } from './docs.js';

describe('extractActors: names and types', () => {
  it('keeps a multi-word organisation joined by "of" as one name', () => {
    const r = run('Analysts expect the Bank of England to raise rates in March.');
    expect(actor(r, 'Organization:Bank of England').type).toBe('Organization');
  });

  it('types a country from the packaged country data, with its Wikidata id and ISO code', () => {
    const r = run('Trade talks with Norway resumed on Monday.');
    const norway = actor(r, 'Country:Norway');
    expect(norway.wikidata).toBe('Q20');
    expect(norway.countryCode).toBe('NO');
  });

  it('uses the common short name of a country and keeps the surface form as an alias', () => {
    const r = run('The United States of America and Canada signed the deal.');
    expect(actor(r, 'Country:United States').aliases).toEqual(['United States of America']);
  });

  it('cuts the possessive off a name', () => {
    const r = run("Brazil's delegation left early.");
    expect(mentionsOf(r, 'Country:Brazil')).toEqual([{ text: 'Brazil', kind: 'name' }]);
  });

  it('splits a hyphenated compound of two known names', () => {
    const r = run('The EU-Turkey agreement on migration was extended.');
    expect(mentionsOf(r, 'Organization:European Union')).toEqual([{ text: 'EU', kind: 'name' }]);
    expect(mentionsOf(r, 'Country:Turkey')).toEqual([{ text: 'Turkey', kind: 'name' }]);
  });

  it('does not take a capitalised common word at the start of a sentence for a name', () => {
    const r = run('Officials in Warsaw said the road would reopen.');
    expect(r.actors.map((a) => a.key)).toEqual(['Place:Warsaw']);
  });

  it('reads an all-caps headline only through lexicon evidence', () => {
    const r = run('The two governments met on Friday.', { headline: 'CANADA AND MEXICO SIGN TRADE PACT' });
    expect(r.actors.map((a) => a.key)).toEqual(['Country:Canada', 'Country:Mexico']);
    expect(r.mentions.every((m) => m.sentence === 0)).toBe(true);
  });

  it('ends a name in a title-case headline at a reporting verb', () => {
    const r = run('Marta Velez spoke in the capital.', { headline: 'Marta Velez Slams Tomas Greer Over Port Deal' });
    const names = r.mentions.filter((m) => m.sentence === 0).map((m) => m.span.text);
    expect(names).toEqual(expect.arrayContaining(['Marta Velez', 'Tomas Greer']));
    expect(names.some((n) => n.includes('Slams'))).toBe(false);
  });

  it('takes a bracketed acronym as an alias of the organisation before it', () => {
    const r = run('The Northern Grain Growers Association (NGGA) opposed the plan. The NGGA said prices would fall.');
    const org = actor(r, 'Organization:Northern Grain Growers Association');
    expect(org.aliases).toEqual(['NGGA']);
    expect(mentionsOf(r, org.key).map((m) => m.kind)).toEqual(['name', 'alias', 'alias']);
  });

  it('reads a place from context when no lexicon knows it', () => {
    const r = run('The convoy was stopped near Zelvasti on Sunday, and the Zelvasti-based monitors left.');
    expect(actor(r, 'Place:Zelvasti').type).toBe('Place');
  });
});

describe('extractActors: people and roles', () => {
  it('keeps a title out of the person mention and records it as a role', () => {
    const r = run('Prime Minister Lena Sorensen opened the session.');
    const p = actor(r, 'Person:Lena Sorensen');
    expect(mentionsOf(r, p.key)).toEqual([{ text: 'Lena Sorensen', kind: 'name' }]);
    expect(p.roles.map((x) => x.title)).toEqual(['Prime Minister']);
  });

  it('reads a role before the name, with the possessive as affiliation', () => {
    const r = run("Norway's trade envoy Ingrid Halvorsen arrived on Tuesday.");
    const [role] = actor(r, 'Person:Ingrid Halvorsen').roles;
    expect(role).toMatchObject({ title: 'trade envoy', affiliation: 'Country:Norway', span: { text: 'trade envoy' } });
  });

  it('takes a demonym before a title as the affiliation and as a demonym mention', () => {
    const r = run('Canadian Foreign Minister Paul Tremblay met his counterpart.');
    expect(actor(r, 'Person:Paul Tremblay').roles).toMatchObject([{ title: 'Foreign Minister', affiliation: 'Country:Canada' }]);
    expect(mentionsOf(r, 'Country:Canada')).toEqual([{ text: 'Canadian', kind: 'demonym' }]);
  });

  it('reads a role from an apposition after the name', () => {
    const r = run('Paul Tremblay, the foreign minister of Canada, left Ottawa.');
    expect(actor(r, 'Person:Paul Tremblay').roles).toMatchObject([{ title: 'foreign minister', affiliation: 'Country:Canada' }]);
  });

  it('links a later surname to the full name seen earlier', () => {
    const r = run('Maria Kowalczyk led the delegation.\nKowalczyk said the talks would resume.');
    const p = actor(r, 'Person:Maria Kowalczyk');
    expect(p.aliases).toEqual(['Kowalczyk']);
    expect(mentionsOf(r, p.key).map((m) => m.kind)).toEqual(['name', 'alias']);
  });

  it('resolves a pronoun to the most recent compatible person', () => {
    const r = run('Maria Kowalczyk arrived in Warsaw. She said the deal was close.');
    expect(mentionsOf(r, 'Person:Maria Kowalczyk')).toContainEqual({ text: 'She', kind: 'pronoun' });
  });

  it('resolves "the envoy" to the person who holds that role', () => {
    const r = run("Norway's trade envoy Ingrid Halvorsen arrived on Tuesday. The envoy met farmers.");
    expect(mentionsOf(r, 'Person:Ingrid Halvorsen')).toContainEqual({ text: 'The envoy', kind: 'description' });
  });

  it('makes authors Person actors and the publisher an Organization actor without body mentions', () => {
    const r = run('Prices rose again.', { authors: ['Jane Example'], publisher: 'Daily Planet' });
    expect(actor(r, 'Person:Jane Example').confidence).toBeGreaterThanOrEqual(0.95);
    expect(actor(r, 'Organization:Daily Planet').type).toBe('Organization');
  });
});

describe('extractActors: metonymy and consistency', () => {
  it('reads a capital as its country when it acts politically, and as a place otherwise', () => {
    const r = run('Beijing complains about the tariffs.\nThe delegates met in Beijing.');
    expect(mentionsOf(r, 'Country:China')).toEqual([{ text: 'Beijing', kind: 'metonym' }]);
    expect(mentionsOf(r, 'Place:Beijing')).toEqual([{ text: 'Beijing', kind: 'name' }]);
  });

  it("reads a capital's policy as its country's", () => {
    const r = run("Critics blamed Washington's unilateral approach.");
    expect(mentionsOf(r, 'Country:United States')).toEqual([{ text: 'Washington', kind: 'metonym' }]);
  });

  it('types a place name acting as a sports team as an organisation throughout the document', () => {
    const r = run('Lancashire beat Yorkshire by six wickets.\nRain stopped play in Lancashire.');
    expect(mentionsOf(r, 'Organization:Lancashire').length).toBe(2);
  });

  it('is deterministic: actors in order of first mention, mentions by offset', () => {
    const body = 'Ingrid Halvorsen met Paul Tremblay in Oslo. Halvorsen said Norway would wait.';
    const a = run(body);
    const b = run(body);
    expect(a).toEqual(b);
    expect(a.actors.map((x) => x.key)).toEqual(['Person:Ingrid Halvorsen', 'Person:Paul Tremblay', 'Place:Oslo', 'Country:Norway']);
    const starts = a.mentions.map((m) => m.span.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it('gives every mention the exact text of its span', () => {
    const r = run("Russia's envoy met NATO-Russia council members in Brussels.");
    const text = "Russia's envoy met NATO-Russia council members in Brussels.";
    for (const m of r.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });
});

describe('extractActors: edge cases', () => {
  it('returns nothing for a document without names', () => {
    expect(run('prices rose again on friday.')).toEqual({ actors: [], mentions: [] });
  });

  it('resolves "it" as the subject of a reporting verb to the latest organisation', () => {
    const r = run('The Northern Grain Growers Association met on Monday. It said prices would fall.');
    expect(mentionsOf(r, 'Organization:Northern Grain Growers Association')).toContainEqual({ text: 'It', kind: 'pronoun' });
  });

  it('reads a surname at the start of a sentence once the full name is known', () => {
    const r = run('Officials met Maria Kowalczyk on Monday.\nKowalczyk declined to comment.');
    expect(mentionsOf(r, 'Person:Maria Kowalczyk')).toContainEqual({ text: 'Kowalczyk', kind: 'alias' });
  });
});

describe('extractActors: the edges of names', () => {
  it('ends an organisation at its head before a title ("Federal Police | Commissioner")', () => {
    const r = run('The Ruritanian Federal Police Commissioner Anton Weiss resigned.');
    expect(actor(r, 'Organization:Ruritanian Federal Police').type).toBe('Organization');
    expect(actor(r, 'Person:Anton Weiss').type).toBe('Person');
  });

  it('keeps "Committee on ..." and "X and Y Council" whole', () => {
    const r = run('The Joint Committee on Fisheries and Forests met the Travel and Tourism Council on Monday.');
    expect(r.actors.map((a) => a.key)).toEqual([
      'Organization:Joint Committee on Fisheries and Forests',
      'Organization:Travel and Tourism Council',
    ]);
  });

  it('does not join two companies listed with "and"', () => {
    const r = run('Investors compared Halvex Corp and Brevik Group.');
    expect(r.actors.map((a) => a.key)).toEqual(['Organization:Halvex Corp', 'Organization:Brevik Group']);
  });

  it('reads names behind an Arabic article ("al-Bashir", "al-Qaeda-linked")', () => {
    const r = run('Omar Hassan al-Bashir met an al-Qaeda-linked group.');
    expect(r.actors.map((a) => a.key)).toEqual(['Person:Omar Hassan al-Bashir', 'Organization:al Qaeda']);
  });

  it('takes no actor from acronyms of things or plural acronyms', () => {
    const r = run('CEOs from the networks met at 9 PM to discuss TV rights and GDP.');
    expect(r.actors).toEqual([]);
  });

  it('takes no actor from a bill or a named storm, but keeps a man called Bill', () => {
    const r = run('A new Bill would help victims of Hurricane Sandy, the Data Retention Bill not. Bill Hobart said so.');
    expect(r.actors.map((a) => a.key)).toEqual(['Person:Bill Hobart']);
  });

  it('reads a hyphenated title before a name as the title', () => {
    const r = run('The Attorney-General George Brandon spoke.');
    expect(actor(r, 'Person:George Brandon').roles.map((x) => x.title)).toEqual(['Attorney-General']);
  });

  it('takes no actor from a social media handle', () => {
    const r = run('One user wrote "@Korvan_Oslo stop it" on Sunday.');
    expect(r.actors).toEqual([]);
  });

  it('reads "Committee on ..." with an organisation head inside as an organisation', () => {
    const r = run('The Joint Committee on Intelligence and Security has pointed out the risk.');
    expect(actor(r, 'Organization:Joint Committee on Intelligence and Security').type).toBe('Organization');
  });

  it('reads "Bin Laden" at the start of a sentence as the surname of "Osama bin Laden"', () => {
    const r = run("Osama bin Laden lived in Khartoum. In 1998, Bin Laden's agents struck.");
    expect(mentionsOf(r, 'Person:Osama bin Laden')).toContainEqual({ text: 'Bin Laden', kind: 'alias' });
  });
});
