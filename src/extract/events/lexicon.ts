/**
 * Event triggers: the nouns and verbs (every inflection written out) that name an event of
 * each type. In the tables a phrase is written with underscores ("travelled_to", "press_conference").
 */

import type { EventType } from '../../core/types.js';

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
}

interface Group {
  type: EventType;
  pos: 'noun' | 'verb';
  weight: number;
  destination?: boolean;
  needsActor?: boolean;
  forms: string;
}

// One line per lemma; forms are lower case, apostrophes ASCII.
const GROUPS: Group[] = [
  // meeting
  { type: 'meeting', pos: 'noun', weight: 0.9, forms: 'meeting meetings summit summits summitry' },
  { type: 'meeting', pos: 'noun', weight: 0.7, forms: 'conference conferences session sessions gathering gatherings encounter' },
  { type: 'meeting', pos: 'verb', weight: 0.75, needsActor: true, forms: 'meet meets met' },
  { type: 'meeting', pos: 'verb', weight: 0.7, forms: 'convene convenes convened convening' },
  // negotiation
  { type: 'negotiation', pos: 'noun', weight: 0.9, forms: 'talks negotiation negotiations consultations' },
  { type: 'negotiation', pos: 'verb', weight: 0.85, forms: 'negotiate negotiates negotiated negotiating' },
  // vote
  { type: 'vote', pos: 'noun', weight: 0.85, forms: 'vote votes voting ballot abstention abstentions veto vetoes referendum' },
  { type: 'vote', pos: 'verb', weight: 0.85, forms: 'voted abstain abstains abstained abstaining vetoed vetoing' },
  // resolution
  { type: 'resolution', pos: 'noun', weight: 0.7, forms: 'resolution resolutions' },
  // military action
  { type: 'military-action', pos: 'noun', weight: 0.85, forms: 'offensive offensives invasion invasions incursion incursions intervention blockade war wars' },
  { type: 'military-action', pos: 'noun', weight: 0.85, forms: 'offensive_campaign military_campaign bombing_campaign air_campaign military_operation military_operations ground_operation air_war ground_war' },
  { type: 'military-action', pos: 'verb', weight: 0.85, forms: 'invade invades invaded invading' },
  // attack
  { type: 'attack', pos: 'noun', weight: 0.9, forms: 'attack attacks bombing bombings airstrike airstrikes air-strike air-strikes shelling raid raids assault assaults ambush' },
  { type: 'attack', pos: 'noun', weight: 0.9, forms: 'air_strike air_strikes missile_strike missile_strikes military_strike military_strikes drone_strike drone_strikes' },
  { type: 'attack', pos: 'verb', weight: 0.85, forms: 'attacked attacking bombed shelled raided' },
  // deployment
  { type: 'deployment', pos: 'noun', weight: 0.9, forms: 'deployment deployments redeployment' },
  { type: 'deployment', pos: 'verb', weight: 0.9, forms: 'deploy deploys deployed deploying stationed stationing' },
  // threat
  { type: 'threat', pos: 'noun', weight: 0.5, forms: 'threat threats ultimatum' },
  { type: 'threat', pos: 'verb', weight: 0.8, forms: 'threaten threatens threatened threatening' },
  // election
  { type: 'election', pos: 'noun', weight: 0.9, forms: 'election elections re-election reelection primaries' },
  { type: 'election', pos: 'verb', weight: 0.75, forms: 'elected re-elected reelected' },
  // visit
  { type: 'visit', pos: 'noun', weight: 0.85, forms: 'visit visits trip trips' },
  { type: 'visit', pos: 'noun', weight: 0.6, forms: 'tour' },
  { type: 'visit', pos: 'verb', weight: 0.85, forms: 'visit visits visited visiting' },
  {
    type: 'visit',
    pos: 'verb',
    weight: 0.8,
    destination: true,
    forms: 'travel_to travels_to travelled_to traveled_to travelling_to traveling_to flew_to flies_to fly_to arrived_in arrives_in arrive_in arrived_at went_to',
  },
  // agreement
  { type: 'agreement', pos: 'noun', weight: 0.85, forms: 'agreement agreements treaty treaties accord accords pact pacts ceasefire cease-fire truce' },
  { type: 'agreement', pos: 'noun', weight: 0.6, forms: 'deal deals' },
  { type: 'agreement', pos: 'verb', weight: 0.7, needsActor: true, forms: 'signed signing ratified ratify ratifies ratifying' },
  // withdrawal
  { type: 'withdrawal', pos: 'noun', weight: 0.9, forms: 'withdrawal withdrawals pullout pull-out pullback retreat' },
  { type: 'withdrawal', pos: 'verb', weight: 0.85, forms: 'withdraw withdraws withdrew withdrawn withdrawing' },
  { type: 'withdrawal', pos: 'verb', weight: 0.8, forms: 'pull_out pulls_out pulled_out pulling_out' },
  // sanction
  { type: 'sanction', pos: 'noun', weight: 0.9, forms: 'sanctions sanction embargo embargoes' },
  { type: 'sanction', pos: 'verb', weight: 0.8, forms: 'sanctioned sanctioning' },
  // protest
  { type: 'protest', pos: 'noun', weight: 0.9, forms: 'protest protests demonstration demonstrations riot riots sit-in' },
  { type: 'protest', pos: 'noun', weight: 0.6, forms: 'rally rallies' },
  { type: 'protest', pos: 'verb', weight: 0.8, forms: 'protested protesting rioted' },
  // statement (a communicative event, not the content: the statements extractor reads that)
  {
    type: 'statement',
    pos: 'noun',
    weight: 0.8,
    forms: 'press_conference news_conference press_briefing speech speeches announcement statement declaration communique interview briefing',
  },
];

const SINGLE = new Map<string, TriggerEntry>();
const PHRASES = new Map<string, TriggerEntry>();

for (const group of GROUPS) {
  for (const written of group.forms.split(' ')) {
    const form = written.replace(/_/g, ' ');
    const table = form.includes(' ') ? PHRASES : SINGLE;
    const seen = table.get(form);
    if (seen) {
      // The same form as noun and verb ("visit", "vote", "attack", "meeting"): one entry, pos from context.
      if (seen.pos !== group.pos) seen.pos = 'either';
      seen.weight = Math.max(seen.weight, group.weight);
      continue;
    }
    const entry: TriggerEntry = { type: group.type, pos: group.pos, weight: group.weight };
    if (group.destination) entry.destination = true;
    if (group.needsActor) entry.needsActor = true;
    table.set(form, entry);
  }
}

/** The longest phrase is tried first; at most this many tokens. */
export const MAX_PHRASE_TOKENS = 2;

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
