/**
 * Which time expression of the sentence dates an event: the nearest date or time, preferring
 * one introduced by "on/in/during/at..." right after the trigger ("a meeting in Sochi on July 4,
 * 2011") and one in the same clause: a date inside a reported clause dates the events reported
 * there, not the act of reporting.
 */

import type { SentenceView, TimexOnTokens } from './sentence-view.js';
import type { TriggerHit } from './triggers.js';
import { PREPOSITIONS, REPORTING_VERBS, SEQUENCING } from './words.js';

const TIME_PREPOSITIONS = new Set([
  'on',
  'in',
  'during',
  'at',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'through',
  'throughout',
  'of',
]);
const NEW_VERB_GROUP = /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|did|does|do|[a-z]+ed)$/;
/** Beyond this score (about a token distance) no time expression is attached. */
const MAX_SCORE = 12;

function score(view: SentenceView, hit: TriggerHit, t: TimexOnTokens, others: readonly TriggerHit[]): number {
  const after = t.first > hit.last;
  const [from, to] = after ? [hit.last, t.first] : [t.last, hit.first];
  let distance = to - from;
  // "threats prompted NATO at its July summit": another event between them is the one dated.
  const between = others.some((o) => o !== hit && o.first > from && o.last < to);
  // "its July summit", "Saturday's vote": a date right before an event noun belongs to it.
  const modifiesOther = others.some((o) => o !== hit && o.first > t.last && o.first - t.last <= 2);
  // "during testimony Tuesday in a lawsuit": a time right after another event dates that one.
  const followsOther = !after && others.some((o) => o !== hit && o.last < t.first && t.first - o.last <= 1);
  const prep = view.tokens[t.first - 1];
  if (isFronted(view, t) && !after) {
    // "In 1997, President Clinton imposed an embargo": a fronted time dates the main clause's events.
    distance = 4;
  } else if (after && prep && TIME_PREPOSITIONS.has(prep.lower) && distance <= 10) {
    // "a meeting in Sochi on July 4": the time phrase right after the trigger and its arguments.
    distance = 2;
  } else {
    // A comma between them usually means another clause or phrase holds the date, and so does a
    // new verb group ("were charged with theft and will appear in court next week").
    for (let i = from + 1; i < to; i++) {
      if (view.tokens[i]!.text === ',') distance += 5;
      if (/^(?:and|but|or)$/.test(view.tokens[i]!.lower) && NEW_VERB_GROUP.test(view.tokens[i + 1]?.lower ?? '')) distance += 10;
    }
    if (!after) distance += 1; // dates usually follow what they date in English news
  }
  // A fronted time ("In 1998, agents blew up the embassies, killing 200") dates every event of its sentence.
  if ((between || modifiesOther || followsOther) && !isFronted(view, t)) distance += 10;
  // "After rebels staged an uprising in 2003, troops killed...": the time of the fronted clause is its own.
  if (!after && inFrontedSubordinate(view, t) && commaBetween(view, t.last, hit.first)) distance += 12;
  // "attacked the town in 2003 and later seized it": the story has moved on to another time.
  if (!after && movesOn(view, t.last, hit.first)) distance += 12;
  if (view.depth[hit.first] !== view.depth[t.first]) distance += 12;
  const value = t.timex.value;
  if (value && /_REF$/.test(value)) distance += 6;
  return distance;
}

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her']);

/** "against the sale", "after the meeting": a definite noun phrase governed by a preposition. */
function isDefiniteInPhrase(view: SentenceView, hit: TriggerHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 4; i--) {
    const word = view.tokens[i]!.lower;
    if (DEFINITE.has(word)) return PREPOSITIONS.has(view.tokens[i - 1]?.lower ?? '');
  }
  return false;
}

/** "officials said on Thursday that ...", "divulged Thursday": the time of the report, not of what it reports. */
function datesReport(view: SentenceView, t: TimexOnTokens): boolean {
  const before = view.tokens[t.first - 1]?.lower ?? '';
  const reporting = (i: number): boolean => REPORTING_VERBS.has(view.tokens[i]?.lower ?? '');
  return reporting(t.first - 1) || (/^(?:on|late|early)$/.test(before) && reporting(t.first - 2));
}

/** A time expression opening the sentence and set off by a comma ("In 1997,", "Last fall,", "On Tuesday,"). */
function isFronted(view: SentenceView, t: TimexOnTokens): boolean {
  if (view.tokens[t.last + 1]?.text !== ',') return false;
  for (let i = 0; i < t.first; i++)
    if (!TIME_PREPOSITIONS.has(view.tokens[i]!.lower) && !/^["“‘(]$/.test(view.tokens[i]!.text)) return false;
  return true;
}

/**
 * Index into the document's timexes, or undefined. `others` are the sentence's other triggers.
 * A definite noun inside a phrase ("protested on June 8 against the sale") names an event told
 * before: only a time after it ("the sale on June 3") can be its own.
 */
export function attachTime(view: SentenceView, hit: TriggerHit, others: readonly TriggerHit[] = []): number | undefined {
  let best: TimexOnTokens | undefined;
  let bestScore = Infinity;
  const knownBefore = hit.pos === 'noun' && isDefiniteInPhrase(view, hit);
  for (const t of view.timexes) {
    if (knownBefore && t.first < hit.first) continue;
    // A duration ("a one-day meeting") or a set measures or repeats an event; it does not date it.
    if (t.timex.type !== 'DATE' && t.timex.type !== 'TIME') continue;
    if (t.first <= hit.last && t.last >= hit.first) continue;
    if (datesReport(view, t)) continue;
    const s = score(view, hit, t, others);
    if (s < bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best && bestScore <= MAX_SCORE ? best.index : undefined;
}

/** Words opening a subordinate clause: a time fronted inside one dates that clause only. */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'since',
  'while',
  'as',
  'once',
  'until',
  'till',
  'although',
  'though',
  'if',
  'because',
  'whereas',
  'unless',
]);
/** Adverbs that move the story on to a later time ("they later seized the city"). */
const MOVES_ON = new Set(['later', 'then', 'afterwards', 'afterward', 'subsequently', 'eventually']);

/**
 * The time of an earlier event of the sentence that a verb with none of its own shares: the next
 * step of an episode the sentence has dated ("the killing of two politicians in 2013 prompted a
 * crisis, and the party stepped down"; "gunmen stormed the museum on Wednesday before security
 * forces raided it"). Not across a reported clause or "later", not from an event inside a
 * prepositional phrase ("after the vote in March"), and not from a time in a fronted subordinate
 * clause ("After rebels staged an uprising in 2003, security forces slaughtered civilians").
 * `times[i]` is the time attached to hits[i]. Returns an index into the document's timexes.
 */
export function sharedTime(
  view: SentenceView,
  hit: TriggerHit,
  hits: readonly TriggerHit[],
  times: readonly (number | undefined)[],
): number | undefined {
  if (hit.pos !== 'verb') return undefined;
  for (let k = hits.length - 1; k >= 0; k--) {
    const earlier = hits[k]!;
    const time = times[k];
    if (earlier.last >= hit.first || time === undefined) continue;
    const t = view.timexes.find((x) => x.index === time);
    if (!t || t.last >= hit.first || view.depth[t.first] !== view.depth[hit.first] || view.depth[earlier.first] !== view.depth[hit.first])
      return undefined;
    if (inFrontedSubordinate(view, t) || inPrepositionalPhrase(view, earlier)) return undefined;
    if (movesOn(view, earlier.last, hit.first) || shiftedInTime(view, earlier.last, hit.first)) return undefined;
    return time;
  }
  return undefined;
}

/** Words measuring how far before or after ("a week after", "hours before", "shortly after"). */
const INTERVAL = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|shortly|soon|long|just|moments?)$/;

/** "a week after", "two days before": the clause that follows is at another time. */
function shiftedInTime(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (SEQUENCING.has(view.tokens[i]!.lower) && INTERVAL.test(view.tokens[i - 1]?.lower ?? '')) return true;
  return false;
}

function movesOn(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (MOVES_ON.has(view.tokens[i]!.lower)) return true;
  return false;
}

function commaBetween(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (view.tokens[i]!.text === ',') return true;
  return false;
}

function inFrontedSubordinate(view: SentenceView, t: TimexOnTokens): boolean {
  const opener = view.tokens.findIndex((token) => /^[\p{L}\p{N}]/u.test(token.text));
  if (opener < 0 || !SUBORDINATORS.has(view.tokens[opener]!.lower)) return false;
  for (let i = opener + 1; i < t.first; i++) if (view.tokens[i]!.text === ',') return false;
  return true;
}

/** "after the vote", "during their talks": a preposition governs the trigger, a few words before it. */
function inPrepositionalPhrase(view: SentenceView, hit: TriggerHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 3; i--) {
    const word = view.tokens[i]!.lower;
    if (PREPOSITIONS.has(word)) return true;
    if (!/^[\p{L}\p{N}'’-]/u.test(view.tokens[i]!.text)) return false;
  }
  return false;
}
