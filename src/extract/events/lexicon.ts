/**
 * Event triggers: the nouns and verbs (every inflection written out) that name an event of
 * each type, with the conditions an ambiguous word needs before it counts. In the tables a
 * phrase is written with underscores ("opened_fire", "press_conference").
 */

import type { EventType, ParticipantRole } from '../../core/types.js';

/** 'either' for a form that is both ("visit", "vote", "attack"): the context decides. */
export type TriggerPos = 'noun' | 'verb' | 'either';

export interface TriggerEntry {
  type: EventType;
  pos: TriggerPos;
  /** How sure the word alone makes us that an event is meant (0..1). */
  weight: number;
  /** A verb whose place argument is its destination ("travelled to the US"). */
  destination?: boolean;
  /** Too common a word to stand alone: an event only with an actor beside it ("met Lavrov", not "met demand"). */
  needsActor?: boolean;
  /** An event only when one of these words follows within a few words ("passed the bill", "charged with"). */
  objects?: ReadonlySet<string>;
  /** Not an event right after one of these words ("clinical trial", "under fire"). */
  notAfter?: ReadonlySet<string>;
  /** Not an event right before one of these words ("fire at" is gunfire, "sale of" is fine but "on sale" is not). */
  notBefore?: ReadonlySet<string>;
  /** The role of an active verb's subject: "X died", "X was wounded" make X the one it happened to. */
  subjectRole?: ParticipantRole;
  /** The word has other, common senses: the conditions above hold it, and its confidence is lower. */
  ambiguous?: boolean;
}

interface Group {
  type: EventType;
  pos: 'noun' | 'verb';
  weight: number;
  forms: string;
  destination?: boolean;
  needsActor?: boolean;
  objects?: string;
  notAfter?: string;
  notBefore?: string;
  subjectRole?: ParticipantRole;
  ambiguous?: boolean;
}

/** Objects that make "passed", "approved", "signed" a law-making act. */
const LEGISLATION_OBJECTS =
  'bill bills law laws legislation measure measures amendment amendments act budget ordinance decree reform reforms';
/** Objects of a release: what is published or put on sale. */
const RELEASED_OBJECTS =
  'report reports study studies survey figures data findings results album albums film films movie movies book books video trailer game games version update single documentary memoir novel';
/** Objects of "raised", "cut" that make them a business decision about prices. */
const PRICE_OBJECTS = 'price prices fares fees rates rents tariffs';
/** Words that make "charged", "charges" criminal ones. */
/** What "lift", "ease", "reinstate" act on when they change a policy ("lift the sanctions"). */
const LIFTED_OBJECTS = 'sanctions embargo embargoes ban bans restrictions curfew blockade tariffs moratorium';
/** What is deployed when "deploy" is a military move rather than "deploy a technology". */
const DEPLOYED_OBJECTS =
  'troops forces soldiers missiles missile warships ships jets aircraft battalions battalion brigade brigades units personnel police officers marines army weapons bombers fighters drones navy peacekeepers reservists guard';
/** What "seized", "captured" take when they are a military move. */
const SEIZED_OBJECTS =
  'town towns city cities village villages territory territories airport base bases region capital province district port oilfield oilfields hostages';
/** What a business opens when "opened" is a launch. */
const OPENED_OBJECTS =
  'store stores shop shops branch branches factory factories plant plants restaurant restaurants location locations outlet outlets hotel hotels mall office offices headquarters';
/** What a government freezes or blocks when it sanctions someone ("blocked the assets of the government"). */
const FROZEN_OBJECTS = 'assets accounts funds holdings reserves';
/** Where a casualty is taken ("was rushed to hospital"). */
const CARE_DESTINATIONS = 'hospital hospitals clinic infirmary';
const CHARGE_CONTEXT = 'with murder manslaughter assault fraud theft terrorism corruption counts count';

// One line per lemma (or per sense); forms are lower case, apostrophes ASCII.
const GROUPS: Group[] = [
  // ---------------------------------------------------------------- meeting
  { type: 'meeting', pos: 'noun', weight: 0.9, forms: 'meeting meetings summit summits summitry' },
  { type: 'meeting', pos: 'noun', weight: 0.65, forms: 'conference conferences gathering gatherings', notAfter: 'press news' },
  { type: 'meeting', pos: 'verb', weight: 0.75, needsActor: true, forms: 'meet meets met' },
  { type: 'meeting', pos: 'verb', weight: 0.7, forms: 'convene convenes convened convening' },
  { type: 'negotiation', pos: 'noun', weight: 0.9, forms: 'talks negotiation negotiations consultations' },
  { type: 'negotiation', pos: 'verb', weight: 0.85, forms: 'negotiate negotiates negotiated negotiating' },
  { type: 'visit', pos: 'noun', weight: 0.85, forms: 'visit visits' },
  { type: 'visit', pos: 'verb', weight: 0.85, forms: 'visit visits visited visiting' },
  {
    type: 'press-conference',
    pos: 'noun',
    weight: 0.8,
    forms: 'press_conference press_conferences news_conference news_conferences press_briefing interview interviews',
  },
  // ---------------------------------------------------------------- agreement
  {
    type: 'agreement',
    pos: 'noun',
    weight: 0.85,
    forms: 'agreement agreements treaty treaties accord accords pact pacts ceasefire cease-fire truce armistice',
  },
  { type: 'agreement', pos: 'noun', weight: 0.6, forms: 'deal deals settlement', ambiguous: true },
  { type: 'agreement', pos: 'verb', weight: 0.7, needsActor: true, forms: 'signed signing ratified ratify ratifies ratifying' },
  // ---------------------------------------------------------------- vote
  {
    type: 'vote',
    pos: 'noun',
    weight: 0.85,
    forms: 'vote votes voting ballot abstention abstentions veto vetoes referendum referendums plebiscite',
  },
  { type: 'vote', pos: 'verb', weight: 0.85, forms: 'voted abstain abstains abstained abstaining vetoed vetoing' },
  { type: 'vote', pos: 'noun', weight: 0.7, forms: 'impeachment' },
  { type: 'election', pos: 'noun', weight: 0.9, forms: 'election elections re-election reelection by-election runoff' },
  { type: 'election', pos: 'verb', weight: 0.75, forms: 'elected re-elected reelected' },
  // ---------------------------------------------------------------- policy
  {
    type: 'legislation',
    pos: 'verb',
    weight: 0.75,
    objects: LEGISLATION_OBJECTS,
    forms: 'pass passes passed passing approve approves approved approving adopt adopts adopted adopting enact enacts enacted enacting',
    ambiguous: true,
  },
  {
    type: 'legislation',
    pos: 'verb',
    weight: 0.8,
    forms:
      'signed_into_law repealed repeal repeals repealing legalized legalised legalize legalise decriminalized decriminalised outlawed outlaw outlaws abolished abolish abolishes',
  },
  { type: 'legislation', pos: 'noun', weight: 0.75, forms: 'repeal legalization legalisation' },
  {
    type: 'legislation',
    pos: 'verb',
    weight: 0.7,
    objects: LEGISLATION_OBJECTS,
    forms:
      'draft drafts drafted drafting amend amends amended amending implement implements implemented implementing introduce introduces introduced introducing',
    ambiguous: true,
  },
  { type: 'legislation', pos: 'noun', weight: 0.6, forms: 'amendment amendments', ambiguous: true },
  { type: 'policy', pos: 'noun', weight: 0.7, forms: 'ban bans crackdown crackdowns curfew moratorium state_of_emergency martial_law' },
  { type: 'policy', pos: 'verb', weight: 0.75, forms: 'crack_down cracked_down cracking_down cracks_down' },
  { type: 'policy', pos: 'verb', weight: 0.7, needsActor: true, forms: 'banned banning' },
  {
    type: 'policy',
    pos: 'verb',
    weight: 0.8,
    objects: LIFTED_OBJECTS,
    forms: 'lift lifts lifted lifting ease eases eased easing reinstate reinstates reinstated reinstating relax relaxed',
    ambiguous: true,
  },
  { type: 'policy', pos: 'noun', weight: 0.8, objects: LIFTED_OBJECTS, forms: 'easing reinstatement lifting' },
  { type: 'resolution', pos: 'noun', weight: 0.7, forms: 'resolution resolutions' },
  { type: 'sanction', pos: 'noun', weight: 0.9, forms: 'sanctions embargo embargoes tariffs' },
  { type: 'sanction', pos: 'verb', weight: 0.8, forms: 'sanctioned sanctioning' },
  {
    type: 'sanction',
    pos: 'verb',
    weight: 0.75,
    objects: FROZEN_OBJECTS,
    forms: 'froze freeze freezes freezing frozen blocked block blocks blocking',
    ambiguous: true,
  },
  // ---------------------------------------------------------------- attack
  {
    type: 'attack',
    pos: 'noun',
    weight: 0.9,
    forms:
      'attack attacks bombing bombings airstrike airstrikes air-strike air-strikes shelling raid raids assault assaults ambush massacre massacres shooting shootings stabbing stabbings gunfire',
  },
  {
    type: 'attack',
    pos: 'noun',
    weight: 0.9,
    forms:
      'air_strike air_strikes missile_strike missile_strikes military_strike military_strikes drone_strike drone_strikes car_bombing suicide_bombing terror_attack terrorist_attack',
  },
  {
    type: 'attack',
    pos: 'verb',
    weight: 0.85,
    forms: 'attacked attacking bombed shelled raided stormed storming ambushed assaulted opened_fire open_fire fired_on fired_at',
  },
  { type: 'attack', pos: 'verb', weight: 0.75, forms: 'kidnapped abducted hijacked' },
  { type: 'attack', pos: 'noun', weight: 0.75, forms: 'kidnapping kidnappings abduction hijacking hostage-taking siege' },
  {
    type: 'attack',
    pos: 'noun',
    weight: 0.85,
    forms: 'gunbattle gunbattles gun_battle gun_battles firefight firefights shootout shootouts',
  },
  {
    type: 'military-action',
    pos: 'noun',
    weight: 0.85,
    forms: 'offensive offensives invasion invasions incursion incursions blockade war wars civil_war fighting clashes insurgency rebellion',
  },
  { type: 'military-action', pos: 'noun', weight: 0.7, needsActor: true, forms: 'intervention', ambiguous: true },
  {
    type: 'military-action',
    pos: 'noun',
    weight: 0.85,
    forms:
      'offensive_campaign military_campaign bombing_campaign air_campaign military_operation military_operations ground_operation air_war ground_war',
  },
  { type: 'military-action', pos: 'verb', weight: 0.85, needsActor: true, forms: 'invade invades invaded invading clashed' },
  { type: 'military-action', pos: 'verb', weight: 0.7, needsActor: true, forms: 'fought' },
  {
    type: 'military-action',
    pos: 'verb',
    weight: 0.75,
    objects: SEIZED_OBJECTS,
    forms: 'seized seizing seize seizes captured capturing capture recaptured retook overran',
    ambiguous: true,
  },
  { type: 'military-action', pos: 'noun', weight: 0.5, forms: 'conflict', notBefore: 'of', ambiguous: true },
  { type: 'coup', pos: 'noun', weight: 0.9, forms: "coup coups coup_d'etat coup_d'état putsch" },
  { type: 'coup', pos: 'verb', weight: 0.85, forms: 'seized_power seize_power seizing_power took_power take_power' },
  // ---------------------------------------------------------------- protest
  {
    type: 'protest',
    pos: 'noun',
    weight: 0.9,
    forms: 'protest protests demonstration demonstrations riot riots sit-in uprising uprisings revolt revolution',
  },
  { type: 'protest', pos: 'noun', weight: 0.6, forms: 'rally rallies boycott boycotts', ambiguous: true },
  { type: 'protest', pos: 'verb', weight: 0.8, forms: 'protested protesting rioted boycotted' },
  {
    type: 'protest',
    pos: 'verb',
    weight: 0.7,
    notBefore: 'a an the its their his her our that how what this these those it',
    forms: 'demonstrated',
    ambiguous: true,
  },
  { type: 'industrial-action', pos: 'noun', weight: 0.85, forms: 'walkout walkouts general_strike strike_action hunger_strike' },
  { type: 'industrial-action', pos: 'verb', weight: 0.85, forms: 'went_on_strike go_on_strike going_on_strike walked_out' },
  // ---------------------------------------------------------------- justice
  { type: 'arrest', pos: 'noun', weight: 0.9, forms: 'arrest arrests detention' },
  { type: 'arrest', pos: 'verb', weight: 0.9, forms: 'arrested arresting detained detaining apprehended' },
  { type: 'charge', pos: 'verb', weight: 0.85, forms: 'indicted indicting' },
  { type: 'charge', pos: 'noun', weight: 0.85, forms: 'indictment indictments' },
  { type: 'charge', pos: 'verb', weight: 0.8, objects: CHARGE_CONTEXT, forms: 'charged', ambiguous: true },
  { type: 'charge', pos: 'noun', weight: 0.7, notAfter: 'in', forms: 'charges criminal_charges murder_charges', ambiguous: true },
  { type: 'trial', pos: 'noun', weight: 0.85, notAfter: 'clinical drug vaccine free field', forms: 'trial trials retrial testimony' },
  { type: 'trial', pos: 'verb', weight: 0.75, forms: 'testified' },
  { type: 'ruling', pos: 'noun', weight: 0.8, forms: 'ruling rulings verdict verdicts conviction convictions acquittal' },
  { type: 'ruling', pos: 'verb', weight: 0.85, forms: 'convicted sentenced acquitted found_guilty pleaded_guilty pled_guilty' },
  { type: 'lawsuit', pos: 'noun', weight: 0.9, forms: 'lawsuit lawsuits litigation class_action' },
  { type: 'lawsuit', pos: 'verb', weight: 0.85, forms: 'sued sue sues suing' },
  { type: 'investigation', pos: 'noun', weight: 0.8, forms: 'investigation investigations probe probes inquiry inquiries inquest' },
  { type: 'investigation', pos: 'verb', weight: 0.8, forms: 'investigated investigating investigate investigates probed probing' },
  { type: 'crime', pos: 'noun', weight: 0.8, forms: 'robbery robberies theft thefts burglary burglaries heist arson' },
  { type: 'crime', pos: 'verb', weight: 0.8, forms: 'stolen stole robbed burgled looted' },
  // ---------------------------------------------------------------- personnel
  {
    type: 'appointment',
    pos: 'verb',
    weight: 0.85,
    forms: 'appointed appoint appoints appointing nominated nominates sworn_in inaugurated hired',
  },
  { type: 'appointment', pos: 'noun', weight: 0.8, forms: 'appointment nomination inauguration hiring' },
  { type: 'appointment', pos: 'verb', weight: 0.7, forms: 'took_office take_office takes_office' },
  {
    type: 'resignation',
    pos: 'verb',
    weight: 0.85,
    forms: 'resigned resign resigns resigning stepped_down step_down steps_down stepping_down',
  },
  { type: 'resignation', pos: 'noun', weight: 0.85, forms: 'resignation resignations' },
  { type: 'dismissal', pos: 'verb', weight: 0.8, forms: 'sacked ousted overthrew overthrown toppled deposed' },
  { type: 'dismissal', pos: 'noun', weight: 0.8, forms: 'ouster dismissal overthrow' },
  // ---------------------------------------------------------------- business
  { type: 'acquisition', pos: 'noun', weight: 0.9, forms: 'acquisition acquisitions takeover takeovers buyout buyouts' },
  { type: 'acquisition', pos: 'verb', weight: 0.85, forms: 'acquire acquires acquired acquiring' },
  { type: 'acquisition', pos: 'verb', weight: 0.7, needsActor: true, forms: 'buy buys bought buying purchased', ambiguous: true },
  { type: 'merger', pos: 'noun', weight: 0.9, forms: 'merger mergers' },
  { type: 'merger', pos: 'verb', weight: 0.8, forms: 'merge merges merged merging' },
  { type: 'sale', pos: 'noun', weight: 0.7, forms: 'sale divestiture', notAfter: 'on for yard garage', ambiguous: true },
  { type: 'sale', pos: 'verb', weight: 0.65, needsActor: true, forms: 'sold sell sells', ambiguous: true },
  { type: 'launch', pos: 'noun', weight: 0.7, forms: 'launch launches rollout' },
  {
    type: 'launch',
    pos: 'verb',
    weight: 0.6,
    needsActor: true,
    forms: 'launch launched launches launching unveiled unveils rolled_out',
    ambiguous: true,
  },
  { type: 'launch', pos: 'verb', weight: 0.7, objects: OPENED_OBJECTS, forms: 'open opens opened opening', ambiguous: true },
  {
    type: 'earnings',
    pos: 'verb',
    weight: 0.7,
    objects: 'profit profits loss losses earnings revenue revenues',
    forms: 'posted reported',
    ambiguous: true,
  },
  { type: 'bankruptcy', pos: 'noun', weight: 0.9, forms: 'bankruptcy bankruptcies insolvency liquidation' },
  { type: 'bankruptcy', pos: 'verb', weight: 0.85, forms: 'went_bankrupt filed_for_bankruptcy' },
  { type: 'layoffs', pos: 'noun', weight: 0.9, forms: 'layoffs lay-offs job_cuts' },
  { type: 'layoffs', pos: 'verb', weight: 0.85, forms: 'laid_off lay_off cut_jobs slashed_jobs' },
  { type: 'price-change', pos: 'noun', weight: 0.8, forms: 'price_cut price_cuts price_increase price_increases price_hike price_hikes' },
  {
    type: 'price-change',
    pos: 'verb',
    weight: 0.75,
    objects: PRICE_OBJECTS,
    forms: 'raised raise raises raising cut cuts lowered lowers lowering hiked slashed increased',
    ambiguous: true,
  },
  // ---------------------------------------------------------------- disaster
  {
    type: 'natural-disaster',
    pos: 'noun',
    weight: 0.85,
    forms:
      'earthquake earthquakes quake tsunami hurricane hurricanes typhoon cyclone tornado tornadoes flood floods flooding drought landslide landslides avalanche wildfire wildfires eruption blizzard heatwave heat_wave',
  },
  {
    type: 'fire',
    pos: 'noun',
    weight: 0.75,
    notAfter: 'open opened opening under cease heavy gun friendly return returned returning of',
    notBefore: 'at on',
    forms: 'fire fires blaze blazes inferno',
    ambiguous: true,
  },
  { type: 'fire', pos: 'verb', weight: 0.8, forms: 'caught_fire burned_down burnt_down' },
  { type: 'accident', pos: 'noun', weight: 0.85, forms: 'crash crashes collision collisions derailment accident accidents shipwreck' },
  { type: 'accident', pos: 'verb', weight: 0.75, needsActor: true, forms: 'crashed derailed capsized sank', ambiguous: true },
  { type: 'explosion', pos: 'noun', weight: 0.85, notBefore: 'of', forms: 'explosion explosions blast blasts' },
  { type: 'explosion', pos: 'verb', weight: 0.8, forms: 'exploded blew_up' },
  { type: 'outbreak', pos: 'noun', weight: 0.85, forms: 'outbreak outbreaks epidemic pandemic' },
  // ---------------------------------------------------------------- death and injury
  { type: 'death', pos: 'verb', weight: 0.85, subjectRole: 'patient', forms: 'died dies dying passed_away' },
  { type: 'death', pos: 'noun', weight: 0.75, notAfter: 'brain', forms: 'death deaths suicide' },
  {
    type: 'killing',
    pos: 'verb',
    weight: 0.9,
    forms: 'killed killing kill kills slain murdered murder assassinated beheaded massacred slaughtered shot_dead gunned_down gunning_down',
  },
  { type: 'killing', pos: 'verb', weight: 0.7, needsActor: true, forms: 'executed', ambiguous: true },
  { type: 'killing', pos: 'noun', weight: 0.85, forms: 'killing killings murder murders assassination homicide' },
  { type: 'injury', pos: 'verb', weight: 0.85, forms: 'wounded injured injuring wounding hurt' },
  { type: 'injury', pos: 'noun', weight: 0.75, forms: 'injuries' },
  // ---------------------------------------------------------------- movement
  { type: 'deployment', pos: 'noun', weight: 0.9, forms: 'deployment deployments redeployment mobilization mobilisation' },
  {
    type: 'deployment',
    pos: 'verb',
    weight: 0.9,
    objects: DEPLOYED_OBJECTS,
    forms: 'deploy deploys deployed deploying stationed stationing mobilized mobilised',
    ambiguous: true,
  },
  { type: 'withdrawal', pos: 'noun', weight: 0.9, forms: 'withdrawal withdrawals pullout pull-out pullback retreat' },
  { type: 'withdrawal', pos: 'verb', weight: 0.85, forms: 'withdraw withdraws withdrew withdrawn withdrawing' },
  { type: 'withdrawal', pos: 'verb', weight: 0.8, forms: 'pull_out pulls_out pulled_out pulling_out' },
  {
    type: 'travel',
    pos: 'verb',
    weight: 0.8,
    destination: true,
    forms:
      'travel_to travels_to travelled_to traveled_to travelling_to traveling_to flew_to flies_to fly_to arrived_in arrives_in arrive_in arrived_at went_to returned_to headed_to',
  },
  { type: 'travel', pos: 'noun', weight: 0.6, forms: 'trip trips journey voyage tour' },
  { type: 'evacuation', pos: 'noun', weight: 0.9, forms: 'evacuation evacuations' },
  { type: 'evacuation', pos: 'verb', weight: 0.85, forms: 'evacuated evacuate evacuates evacuating' },
  {
    type: 'evacuation',
    pos: 'verb',
    weight: 0.75,
    objects: CARE_DESTINATIONS,
    forms: 'taken_to rushed_to airlifted_to flown_to brought_to',
  },
  { type: 'flight', pos: 'verb', weight: 0.75, forms: 'fled flee flees fleeing escaped', ambiguous: true },
  { type: 'flight', pos: 'noun', weight: 0.7, forms: 'exodus' },
  // ---------------------------------------------------------------- release
  {
    type: 'publication',
    pos: 'verb',
    weight: 0.7,
    objects: RELEASED_OBJECTS,
    forms: 'released releases releasing published publishes publishing issued',
    ambiguous: true,
  },
  { type: 'product-release', pos: 'noun', weight: 0.75, forms: 'premiere premieres debut' },
  { type: 'publication', pos: 'noun', weight: 0.7, objects: RELEASED_OBJECTS, forms: 'release publication', ambiguous: true },
  // ---------------------------------------------------------------- threat (outside the thirteen classes)
  { type: 'threat', pos: 'noun', weight: 0.5, forms: 'threat threats ultimatum' },
  { type: 'threat', pos: 'verb', weight: 0.8, forms: 'threaten threatens threatened threatening' },
];

const words = (list: string | undefined): ReadonlySet<string> | undefined => (list ? new Set(list.split(' ')) : undefined);

const SINGLE = new Map<string, TriggerEntry>();
const PHRASES = new Map<string, TriggerEntry>();

for (const group of GROUPS) {
  for (const written of group.forms.split(' ')) {
    const form = written.replace(/_/g, ' ');
    const table = form.includes(' ') ? PHRASES : SINGLE;
    const seen = table.get(form);
    if (seen && seen.type !== group.type) throw new Error(`event lexicon: "${form}" is both ${seen.type} and ${group.type}`);
    if (seen) {
      // The same form as noun and verb ("visit", "vote", "attack"): one entry, pos from context.
      if (seen.pos !== group.pos) seen.pos = 'either';
      seen.weight = Math.max(seen.weight, group.weight);
      continue;
    }
    const entry: TriggerEntry = { type: group.type, pos: group.pos, weight: group.weight };
    if (group.destination) entry.destination = true;
    if (group.needsActor) entry.needsActor = true;
    if (group.ambiguous) entry.ambiguous = true;
    if (group.subjectRole) entry.subjectRole = group.subjectRole;
    const objects = words(group.objects);
    const notAfter = words(group.notAfter);
    const notBefore = words(group.notBefore);
    if (objects) entry.objects = objects;
    if (notAfter) entry.notAfter = notAfter;
    if (notBefore) entry.notBefore = notBefore;
    table.set(form, entry);
  }
}

/** The longest phrase is tried first; at most this many tokens. */
export const MAX_PHRASE_TOKENS = 3;

export function lookupWord(lower: string): TriggerEntry | undefined {
  return SINGLE.get(lower);
}

export function lookupPhrase(lowerTokens: string): TriggerEntry | undefined {
  return PHRASES.get(lowerTokens);
}

const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((phrase) => phrase.slice(0, phrase.indexOf(' '))));

/** Whether some phrase starts with this word: most words start none, and need no phrase built. */
export function startsPhrase(lower: string): boolean {
  return PHRASE_FIRST_WORDS.has(lower);
}

/** Every form with its entry, for tests that check the tables. */
export function lexiconEntries(): [string, TriggerEntry][] {
  return [...SINGLE, ...PHRASES];
}
