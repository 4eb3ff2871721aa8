/**
 * One occurrence named several times: news text names an event once, with its place and date
 * ("a one-day meeting in Sochi on July 4, 2011"), then refers back to it ("after the Sochi meeting",
 * "the talks", "The Sochi talks"). Those later mentions become mentions of the first record.
 *
 * A later mention joins an earlier event when:
 * - both are of one kind of occasion (a meeting and talks can be the same occasion);
 * - the earlier one is anchored: it has a date or a place, so there is an occurrence to point back to;
 * - their places agree and their dates agree where both have one (different ones: different events);
 * - the later one is definite and real ("the talks", not "if talks fail" or "a meeting"), or it repeats
 *   the earlier one's place and date itself.
 */

import type { EventRecord, EventType, Span, TimeExpression } from '../../core/types.js';

export interface EventDraft {
  record: EventRecord;
  /** Named with "the", "this", "that": a mention of an event already known. */
  definite: boolean;
  /** Conditional, wished for or still to come. */
  irrealis: boolean;
}

/** Event kinds that one report may use for the same occasion ("the meeting", "the talks"). */
export const SAME_OCCASION: Partial<Record<EventType, readonly EventType[]>> = {
  meeting: ['meeting', 'negotiation'],
  negotiation: ['negotiation', 'meeting'],
};

/** The drafts with later mentions of one occurrence folded into its first record, in document order. */
export function mergeOccurrences(drafts: readonly EventDraft[], timexes: readonly TimeExpression[]): EventRecord[] {
  const kept: EventDraft[] = [];
  for (const draft of drafts) {
    const target = findOccurrence(kept, draft, timexes);
    if (target) absorb(target, draft);
    else kept.push(draft);
  }
  return kept.map((d) => d.record);
}

function findOccurrence(kept: readonly EventDraft[], draft: EventDraft, timexes: readonly TimeExpression[]): EventDraft | undefined {
  const r = draft.record;
  const kinds = SAME_OCCASION[r.type];
  if (!kinds) return undefined;
  for (let i = kept.length - 1; i >= 0; i--) {
    const earlier = kept[i]!;
    const e = earlier.record;
    if (!kinds.includes(e.type) || earlier.irrealis) continue;
    if (e.time === undefined && e.place === undefined) continue;
    if (r.place !== undefined && e.place !== undefined && r.place !== e.place) continue;
    if (r.time !== undefined && e.time !== undefined && !sameDate(timexes, r.time, e.time)) continue;
    const repeated = r.place !== undefined && r.place === e.place && r.time !== undefined && e.time !== undefined;
    if ((draft.definite && !draft.irrealis) || repeated) return earlier;
  }
  return undefined;
}

function sameDate(timexes: readonly TimeExpression[], a: number, b: number): boolean {
  if (a === b) return true;
  const x = timexes[a];
  const y = timexes[b];
  if (!x || !y) return false;
  // A partial value ("XXXX" for both "last year" and "next year" without a publication date) does not tell dates apart.
  const resolved = (value: string | undefined): value is string => value !== undefined && !value.includes('X');
  if (resolved(x.value) && resolved(y.value)) return x.value === y.value && x.begin === y.begin && x.end === y.end;
  return x.span.text.toLowerCase() === y.span.text.toLowerCase();
}

function absorb(target: EventDraft, draft: EventDraft): void {
  const a = target.record;
  const b = draft.record;
  addMention(a, b.trigger);
  for (const m of b.mentions ?? []) addMention(a, m);
  for (const p of b.participants) if (!a.participants.includes(p)) a.participants.push(p);
  if (a.place === undefined && b.place !== undefined) a.place = b.place;
  if (a.time === undefined && b.time !== undefined) a.time = b.time;
  a.confidence = Math.max(a.confidence, b.confidence);
}

/** Adds a later trigger to the record's mentions, in text order, once. */
export function addMention(record: EventRecord, trigger: Span): void {
  if (trigger.start === record.trigger.start && trigger.end === record.trigger.end) return;
  const mentions = record.mentions ?? [];
  if (mentions.some((m) => m.start === trigger.start && m.end === trigger.end)) return;
  mentions.push(trigger);
  mentions.sort((x, y) => x.start - y.start || x.end - y.end);
  record.mentions = mentions;
}
