/**
 * Who took part in an event and where it happened, read from the words around the trigger:
 * "the Russia-NATO meeting", "talks between NATO and Russia", "X met Y", "a meeting in Sochi",
 * "travelled to the US". Without such words, the actors earlier in the same clause ("NATO and
 * Russian officials discussed ... during a meeting") are taken.
 */

import type { ActorType } from '../../core/types.js';
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
  participants: string[];
  place?: string;
}

const PARTICIPANT_TYPES: ReadonlySet<ActorType> = new Set(['Person', 'Organization', 'Country']);
const PLACE_TYPES: ReadonlySet<ActorType> = new Set(['Place', 'Country']);
const HOSTILE = new Set(['attack', 'military-action', 'sanction', 'threat', 'protest']);
/** A verb form ("blaming", "paved"): arguments after it belong to that verb. */
const VERB_FORM = /^[\p{Ll}]+(?:ing|ed)$/u;
const HARD_BREAK = /^(?:[;:()[\]—–]|--)$/;
/** How far from the trigger arguments are looked for, in tokens. */
const AFTER_WINDOW = 12;
const BEFORE_WINDOW = 20;

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
 * resort town of Sochi"); in "the Black Sea resort town of Sochi" the head after "of" wins.
 */
function placeAfter(view: SentenceView, prep: number, types: ReadonlySet<ActorType>): MentionOnTokens | undefined {
  let found: MentionOnTokens | undefined;
  for (let i = prep + 1; i <= prep + 10 && i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    const here = mentionsAt(view, i).find((m) => types.has(m.type));
    if (here) {
      found = here;
      i = here.last;
      continue;
    }
    if (mentionsAt(view, i).length && !found) return undefined;
    if (HARD_BREAK.test(t.text) || t.text === ',' || (PREPOSITIONS.has(t.lower) && t.lower !== 'of')) break;
    // After a place, only "resort town of", "city of"... may lead to a more precise one.
    if (found && !/^[\p{Ll}]/u.test(t.text)) break;
  }
  return found;
}

function findPlace(view: SentenceView, hit: TriggerHit): MentionOnTokens | undefined {
  const { tokens } = view;
  // "travelled to the US", "a visit to Moscow", "deployed to Lithuania": the destination.
  const destination = hit.entry.destination || hit.entry.type === 'visit' || hit.entry.type === 'deployment';
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
      if (object && PLACE_TYPES.has(object.type)) return object;
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
  for (const m of mentionsAt(view, before)) if (m.type === 'Place') return m;
  // "In Sochi, the two sides held talks".
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

function firstMentionAfter(view: SentenceView, from: number, within: number): MentionOnTokens | undefined {
  for (let i = from + 1; i <= from + within && i < view.tokens.length; i++) {
    const here = mentionsAt(view, i);
    if (here.length) return here[0];
    const t = view.tokens[i]!;
    if (!/^[\p{L}\p{N}]/u.test(t.text) && t.text !== '-') return undefined;
    if (PREPOSITIONS.has(t.lower) && !['with', 'against', 'by'].includes(t.lower)) return undefined;
  }
  return undefined;
}

/** Mentions inside the noun phrase before a noun trigger: "the alliance's bombing", "Russia-NATO meeting". */
function prefixMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const found: MentionOnTokens[] = [];
  let words = 0;
  for (let i = hit.first - 1; i >= 0; i--) {
    const t = view.tokens[i]!;
    const here = mentionsAt(view, i);
    if (here.length) {
      for (const m of here) if (!found.includes(m)) found.push(m);
      continue;
    }
    if (t.text === '-' || CONJUNCTIONS.has(t.lower) || /^['’]s?$/.test(t.text)) continue;
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || !/^[\p{L}\p{N}]/u.test(t.text)) break;
    // Adjectives and noun modifiers ("joint", "one-day", "missile shield"); a long run is a clause, not a phrase.
    if (++words > 3) break;
  }
  return found;
}

/** Mentions after "between", "with", "of", "by" (and "on", "against" for hostile acts) following a noun trigger. */
function postMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const found: MentionOnTokens[] = [];
  const hostile = HOSTILE.has(hit.entry.type);
  let active = false;
  for (let i = hit.last + 1; i < view.tokens.length && i <= hit.last + AFTER_WINDOW; i++) {
    const t = view.tokens[i]!;
    if (HARD_BREAK.test(t.text) || t.text === ',' || t.lower === 'that' || CLAUSE_OPENERS.has(t.lower) || REPORTING_VERBS.has(t.lower)) break;
    if (VERB_FORM.test(t.text) && !view.mentionAt[i]) break;
    if (PARTICIPANT_PREPOSITIONS.has(t.lower) || (hostile && TARGET_PREPOSITIONS.has(t.lower))) {
      active = true;
      continue;
    }
    // A topic ("over the implementation of ...") or a setting ("in Sochi") ends the argument list.
    if (PREPOSITIONS.has(t.lower)) break;
    if (!active) continue;
    for (const m of mentionsAt(view, i)) if (!found.includes(m)) found.push(m);
  }
  return found;
}

/** The subject of a verb trigger: the mention just before it, with any joined to it by "and". */
function subjectMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const found: MentionOnTokens[] = [];
  let i = hit.first - 1;
  while (i >= 0) {
    const t = view.tokens[i]!;
    // "Russia may also consider withdrawing", "NATO plans to deploy", "Rogozin, travelled".
    if (AUXILIARIES.has(t.lower) || CATENATIVES.has(t.lower) || /ly$/.test(t.lower) || t.text === ',' || t.lower === 'both' || t.lower === 'all') i--;
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

/** The object of a verb trigger: "met Lavrov", "met with Lavrov", "attacked by X", "invaded Kuwait". */
function objectMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  const found: MentionOnTokens[] = [];
  const first = firstMentionAfter(view, hit.last, 4);
  if (!first) return found;
  found.push(first);
  // "met X and Y"
  let i = first.last + 1;
  while (i + 1 < view.tokens.length && CONJUNCTIONS.has(view.tokens[i]!.lower)) {
    const next = mentionsAt(view, i + 1)[0];
    if (!next) break;
    found.push(next);
    i = next.last + 1;
  }
  return found;
}

/**
 * The subject of the clause holding a noun trigger that is the object of a light verb ("held
 * talks", "launch an offensive") or sits in a setting phrase ("during a meeting"): the actors
 * earlier in the clause that are not themselves inside a prepositional phrase.
 */
function clauseMentions(view: SentenceView, hit: TriggerHit): MentionOnTokens[] {
  let i = hit.first - 1;
  let skipped = 0;
  while (i >= 0 && skipped < 4) {
    const t = view.tokens[i]!;
    if (DETERMINERS.has(t.lower) || (/^[\p{Ll}]/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !LIGHT_VERBS.has(t.lower)) || view.mentionAt[i] || /^['’-]/.test(t.text)) {
      i--;
      skipped++;
      continue;
    }
    break;
  }
  const governor = view.tokens[i];
  if (!governor || !(SETTING_PREPOSITIONS.has(governor.lower) || LIGHT_VERBS.has(governor.lower))) return [];
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
  let candidates: MentionOnTokens[];
  if (hit.pos === 'verb') {
    candidates = [...subjectMentions(view, hit), ...objectMentions(view, hit)];
  } else {
    candidates = [...prefixMentions(view, hit), ...postMentions(view, hit)];
    if (!candidates.some((m) => PARTICIPANT_TYPES.has(m.type))) candidates = clauseMentions(view, hit);
  }
  const participants: string[] = [];
  for (const m of candidates.sort((a, b) => a.first - b.first)) {
    if (!PARTICIPANT_TYPES.has(m.type)) continue;
    if (place && m.mention.actor === place.mention.actor) continue;
    if (!participants.includes(m.mention.actor)) participants.push(m.mention.actor);
  }
  const out: EventArguments = { participants };
  if (place) out.place = place.mention.actor;
  return out;
}
