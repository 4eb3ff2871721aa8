/**
 * Who took part in an event, in which role, and where it happened, read from the words around
 * the trigger: "X met Y" (agent, patient), "Y was arrested by X" (patient, agent), "X's
 * acquisition of Y" (agent, patient), "talks between X and Y" (others), "attacks on Y" (patient),
 * "a meeting in Sochi", "travelled to the US". Without such words, the subject of the clause
 * whose light verb governs the trigger ("NATO and Russia held talks") is the agent. An actor
 * merely named elsewhere in the sentence takes no part.
 */

import type { ActorType, EventParticipant, ParticipantRole } from '../../core/types.js';
import type { MentionOnTokens, SentenceView } from './sentence-view.js';
import type { TriggerHit } from './triggers.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONJUNCTIONS,
  DETERMINERS,
  PARTICIPANT_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  REPORTING_VERBS,
  CATENATIVES,
  LIGHT_VERBS,
  SETTING_PREPOSITIONS,
  TARGET_PREPOSITIONS,
  TOPIC_PREPOSITIONS,
} from './words.js';

export interface EventArguments {
  participants: EventParticipant[];
  place?: string;
}

/** A mention found as an argument, with the role its position gives it. */
interface Argument {
  mention: MentionOnTokens;
  role: ParticipantRole;
}

const PARTICIPANT_TYPES: ReadonlySet<ActorType> = new Set(['Person', 'Organization', 'Country']);
const PLACE_TYPES: ReadonlySet<ActorType> = new Set(['Place', 'Country']);
const HOSTILE = new Set([
  'attack',
  'military-action',
  'coup',
  'sanction',
  'threat',
  'protest',
  'killing',
  'arrest',
  'charge',
  'lawsuit',
  'investigation',
]);
/** Events whose participants act together: "of", "with", a name before the noun make co-participants, not a patient. */
const SYMMETRIC = new Set([
  'meeting',
  'negotiation',
  'visit',
  'press-conference',
  'agreement',
  'vote',
  'election',
  'protest',
  'industrial-action',
  'merger',
]);
/** Setting prepositions whose clause subject takes part in a meeting held then: "discussed ... during a meeting". */
const DURING = new Set(['during', 'at', 'in', 'throughout']);
/** Forms of "be" and "get" that make a participle passive ("was arrested", "got fired"). */
const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  'got',
  'gets',
  'get',
  'getting',
]);
/** A verb form ("blaming", "paved"): arguments after it belong to that verb. */
const VERB_FORM = /^[\p{Ll}]+(?:ing|ed)$/u;
const HARD_BREAK = /^(?:[;:()[\]—–]|--)$/;
/** How far from the trigger arguments are looked for, in tokens. */
const AFTER_WINDOW = 12;
const BEFORE_WINDOW = 20;

const isPossessiveAt = (view: SentenceView, last: number): boolean =>
  /['’]s$/.test(view.tokens[last]!.text) || /^['’]s?$/.test(view.tokens[last + 1]?.text ?? '');
const mentionsAt = (view: SentenceView, i: number): MentionOnTokens[] => view.mentions.filter((m) => m.first <= i && i <= m.last);

/** True when a clause boundary lies between tokens a < b. */
function clauseBreakBetween(view: SentenceView, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const t = view.tokens[i]!;
    if (HARD_BREAK.test(t.text) || CLAUSE_OPENERS.has(t.lower)) return true;
  }
  return view.depth[a] !== view.depth[b];
}

/**
 * The Place/Country mention after a place preposition, within a few words ("in Sochi", "in the
 * resort town of Sochi"); in "the Black Sea resort town of Sochi" the head after "of" wins, but
 * nothing after the place's own phrase ("war in Libya as Moscow ...": Libya).
 */
function placeAfter(view: SentenceView, prep: number, types: ReadonlySet<ActorType>): MentionOnTokens | undefined {
  let found: MentionOnTokens | undefined;
  for (let i = prep + 1; i <= prep + 10 && i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    const here = mentionsAt(view, i).find((m) => types.has(m.type));
    // "at Tunisia's national museum": the place is the museum, which has no name of its own here.
    if (here && isPossessiveAt(view, here.last)) return found;
    if (here) {
      if (found && view.tokens[i - 1]?.lower !== 'of') break;
      found = here;
      i = here.last;
      continue;
    }
    if (mentionsAt(view, i).length && !found) return undefined;
    if (HARD_BREAK.test(t.text) || t.text === ',' || (PREPOSITIONS.has(t.lower) && t.lower !== 'of')) break;
    // After a place, only "resort town of", "city of"... may lead to a more precise one.
    if (found && !/^[\p{Ll}]/u.test(t.text)) break;
    if (found && CLAUSE_OPENERS.has(t.lower)) break;
  }
  return found;
}

function findPlace(view: SentenceView, hit: TriggerHit): MentionOnTokens | undefined {
  const { tokens } = view;
  // "travelled to the US", "a visit to Moscow", "deployed to Lithuania": the destination.
  const destination = hit.entry.destination || hit.entry.type === 'visit' || hit.entry.type === 'deployment' || hit.entry.type === 'travel';
  if (destination) {
    if (hit.entry.destination) {
      const found = placeAfter(view, hit.last, PLACE_TYPES);
      if (found) return found;
    }
    // "a visit to Moscow", "deployed four battalions to Poland"
    for (let i = hit.last + 1; i < tokens.length && i <= hit.last + 6; i++) {
      const t = tokens[i]!;
      if (HARD_BREAK.test(t.text) || t.text === ',' || CLAUSE_OPENERS.has(t.lower)) break;
      if (t.lower !== 'to') continue;
      const found = placeAfter(view, i, PLACE_TYPES);
      if (found) return found;
      break;
    }
    if (hit.pos === 'verb' && hit.entry.type === 'visit') {
      const object = firstMentionAfter(view, hit.last, 3);
      if (object && object.preposition === undefined && PLACE_TYPES.has(object.mention.type)) return object.mention;
    }
  }
  // "a meeting in Sochi on July 4", "talks held in the Black Sea resort town of Sochi".
  for (let i = hit.last + 1; i < tokens.length && i <= hit.last + AFTER_WINDOW; i++) {
    const t = tokens[i]!;
    if (HARD_BREAK.test(t.text) || CLAUSE_OPENERS.has(t.lower) || REPORTING_VERBS.has(t.lower) || t.lower === 'that') break;
    // "over the situation in Libya": the place of the topic, not of the event.
    if (TOPIC_PREPOSITIONS.has(t.lower) && !(HOSTILE.has(hit.entry.type) && TARGET_PREPOSITIONS.has(t.lower))) break;
    if (PLACE_PREPOSITIONS.has(t.lower)) {
      const found = placeAfter(view, i, PLACE_TYPES);
      if (found) return found;
    }
  }
  // "the Sochi meeting", "Lisbon talks".
  const before = hit.first - 1;
  if (hit.pos === 'noun') for (const m of mentionsAt(view, before)) if (m.type === 'Place') return m;
  // "In Sochi, the two sides held talks"; not "In Washington, officials condemned the attack".
  if (hit.pos === 'noun' && governorOf(view, hit) === undefined) return undefined;
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - BEFORE_WINDOW; i--) {
    const t = tokens[i]!;
    if (HARD_BREAK.test(t.text) || CLAUSE_OPENERS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
    if (PLACE_PREPOSITIONS.has(t.lower)) {
      const found = placeAfter(view, i, new Set<ActorType>(['Place']));
      if (found && found.last < hit.first) return found;
    }
  }
  return undefined;
}

/** The first mention within a few words after `from`, and the preposition that introduces it, if any. */
function firstMentionAfter(
  view: SentenceView,
  from: number,
  within: number,
): { mention: MentionOnTokens; preposition?: string } | undefined {
  let preposition: string | undefined;
  for (let i = from + 1; i <= from + within && i < view.tokens.length; i++) {
    const here = mentionsAt(view, i);
    if (here.length) return { mention: here[0]!, ...(preposition ? { preposition } : {}) };
    const t = view.tokens[i]!;
    if (!/^[\p{L}\p{N}]/u.test(t.text) && t.text !== '-') return undefined;
    if (PREPOSITIONS.has(t.lower)) {
      if (!OBJECT_PREPOSITIONS.has(t.lower) || preposition) return undefined;
      preposition = t.lower;
    }
  }
  return undefined;
}

/** Prepositions that may introduce a verb's participant: "met with", "fought against", "attacked by". */
const OBJECT_PREPOSITIONS = new Set(['with', 'against', 'by', 'on']);

/** The role of an actor after a preposition following a trigger. */
function roleAfterPreposition(preposition: string | undefined, hit: TriggerHit, { passive }: { passive: boolean }): ParticipantRole {
  if (preposition === undefined) return 'patient';
  if (preposition === 'by') return passive || hit.pos === 'noun' ? 'agent' : 'other';
  if (TARGET_PREPOSITIONS.has(preposition) && HOSTILE.has(hit.entry.type)) return 'patient';
  if (preposition === 'of') return SYMMETRIC.has(hit.entry.type) ? 'other' : 'patient';
  return 'other';
}

/** Mentions inside the noun phrase before a noun trigger: "the alliance's bombing" (agent), "Russia-NATO meeting" (others). */
function prefixMentions(view: SentenceView, hit: TriggerHit): Argument[] {
  const found: Argument[] = [];
  let words = 0;
  for (let i = hit.first - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    const here = mentionsAt(view, i);
    if (here.length) {
      const possessive = /^['’]s?$/.test(view.tokens[i + 1]?.text ?? '') || /['’]s$/.test(t.text);
      const role: ParticipantRole = possessive && !SYMMETRIC.has(hit.entry.type) ? (hit.entry.subjectRole ?? 'agent') : 'other';
      for (const m of here) if (!found.some((a) => a.mention === m)) found.push({ mention: m, role });
      continue;
    }
    if (t.text === '-' || CONJUNCTIONS.has(t.lower) || /^['’]s?$/.test(t.text)) continue;
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || !/^[\p{L}\p{N}]/u.test(t.text)) break;
    // Adjectives and noun modifiers ("joint", "one-day", "missile shield"); a long run is a clause, not a phrase.
    if (++words > 3) break;
  }
  return found;
}

/**
 * Mentions in the prepositional phrases right after a noun trigger: "talks between NATO and Russia",
 * "the acquisition of WhatsApp by Facebook", "attacks on Libya". The first preposition must follow
 * the trigger; each phrase runs to the next preposition, verb or punctuation ("the acquisition still
 * needs the approval of the Latvian authority" has no argument after it).
 */
function postMentions(view: SentenceView, hit: TriggerHit): Argument[] {
  const found: Argument[] = [];
  const hostile = HOSTILE.has(hit.entry.type);
  let i = hit.last + 1;
  while (i < view.tokens.length && i <= hit.last + AFTER_WINDOW) {
    const preposition = view.tokens[i]!.lower;
    if (!(PARTICIPANT_PREPOSITIONS.has(preposition) || (hostile && TARGET_PREPOSITIONS.has(preposition)))) break;
    const role = roleAfterPreposition(preposition, hit, { passive: false });
    let words = 0;
    for (i++; i < view.tokens.length; i++) {
      const t = view.tokens[i]!;
      const here = mentionsAt(view, i);
      if (here.length) {
        for (const m of here) if (!found.some((a) => a.mention === m)) found.push({ mention: m, role });
        i = here[0]!.last;
        continue;
      }
      if (
        HARD_BREAK.test(t.text) ||
        t.text === ',' ||
        PREPOSITIONS.has(t.lower) ||
        CLAUSE_OPENERS.has(t.lower) ||
        REPORTING_VERBS.has(t.lower)
      )
        break;
      if (VERB_FORM.test(t.text) || ++words > 4) break;
    }
  }
  return found;
}

/** A participle after "was", "were", "been", "got": "was arrested", "were killed". */
function isPassive(view: SentenceView, hit: TriggerHit): boolean {
  if (!/(?:ed|en|wn|un|ht|lt|ld|id)$/.test(view.tokens[hit.first]!.lower)) return false;
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 3; i--) {
    const word = view.tokens[i]!.lower;
    if (PASSIVE_AUXILIARIES.has(word)) return true;
    if (!/ly$/.test(word) && word !== 'not' && word !== "n't" && word !== 'also' && word !== 'reportedly' && word !== 'allegedly')
      return false;
  }
  return false;
}

/** The subject of a verb trigger: the mention just before it, with any joined to it by "and". */
function subjectMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const found: MentionOnTokens[] = [];
  let i = hit.first - 1;
  while (i >= 0) {
    const t = view.tokens[i]!;
    // "Russia may also consider withdrawing", "NATO plans to deploy", "Rogozin, travelled".
    if (
      AUXILIARIES.has(t.lower) ||
      CATENATIVES.has(t.lower) ||
      PASSIVE_AUXILIARIES.has(t.lower) ||
      /ly$/.test(t.lower) ||
      t.text === ',' ||
      t.lower === 'both' ||
      t.lower === 'all'
    )
      i--;
    else break;
  }
  while (i >= 0) {
    const here = mentionsAt(view, i);
    if (!here.length) break;
    const m = here[0]!;
    found.push(m);
    i = m.first - 1;
    // "Russia and NATO met": a mention joined by "and".
    if (i >= 1 && CONJUNCTIONS.has(view.tokens[i]!.lower) && mentionsAt(view, i - 1).length) i--;
    else break;
  }
  return found;
}

/** The objects of a verb trigger: "met Lavrov", "met with Lavrov", "attacked by X", "bought X and Y". */
function objectMentions(view: SentenceView, hit: TriggerHit, { passive }: { passive: boolean }): Argument[] {
  const found: Argument[] = [];
  const first = firstMentionAfter(view, hit.last, 4);
  if (!first) return found;
  // "stormed Tunisia's national museum": the possessor is not what the act is done to.
  const role = isPossessiveAt(view, first.mention.last) ? 'other' : roleAfterPreposition(first.preposition, hit, { passive });
  // "was arrested Tuesday": a passive verb has no direct object.
  if (passive && first.preposition === undefined) return found;
  found.push({ mention: first.mention, role });
  let i = first.mention.last + 1;
  while (i + 1 < view.tokens.length && CONJUNCTIONS.has(view.tokens[i]!.lower)) {
    const next = mentionsAt(view, i + 1)[0];
    if (!next) break;
    found.push({ mention: next, role });
    i = next.last + 1;
  }
  return found;
}

/**
 * The light verb ("held talks", "launch an offensive") or setting preposition ("during a meeting")
 * governing a noun trigger, a few words before it: the clause it sits in is about the event.
 */
function governorOf(view: SentenceView, hit: TriggerHit): number | undefined {
  let i = hit.first - 1;
  let skipped = 0;
  while (i >= 0 && skipped < 4) {
    const t = view.tokens[i]!;
    if (
      DETERMINERS.has(t.lower) ||
      (/^[\p{Ll}]/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !LIGHT_VERBS.has(t.lower)) ||
      view.mentionAt[i] ||
      /^['’-]/.test(t.text)
    ) {
      i--;
      skipped++;
      continue;
    }
    break;
  }
  const governor = view.tokens[i];
  return governor && (SETTING_PREPOSITIONS.has(governor.lower) || LIGHT_VERBS.has(governor.lower)) ? i : undefined;
}

/**
 * The subject of the clause holding a noun trigger that is the object of a light verb ("held
 * talks", "launch an offensive") or sits in a setting phrase ("during a meeting"): the actors
 * earlier in the clause that are not themselves inside a prepositional phrase.
 */
function clauseMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const i = governorOf(view, hit);
  if (i === undefined) return [];
  // "discussed ... during a meeting" makes the subject a participant; "described ... after the acquisition" does not.
  const word = view.tokens[i]!.lower;
  if (SETTING_PREPOSITIONS.has(word) && !(SYMMETRIC.has(hit.entry.type) && DURING.has(word))) return [];
  return view.mentions.filter((m) => {
    if (m.last >= i || hit.first - m.last > BEFORE_WINDOW) return false;
    if (clauseBreakBetween(view, m.last, hit.first)) return false;
    const before = view.tokens[m.first - 1];
    // An actor inside a prepositional phrase ("concerns over Libya", "in Sochi") is not the subject.
    if (before && PREPOSITIONS.has(before.lower) && !['from', 'of', 'by'].includes(before.lower)) return false;
    for (let k = m.last + 1; k < hit.first; k++) if (REPORTING_VERBS.has(view.tokens[k]!.lower)) return false;
    return true;
  });
}

export function findArguments(view: SentenceView, hit: TriggerHit): EventArguments {
  const place = findPlace(view, hit);
  let candidates: Argument[];
  if (hit.pos === 'verb') {
    const passive = !hit.entry.subjectRole && isPassive(view, hit);
    const subjectRole: ParticipantRole = passive ? 'patient' : (hit.entry.subjectRole ?? 'agent');
    candidates = [
      ...subjectMentions(view, hit).map((mention) => ({ mention, role: subjectRole })),
      ...objectMentions(view, hit, { passive }),
    ];
  } else {
    candidates = [...prefixMentions(view, hit), ...postMentions(view, hit)];
    if (!candidates.some((a) => PARTICIPANT_TYPES.has(a.mention.type))) {
      candidates = clauseMentions(view, hit).map((mention) => ({ mention, role: 'agent' as const }));
    }
  }
  const participants: EventParticipant[] = [];
  for (const { mention, role } of candidates.sort((a, b) => a.mention.first - b.mention.first)) {
    if (!PARTICIPANT_TYPES.has(mention.type)) continue;
    if (place && mention.mention.actor === place.mention.actor) continue;
    if (!participants.some((p) => p.actor === mention.mention.actor)) participants.push({ actor: mention.mention.actor, role });
  }
  const out: EventArguments = { participants };
  if (place) out.place = place.mention.actor;
  return out;
}
