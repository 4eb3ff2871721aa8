/**
 * Context words that tell what kind of actor a name stands for, written by hand from general
 * English usage (lower case; look them up with a word's `lower` form).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nouns that introduce an organisation's name: "the news agency Tanjug", "packaging company Cofinec". */
export const ORG_NOUNS_BEFORE = set(`
  company firm group agency newspaper daily weekly magazine broadcaster network station channel club side party
  bank carrier airline maker manufacturer producer insurer lender retailer operator utility conglomerate
  brewer miner publisher distributor chain developer contractor supplier exporter importer refiner automaker
  carmaker shipper organisation organization association movement union federation consortium outfit
  subsidiary unit champions team service startup start-up brokerage website outlet publication platform
  nonprofit non-profit charity regulator watchdog giant think-tank`);

/** Nouns that follow an organisation's name: "Interfax news agency", "Le Matin newspaper", "the NLD party". */
export const ORG_NOUNS_AFTER = set(`
  newspaper newspapers daily weekly agency company group party firm network magazine movement militia
  conglomerate consortium subsidiary`);

/** Nouns an organisation owns: "Comelf's six-month output", "Cofinec's shares". */
export const ORG_POSSESSIONS = set(`
  shares stock stocks output profit profits sales revenue revenues earnings turnover results losses
  subsidiary subsidiaries units headquarters board shareholders employees workforce staff chairman
  bonds assets debts stake offices plant plants factory factories products customers branches members
  membership leadership executives bid takeover merger`);

/**
 * Nouns for the kind of actor a name stands for, read in an apposition or after a copula:
 * "Korvan, an Oslo-based company", "Korvan is a taxi company", "Mbatoro, a retired teacher".
 */
export const ORG_KIND_NOUNS = set(`
  company companies firm group agency newspaper magazine broadcaster network station channel club party bank
  carrier airline maker manufacturer producer insurer lender retailer operator utility conglomerate brewer
  publisher distributor chain developer contractor supplier exporter importer refiner automaker carmaker
  organisation organization association movement union federation consortium subsidiary service startup
  start-up brokerage website outlet publication platform nonprofit non-profit charity regulator watchdog
  giant think-tank institution institute university college school team militia faction alliance coalition
  ministry department agency authority council committee commission body corporation business enterprise
  competitor rival brand store grocer supermarket`);
export const PERSON_KIND_NOUNS = set(`
  man woman boy girl person mother father son daughter wife husband brother sister widow grandmother grandfather
  actor actress singer rapper musician artist author writer novelist poet journalist photographer filmmaker
  comedian model designer chef student teacher doctor nurse activist blogger entrepreneur investor billionaire
  businessman businesswoman lawmaker politician candidate resident veteran fisherman farmer worker pilot
  soldier officer victim survivor suspect patient professor scientist researcher economist analyst lawyer
  attorney judge senator governor mayor minister president spokesman spokeswoman spokesperson director
  executive founder owner editor reporter columnist correspondent manager coach player captain skipper
  partner employee member leader official adviser advisor aide diplomat ambassador envoy chairman chairwoman`);
export const PLACE_KIND_NOUNS = set(`
  city town village capital port region province state island resort district area county country nation
  neighbourhood neighborhood suburb river lake mountain valley peninsula territory municipality settlement
  enclave republic kingdom`);

/** Family words before a person's name: "his wife Naina". */
export const KINSHIP = set(`
  wife husband son daughter brother sister mother father widow widower uncle aunt cousin nephew niece
  grandson granddaughter grandfather grandmother fiancee fiance girlfriend boyfriend stepson stepdaughter`);

/**
 * Nouns a person, not an organisation or a place, owns or undergoes: "Gaddafi's forces", "the fall
 * of Mubarak", "the regime of Saddam".
 */
export const PERSON_POSSESSIONS = set(`
  wife husband son sons daughter daughters family widow brother sister mother father forces troops
  regime loyalists supporters followers death funeral ouster overthrow downfall fall successor
  replacement presidency premiership reign rule lawyer lawyers attorney bodyguards aides biography
  memoirs autobiography career birthday girlfriend boyfriend assassination killing arrest resignation
  impeachment whereabouts health`);

/** Of-phrases where only a person is the object: "the fall of", "the regime of". */
export const PERSON_OF_NOUNS = set(`
  fall ouster overthrow downfall death assassination killing arrest resignation regime reign presidency
  premiership widow wife son daughter funeral successor impeachment`);

/** Verbs only people do, right after the name: "Gaddafi died", "Mubarak resigned". */
export const HUMAN_VERBS = set(`
  died dies resigned resigns married marries smiled smiles laughed laughs wept shrugged nodded grinned
  sighed frowned retired retires`);

/** Past participles after "was"/"has been" that befall people: "X was born", "X was sentenced". */
export const HUMAN_PASSIVES = set(`born sentenced jailed imprisoned executed assassinated hanged wounded injured elected knighted married`);

/** Words in a document that make it a sports report, where a town's name usually names its team. */
export const SPORTS_WORDS = set(`
  soccer football cricket baseball basketball rugby tennis golf hockey boxing cycling athletics league
  championship tournament semifinal semifinals quarterfinal quarterfinals quarter-final striker midfielder
  goalkeeper coach innings wickets wicket batsman bowler homer homers homered inning pitcher touchdown
  playoff play-off playoffs standings fixtures halftime half-time matches`);

/** Prepositions after which a town in a sports report is still the place, not the team: "at Headingley, Leeds". */
export const LOCATIVE_PREPOSITIONS = set(`in at near outside inside across throughout towards toward into via around`);

/** Nouns whose first words in a capitalised name mark it as an organisation: "Radio Red", "Banco Santander". */
export const ORG_FIRST_WORDS = set(`radio banco banca banque grupo dynamo dinamo olympique borussia sporting`);

/**
 * Last words of company names that can also end other names ("Kansai Electric Power", "Dow Chemical"):
 * weaker than ORG_HEADS, and not counted after a first name ("Alan Sugar").
 */
export const INDUSTRY_HEADS = set(`
  chemical cement copper cables cable medical power textiles textile pharma pharmaceutical shipping logistics
  automotive aerospace gas petrochemical petrochemicals fertiliser fertilisers fertilizer fertilizers paper
  glass sugar tobacco beverages brewing mills engineering construction semiconductor semiconductors computer
  computers metals minerals resources properties realty estates hotels resorts stores retail media
  publishing entertainment pictures films productions wireless cellular lines cargo freight lamps tyres tires
  mining electronics appliances instruments machinery holdings`);

/** Last words of the names of events, which are no actors: "World Cup", "Italian Grand Prix", "Korean War". */
export const EVENT_HEADS = set(
  `cup classic prix championship championships games olympics open masters trophy series tournament marathon festival war`,
);

/** Last words of the names of historic periods ("Arab Spring", "Cultural Revolution"); kept apart as "spring" is also a verb of headlines. */
export const PERIOD_HEADS = set(`spring revolution uprising`);

/** First words of the names of events: "Hurricane Sandy", "Operation Desert Storm". */
export const EVENT_OPENERS = set(`hurricane typhoon cyclone storm operation`);

/** Names of former states still written as actors (no packaged Wikidata id: left unlinked). */
export const FORMER_STATES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.'] },
  { name: 'Yugoslavia', aliases: [] },
  { name: 'Czechoslovakia', aliases: [] },
  { name: 'East Germany', aliases: [] },
  { name: 'West Germany', aliases: [] },
];
