import { describe, expect, it } from 'vitest';
import { actor, mentionsOf, run } from './docs.js';

describe('extractActors: a lone name typed from its context', () => {
  it('reads the owner of forces or a regime as a person', () => {
    const r = run("The rebels advanced on Zorgan's forces near the coast.");
    expect(actor(r, 'Person:Zorgan').type).toBe('Person');
  });

  it('reads the object of "the fall of" as a person', () => {
    const r = run('The fall of Mbatoro was a relief to his neighbours.');
    expect(actor(r, 'Person:Mbatoro').type).toBe('Person');
  });

  it('reads a name after a family word as a person', () => {
    const r = run('The president visited his wife Naina in hospital.');
    expect(actor(r, 'Person:Naina').type).toBe('Person');
  });

  it('reads a name that dies or resigns as a person', () => {
    const r = run('Kravetz resigned on Friday.');
    expect(actor(r, 'Person:Kravetz').type).toBe('Person');
  });

  it('still reads a lone name with no such evidence as an organisation', () => {
    const r = run('Investors sold shares after Voltaro cut its forecast.');
    expect(actor(r, 'Organization:Voltaro').type).toBe('Organization');
  });

  it('reads a name said to speak of "it" as an organisation', () => {
    const r = run('Comelf said it had doubled its output.');
    expect(actor(r, 'Organization:Comelf').type).toBe('Organization');
  });

  it('reads a name introduced by an organisation noun as an organisation', () => {
    const r = run('The Yugoslav news agency Tanjug reported the closure, and packaging company Cofinec said it would wait.');
    expect(actor(r, 'Organization:Tanjug').type).toBe('Organization');
    expect(actor(r, 'Organization:Cofinec').type).toBe('Organization');
  });

  it('reads a name followed by an organisation noun as an organisation', () => {
    const r = run('Tass Gorny newspaper said the plant would close.');
    expect(actor(r, 'Organization:Tass Gorny').type).toBe('Organization');
  });

  it('reads a name whose shares or output are spoken of as an organisation', () => {
    const r = run("Halvex's shares fell after the results.");
    expect(actor(r, 'Organization:Halvex').type).toBe('Organization');
  });

  it('reads a name that the text calls a company, in apposition or after "is a", as an organisation', () => {
    expect(actor(run('Korvan, an Oslo-based taxi company, raised its fares.'), 'Organization:Korvan').type).toBe('Organization');
    expect(actor(run('Critics say Korvan is a taxi company like any other.'), 'Organization:Korvan').type).toBe('Organization');
  });

  it('reads an apposition that opens with a title and no article ("X, former editor of ...") as a person', () => {
    const r = run('The king promised an amnesty to Hen Vipak, former editor of the paper.');
    expect(actor(r, 'Person:Hen Vipak').type).toBe('Person');
  });

  it('reads a direction before a known place as a place ("Northern Pacific")', () => {
    const r = run('The fleet fished in the Northern Pacific all summer.');
    expect(actor(r, 'Place:Northern Pacific').type).toBe('Place');
  });

  it('reads the object of "the acquisition of" as a company', () => {
    const r = run('He closed the buyout of Zentagram and the acquisition of Korvio.');
    expect(actor(r, 'Organization:Zentagram').type).toBe('Organization');
    expect(actor(r, 'Organization:Korvio').type).toBe('Organization');
  });

  it('reads a small town beside a company in "X and Y" as a company', () => {
    const r = run('Executives from Halvex Corporation and Fairfax met the minister.');
    expect(actor(r, 'Organization:Fairfax').type).toBe('Organization');
  });

  it('reads a name that the text calls a teacher as a person', () => {
    const r = run('Mbatoro, a retired teacher from the coast, joined the march.');
    expect(actor(r, 'Person:Mbatoro').type).toBe('Person');
  });

  it('reads a name that later pronouns call "it" as an organisation, and "his" as a person', () => {
    const r = run(
      'Korvan claims that its drivers are safe. Korvan has presented itself as a friend of the city. Telvo claims his record is clean.',
    );
    expect(actor(r, 'Organization:Korvan').type).toBe('Organization');
    expect(actor(r, 'Person:Telvo').type).toBe('Person');
  });

  it('reads the names listed after "retailers such as" or "a company like" as organisations', () => {
    const r = run('Prices fell at retailers such as Brevik, Halstad and Morrow. A company like Brevik can wait.');
    for (const name of ['Brevik', 'Halstad', 'Morrow']) expect(actor(r, `Organization:${name}`).type).toBe('Organization');
  });

  it('does not read "according to X" as X being a place', () => {
    const r = run('Sales doubled, according to Halvex. Halvex said its figures were final.');
    expect(actor(r, 'Organization:Halvex').type).toBe('Organization');
  });

  it('reads the name before a job title and a person as the employer', () => {
    const r = run('Ericsson spokesman Per Zetterquist told reporters the order was signed.');
    expect(actor(r, 'Organization:Ericsson').type).toBe('Organization');
  });
});

describe('extractActors: names of organisations', () => {
  it('reads a party named only with title words ("Labour Party")', () => {
    const r = run('The Labour Party won the vote.');
    expect(actor(r, 'Organization:Labour Party').type).toBe('Organization');
  });

  it('reads an organisation head inside the name ("League for Democracy")', () => {
    const r = run('Police detained members of the National League for Democracy (NLD) on Friday.');
    const nld = actor(r, 'Organization:National League for Democracy');
    expect(nld.aliases).toEqual(['NLD']);
  });

  it('keeps a court of a country whole', () => {
    const r = run('The Supreme Court of Ghana ruled on Monday.');
    expect(actor(r, 'Organization:Supreme Court of Ghana').type).toBe('Organization');
  });

  it('reads a newsroom, an administration and a company by their last word', () => {
    const r = run('The Federal Aviation Administration and Kansai Electric Power commented, the Dhaka Newsroom said.');
    expect(r.actors.map((a) => a.key)).toEqual([
      'Organization:Federal Aviation Administration',
      'Organization:Kansai Electric Power',
      'Organization:Dhaka Newsroom',
    ]);
  });

  it("links a company's short name to its full name", () => {
    const r = run('Voltaro Industries Inc cut its forecast. Voltaro said demand was weak.');
    expect(actor(r, 'Organization:Voltaro Industries Inc').aliases).toEqual(['Voltaro']);
  });

  it('does not take the name of an event for an actor', () => {
    const r = run('Belgium began their World Cup campaign, and Jackie Stewart won the Italian Grand Prix.');
    expect(r.actors.map((a) => a.key)).toEqual(['Country:Belgium', 'Person:Jackie Stewart', 'Country:Italy']);
  });
});

describe('extractActors: sports reports', () => {
  const report = [
    'CRICKET - KENT CLOSE IN.',
    'Kent made up for lost time against Nottinghamshire in the county championship on Friday.',
    'Rain had stopped play in Kent, but the batsman scored 80 and the bowler took four wickets as the league leaders won.',
  ].join('\n');

  it('reads a county acting in the story as its team', () => {
    const r = run(report);
    expect(mentionsOf(r, 'Organization:Kent')).toContainEqual({ text: 'Kent', kind: 'name' });
    expect(actor(r, 'Organization:Nottinghamshire').type).toBe('Organization');
  });

  it('keeps the county after "in" as the place', () => {
    const r = run(report);
    expect(mentionsOf(r, 'Place:Kent')).toEqual([{ text: 'Kent', kind: 'name' }]);
  });

  it('reads names on a results line as teams', () => {
    const r = run(
      'Soccer league results in division one on Saturday:\nPartick Thistle 1 Stenhousemuir 1\nThe striker and the goalkeeper were sent off.',
    );
    expect(actor(r, 'Organization:Partick Thistle').type).toBe('Organization');
  });
});

describe('extractActors: words derived from names are no actors', () => {
  it('takes no actor from the followers of a doctrine', () => {
    const r = run('Islamists won the vote, and a Marxist lost.');
    expect(r.actors).toEqual([]);
  });

  it('takes no actor from the people of a place ("New Yorkers", "Alaskan")', () => {
    const r = run('New Yorkers and Texans bought Alaskan halibut.');
    expect(r.actors).toEqual([]);
  });

  it('takes no actor from a name-derived adjective before a noun', () => {
    const r = run('The critic called it an Orwellian name for Mediterranean beaches.');
    expect(r.actors).toEqual([]);
  });

  it('still reads the place itself, and a surname in -ist', () => {
    const r = run('Anna Lindqvist moved to Alaska.');
    expect(r.actors.map((a) => a.key)).toEqual(['Person:Anna Lindqvist', 'Place:Alaska']);
  });
});

describe('extractActors: names with no evidence of their own', () => {
  it("reads a name ending in a company's suffix as the company, not its founder", () => {
    const r = run('Prices were set by Dana F. Belcourt Company on Monday.');
    expect(actor(r, 'Organization:Dana F. Belcourt Company').type).toBe('Organization');
  });

  it('reads a name without a first name that ends in an ordinary word as an organisation', () => {
    const r = run('The figures were published by Zantic Research this week.');
    expect(actor(r, 'Organization:Zantic Research').type).toBe('Organization');
  });

  it('still reads an unknown two-word name with a foreign first name as a person', () => {
    const r = run('The figures were given by Vafa Guluzade this week.');
    expect(actor(r, 'Person:Vafa Guluzade').type).toBe('Person');
  });

  it('takes no name made only of ordinary words with nothing to say what it is', () => {
    const r = run('The label read Certified Sustainable Seafood in blue.');
    expect(r.actors).toEqual([]);
  });

  it('reads what a company owns, or where a firm is based, as an organisation', () => {
    const r = run('Shoppers like Halvex-owned Green Basket Market, and Oslo-based Korvan hired staff.');
    expect(actor(r, 'Organization:Halvex').type).toBe('Organization');
    expect(actor(r, 'Organization:Green Basket Market').type).toBe('Organization');
    expect(actor(r, 'Organization:Korvan').type).toBe('Organization');
  });
});
