/**
 * Which time expression of the sentence dates an event: the nearest date or time, preferring
 * one introduced by "on/in/during/at..." right after the trigger ("a meeting in Sochi on July 4,
 * 2011") and one in the same clause: a date inside a reported clause dates the events reported
 * there, not the act of reporting.
 */

import type { SentenceView, TimexOnTokens } from './sentence-view.js';
import type { TriggerHit } from './triggers.js';

const TIME_PREPOSITIONS = new Set(['on', 'in', 'during', 'at', 'since', 'by', 'until', 'till', 'before', 'after', 'from', 'through', 'throughout', 'of']);
/** Beyond this score (about a token distance) no time expression is attached. */
const MAX_SCORE = 12;

function score(view: SentenceView, hit: TriggerHit, t: TimexOnTokens, others: readonly TriggerHit[]): number {
  const after = t.first > hit.last;
  const [from, to] = after ? [hit.last, t.first] : [t.last, hit.first];
  let distance = to - from;
  // "threats prompted NATO at its July summit": another event between them is the one dated.
  const between = someStartingIn(others, from + 1, to - 1, (o) => o !== hit && o.last < to);
  // "its July summit", "Saturday's vote": a date right before an event noun belongs to it.
  const modifiesOther = someStartingIn(others, t.last + 1, t.last + 2, (o) => o !== hit);
  const prep = view.tokens[t.first - 1];
  if (after && prep && TIME_PREPOSITIONS.has(prep.lower) && distance <= 10) {
    // "a meeting in Sochi on July 4": the time phrase right after the trigger and its arguments.
    distance = 2;
  } else {
    // A comma between them usually means another clause or phrase holds the date.
    for (let i = from + 1; i < to; i++) if (view.tokens[i]!.text === ',') distance += 5;
    if (!after) distance += 1; // dates usually follow what they date in English news
  }
  if (between || modifiesOther) distance += 10;
  if (view.depth[hit.first] !== view.depth[t.first]) distance += 12;
  const value = t.timex.value;
  if (value && /_REF$/.test(value)) distance += 6;
  return distance;
}

/** Whether a trigger starting at a token in [from, to] passes the test; `hits` are in token order. */
function someStartingIn(hits: readonly TriggerHit[], from: number, to: number, test: (hit: TriggerHit) => boolean): boolean {
  for (let k = firstIndex(hits, (h) => h.first >= from); k < hits.length && hits[k]!.first <= to; k++) if (test(hits[k]!)) return true;
  return false;
}

/** The first index whose item passes `reached` (false then true along the array), found by bisection. */
function firstIndex<T>(items: readonly T[], reached: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (reached(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Index into the document's timexes, or undefined. `others` are the sentence's other triggers, in
 * token order (as findTriggers gives them).
 */
export function attachTime(view: SentenceView, hit: TriggerHit, others: readonly TriggerHit[] = []): number | undefined {
  let best: TimexOnTokens | undefined;
  let bestScore = Infinity;
  // A score is at least the token distance (the preposition rule lowers it only within 10 tokens), so only
  // the expressions within MAX_SCORE tokens of the trigger can be attached; they are in token order.
  const timexes = view.timexes;
  for (let k = firstIndex(timexes, (t) => t.last >= hit.first - MAX_SCORE); k < timexes.length && timexes[k]!.first <= hit.last + MAX_SCORE; k++) {
    const t = timexes[k]!;
    // A duration ("a one-day meeting") or a set measures or repeats an event; it does not date it.
    if (t.timex.type !== 'DATE' && t.timex.type !== 'TIME') continue;
    if (t.first <= hit.last && t.last >= hit.first) continue;
    const s = score(view, hit, t, others);
    if (s < bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best && bestScore <= MAX_SCORE ? best.index : undefined;
}
