/**
 * Closed word lists for actor extraction: general English and news conventions, written by hand.
 * All entries are lower case; look them up with a word's `lower` form.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`);

/** Words that never start a name, even capitalised ("The", "However", "He"). */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she his her him they them their we our us i you your my me
  in on at of for to from by with and but or nor so yet as if when while after before since because although though
  however meanwhile moreover furthermore therefore thus also still even then there here what who whom which where why how
  all some many most few both each every no not one two three four five six seven eight nine ten
  first second third fourth fifth sixth seventh eighth ninth tenth half last next other another such any only just about against between into through during
  under over above below up down out off again further once is are was were be been being have has had do does did
  will would shall should can could may might must mr mrs ms dr yes oh ok please thanks
  according despite unlike like unless until upon within without via per whether either neither
  said says say told amid amidst among amongst beyond behind beside besides along alongside around across toward towards onto`);

/** Acronyms of things, units and times that name no actor ("TV", "PM", "GDP"). */
export const COMMON_ACRONYMS = set(`
  tv pm am et est edt pst pdt cst cdt gmt bst utc ceo cfo coo cto gdp gnp dna hiv aids id ok usb gps suv atm vip dj
  phd mba faq pr hr iq ivf lgbt lgbtq pc it ai mph kph rpm`);

/** Particles inside person names ("Charles de Gaulle", "Ludwig van Beethoven", "Osama bin Laden"). */
export const NAME_PARTICLES = set(`de van von der den del della di da dos das du le la bin ibn al el ter zu y`);

/** Adjectives and group nouns that are capitalised but name no actor ("Soviet", "Islamic", "Sunni"). */
export const MISC_WORDS = set(`
  soviet western eastern northern southern islamic arab arabs muslim muslims moslem moslems christian christians
  jewish jew jews catholic catholics protestant protestants kurdish kurd kurds shi'ite shiite shiites shia sunni sunnis
  european europeans african africans asian asians latin balkan nordic baltic scandinavian arabic persian hispanic
  olympic olympics zionist english-language internet web`);

/** Honorifics: always followed by a person's name, never part of it. */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof. madam mister`);

/** Head nouns of titles and roles ("envoy", "Minister", "Secretary"). */
export const TITLE_HEADS = set(`
  president president-elect vice-president premier chancellor minister ministers secretary secretary-general
  envoy ambassador spokesman spokeswoman spokesperson representative delegate diplomat negotiator mediator
  senator congressman congresswoman governor mayor commander chief head director chairman chairwoman chairperson
  chair leader official adviser advisor counsellor counselor commissioner king queen prince princess emperor
  pope cardinal archbishop bishop rabbi imam ayatollah sheikh sultan emir crown
  general colonel lieutenant sergeant admiral marshal brigadier captain commodore major-general lieutenant-general
  judge justice prosecutor attorney lawyer magistrate ombudsman
  ceo cfo coo executive president-elect founder owner editor correspondent reporter columnist analyst economist
  professor lecturer researcher scientist spokesperson inspector detective superintendent constable officer agent
  coach manager striker midfielder defender goalkeeper batsman bowler skipper player driver rider jockey champion
  treasurer auditor comptroller speaker deputy undersecretary under-secretary aide strategist mp
  attorney-general solicitor-general inspector-general governor-general surgeon-general auditor-general
  gov gov. sen sen. rep rep. gen gen. col col. lt lt. capt capt. maj maj. sgt sgt. adm adm. cmdr insp supt`);

/** Words that qualify a title head ("Foreign", "Prime", "special", "former"). */
export const TITLE_MODIFIERS = set(`
  foreign prime deputy vice defence defense interior finance economy economic economics trade justice special former
  acting top senior supreme national security first state general executive press opposition party army military
  naval navy air force forces health education energy oil agriculture labour labor transport culture information
  home environment treasury assistant associate managing permanent outgoing incoming interim regional provincial
  federal presidential parliamentary junior second lead main high chief grand vice-chief nuclear
  affairs development industry commerce public foreign-policy intelligence police parliament cabinet government
  central bank space international european world union
  communications science technology interior trade tourism sports sport fisheries planning housing welfare
  social emergency internal external immigration migration spy counter-terrorism anti-terrorism arms
  u.n. un eu nato white house`);

/** A word of a title: a head, a modifier or an honorific ("Foreign", "Minister", "Mr"). */
export function isTitleWord(w: { lower: string }): boolean {
  return TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || HONORIFICS.has(w.lower);
}

/** Last words of organisation names ("Bank", "Party", "Inc"). */
export const ORG_HEADS = set(`
  inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh bv spa lp llp
  group party council ministry agency forces force bank university committee organization organisation
  association federation commission institute institution foundation fund court airlines airline airways
  motors industries holdings systems press news times post journal television tv radio network networks club
  united rovers wanderers athletic athletico albion city-fc fc department office service services authority board
  bureau army navy guard guards brigade brigades front movement church league assembly parliament congress senate
  cabinet government exchange reserve securities capital partners bancorp trust insurance energy oil petroleum
  telecom telecommunications communications electric electronics pharmaceuticals technologies technology
  software secretariat tribunal alliance coalition corporation company companies enterprises studios records
  team union conference academy society college school clinic laboratories labs railways railway
  motor steel mining mines chemicals foods brewery breweries bancshares financial investments fidelity
  mutual consortium syndicate cartel directorate command corps police militia rebels commission
  agencies broadcasting broadcasting-corporation magazine gazette herald tribune telegraph chronicle observer
  mail express daily weekly review monitor courier inquirer examiner post-dispatch newspaper channel
  assembly council chamber caucus bloc newsroom administration bros bros. brothers zeitung gazeta gazzetta`);

/** First words of organisation names when followed by "of" ("Bank of England", "University of Chicago"). */
export const ORG_OF_HEADS = set(`
  bank university ministry department office council court church institute organization organisation
  association federation union commission committee board bureau league party academy society fund agency
  house chamber college school museum order congress conference assembly movement front army confederation
  corporation company federal-reserve secretariat alliance parliament senate government administration
  sisters brotherhood friends patriotic`);

/** Last words of place names ("Black Sea", "Gaza Strip"). */
export const PLACE_HEADS = set(`
  river mountains mountain sea ocean gulf bay island islands isles peninsula valley desert strait straits canal
  province region county street avenue road square airport stadium park bridge coast heights hills hill beach
  harbour harbor lake falls plateau basin territory territories district oblast krai prefecture forest highway
  boulevard lane plaza circuit arena strip bank-west delta glacier reef archipelago steppe lowlands highlands
  valley-region state-park municipality governorate canton parish borough township village town republic
  museum embassy consulate hospital locks passage terminal cathedral mosque temple palace prison camp`);

/** First words of place names ("Mount Everest", "Lake Geneva", "Gulf of Mexico"). */
export const PLACE_PREFIXES = set(`mount mt mt. lake cape fort port gulf bay sea strait isle st. saint san santa`);

/** Words that make "the <word> of X" a place: "the city of Sochi", "the Gulf of Aden". */
export const PLACE_DESCRIPTORS = set(`city town village capital port region province state island resort district area county`);

/** Prepositions after which a lone unknown name is most likely a place ("in Sochi"). */
export const PLACE_PREPOSITIONS = set(`in near outside inside across throughout towards toward into at from to via around`);

/** Reporting verbs and phrases heads: "X said" makes a two-word name a person. */
export const REPORTING_VERBS = set(`
  said says say saying told tells added adds warned warns warning stated states announced announces declared declares
  insisted insists noted notes explained explains claimed claims argued argues reported reports confirmed confirms
  denied denies stressed stresses urged urges called calls asked asks replied replies complained complains accused
  accuses suggested suggests predicted predicts promised promises threatened threatens admitted admits acknowledged
  acknowledges believes believed regretted regrets reminded reminds wrote writes commented comments recalled recalls
  conceded concedes estimated estimates agreed agrees disagreed maintained maintains objected objects proposed
  proposes demanded demands rejected rejects vowed vows pledged pledges hinted hints cautioned cautions
  criticised criticized criticises criticizes condemned condemns welcomed welcomes praised praises
  underlined underlines emphasised emphasized emphasises emphasizes indicated indicates signalled signaled`);

/** Verbs of headline English, beyond REPORTING_VERBS, that never sit inside a name: "Senators Rip …", "Christie Slams …". */
export const HEADLINE_VERBS = set(`
  rips rip slams slam blasts blast hammers hammer bashes bash knocks lashes torches grills mocks mock
  endorses endorse backs reveals questions questioned defends defended dismisses dismissed attacks
  attacked sees slammed blasted ripped hammered`);

/** Verbs and auxiliaries that make a capital city the subject of a political act ("Moscow complains"). */
export const POLITICAL_VERBS = set(`
  has have had is was will would could can may might must should does did wants want wanted seeks sought
  needs needed considers considered hopes hoped fears feared plans planned intends intended tries tried
  opposes opposed supports supported backs backed blames blamed blaming refuses refused refusing insists insisting
  demands demanding accuses accusing rejects rejecting warns warning threatens threatening denies denying
  responds responded reacted reacts retaliated retaliates decided decides offered offers signals expelled expels
  recalled imposed imposes recognised recognized recognises recognizes pushed pushes pressed presses sees saw
  views viewed regards regarded maintains continues continued remains remained invariably rapped raps
  complains complained complaining protested protests protesting voiced voices voicing expressed expresses
  agreed agrees agreeing negotiated negotiates announced announces says said saying told urged urges urging
  called calls calling claimed claims claiming argued argues arguing believes believed believing
  condemned condemns condemning criticised criticized criticises criticizes criticising criticizing
  welcomed welcomes welcoming insisted proposed proposes proposing vowed vows vowing pledged pledges`);

/** Nouns that make "Capital's <noun>" a local, geographic use rather than a government's: "Moscow's streets". */
export const LOCAL_NOUNS = set(`
  mayor streets street airport airports city centre center residents suburbs suburb river subway metro population
  outskirts district districts citizens hotels hotel restaurants markets market stock weather university
  zoo museum museums cathedral parks park squares square buildings skyline traffic police football club team`);

export const MALE_PRONOUNS = set(`he him his himself`);
export const FEMALE_PRONOUNS = set(`she her hers herself`);

/** Nouns standing for an actor already named: "the envoy", "the alliance", "the country". */
export const ORG_DESCRIPTIONS = set(`alliance organisation organization bloc union group company firm party agency bank ministry
  council committee body club movement militia network corporation institution federation association coalition`);
export const COUNTRY_DESCRIPTIONS = set(`country nation kingdom republic state`);

/** Well-known organisations: canonical name, other names, nouns that describe them ("the alliance"). */
export interface KnownOrganization {
  name: string;
  aliases: readonly string[];
  descriptions?: readonly string[];
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  {
    name: 'NATO',
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato', 'N.A.T.O.'],
    descriptions: ['alliance', 'bloc'],
  },
  {
    name: 'United Nations',
    aliases: ['UN', 'U.N.', 'United Nations Organization'],
    descriptions: ['organisation', 'organization', 'body'],
  },
  { name: 'European Union', aliases: ['EU', 'E.U.'], descriptions: ['union', 'bloc'] },
  {
    name: 'UN Security Council',
    aliases: ['United Nations Security Council', 'U.N. Security Council', 'Security Council'],
    descriptions: ['council'],
  },
  { name: 'UN General Assembly', aliases: ['United Nations General Assembly', 'U.N. General Assembly', 'General Assembly'] },
  {
    name: 'OPEC',
    aliases: ['Organization of the Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries'],
    descriptions: ['cartel', 'group'],
  },
  { name: 'International Monetary Fund', aliases: ['IMF'], descriptions: ['fund'] },
  { name: 'World Bank', aliases: [], descriptions: ['bank'] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  {
    name: 'OSCE',
    aliases: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
  },
  { name: 'ASEAN', aliases: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'] },
  { name: 'African Union', aliases: [] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  {
    name: 'OECD',
    aliases: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
  },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], descriptions: ['agency'] },
  { name: 'European Commission', aliases: ['EU Commission'], descriptions: ['commission'] },
  { name: 'European Central Bank', aliases: ['ECB'], descriptions: ['bank'] },
  { name: 'Federal Reserve', aliases: ['Fed', 'U.S. Federal Reserve', 'US Federal Reserve'], descriptions: ['bank'] },
  { name: 'Bundesbank', aliases: [], descriptions: ['bank'] },
  { name: 'Interpol', aliases: [] },
  { name: 'Red Cross', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Amnesty International', aliases: [] },
  { name: 'Human Rights Watch', aliases: [] },
  { name: 'Reuters', aliases: [] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'] },
  { name: 'CNN', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'Kremlin', aliases: [] },
  { name: 'Congress', aliases: ['U.S. Congress', 'US Congress'] },
  { name: 'Senate', aliases: ['U.S. Senate', 'US Senate'] },
  { name: 'Parliament', aliases: [] },
  { name: 'Duma', aliases: ['State Duma'] },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'] },
  { name: 'CIA', aliases: ['Central Intelligence Agency'] },
  { name: 'KGB', aliases: [] },
  { name: 'FSB', aliases: ['Federal Security Service'] },
  { name: 'NASA', aliases: [] },
  { name: 'UNESCO', aliases: [] },
  { name: 'UNICEF', aliases: [] },
  { name: 'UNHCR', aliases: ['UN refugee agency'] },
  { name: 'FIFA', aliases: [] },
  { name: 'UEFA', aliases: [] },
  { name: 'International Olympic Committee', aliases: ['IOC'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah'] },
  { name: 'Taliban', aliases: [] },
  { name: 'al Qaeda', aliases: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'Al-Qaeda'] },
  { name: 'PLO', aliases: ['Palestine Liberation Organisation', 'Palestine Liberation Organization'] },
  { name: 'Palestinian Authority', aliases: [] },
  { name: 'Commonwealth of Independent States', aliases: ['CIS'] },
];

/** Regions and landforms that news names and country-coder lacks. */
export const EXTRA_PLACES: readonly string[] = [
  'Middle East',
  'Near East',
  'Far East',
  'Balkans',
  'Caucasus',
  'North Caucasus',
  'Gulf',
  'Persian Gulf',
  'Arabian Peninsula',
  'West Bank',
  'Gaza',
  'Gaza Strip',
  'Golan Heights',
  'Kashmir',
  'Chechnya',
  'Kurdistan',
  'Siberia',
  'Tibet',
  'Xinjiang',
  'Scandinavia',
  'Baltics',
  'Latin America',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'West Asia',
  'North Africa',
  'West Africa',
  'East Africa',
  'Horn of Africa',
  'Sahel',
  'Sahara',
  'Mediterranean',
  'Black Sea',
  'Baltic Sea',
  'Caspian Sea',
  'Red Sea',
  'Atlantic',
  'Pacific',
  'Arctic',
  'Eurasia',
  'Western Europe',
  'Eastern Europe',
  'Central Europe',
  'Northern Ireland',
  'Transnistria',
  'Abkhazia',
  'South Ossetia',
  'Crimea',
  'Donbas',
  'Darfur',
  'Midwest',
  'New England',
  'Great Lakes',
  'Rocky Mountains',
  'Rockies',
  'Deep South',
  'Persian Gulf',
  'Horn of Africa',
  'Silicon Valley',
  'Wall Street',
  'White House',
  'Mideast',
  'Korean Peninsula',
  'Indian Ocean',
  'Atlantic Ocean',
  'Pacific Ocean',
];
