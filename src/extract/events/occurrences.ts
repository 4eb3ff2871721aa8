/**
 * One node per happening: news text names an event once, with its participants, place and date
 * ("Amazon bought Whole Foods in August 2017"), then refers back to it ("the acquisition", "the
 * deal", "Amazon's acquisition of Whole Foods"). Those later mentions join the first record,
 * their triggers kept as `mentions`; different happenings of one type stay apart.
 *
 * A later mention (a draft) joins an earlier event when:
 * - they are of one kind of occasion (a meeting and talks can be one occasion; "the deal" can be
 *   an acquisition), and the text gives both the same factuality;
 * - nothing they say disagrees: not two places, not two dates, not two disjoint sets of agents
 *   or of patients;
 * - the later one refers back: a definite noun ("the vote", "this attack") or a verb ("gunmen
 *   stormed the museum" after "an attack on the museum"); an indefinite noun ("a vote") joins only
 *   what it is tied to (one sentence, a shared participant, the same place and date), and a
 *   contrastive one ("another attack", "the last major attack") starts a new happening.
 * Of the events it could join, the one mentioned in the last few sentences wins, else the one
 * mentioned most: "the attack" ten paragraphs on is the article's attack, not a side one.
 *
 * Headline mentions never start an event: the headline repeats the body in fewer words, so they
 * only join the body's events, whatever their factuality. A bare plural ("attacks") names a kind
 * of event: nothing joins it, and with no participant, place or date it is no event.
 */

import type { EventParticipant, EventRecord, EventType, Span, TimeExpression } from '../../core/types.js';
import { partitionPoint } from '../../core/search.js';

/** How a mention refers: a verb, a definite noun, an indefinite noun, or a noun set against another ("another vote"). */
export type Reference = 'verbal' | 'definite' | 'indefinite' | 'contrastive';

export interface EventDraft {
  record: EventRecord;
  reference: Reference;
  /** A plural noun ("attacks", "elections"). */
  plural: boolean;
  /** Read from the headline: joins a body event or is dropped. */
  headline: boolean;
}

interface Occurrence extends EventDraft {
  /** The last sentence that mentions it. */
  lastSentence: number;
}

/** A bare plural ("attacks", "gunbattles"): a kind of event more than one happening; nothing refers back to it. */
const isGeneric = (draft: EventDraft): boolean => !draft.headline && draft.reference === 'indefinite' && draft.plural;

/** "fear of further attacks", "trips at sea": a bare plural with nothing to anchor it is no event at all. */
function isUnanchored(draft: EventDraft): boolean {
  const r = draft.record;
  return isGeneric(draft) && !r.participants.length && r.place === undefined && r.time === undefined;
}

/** Event kinds that one report may use for the same occasion ("the meeting" and "the talks"; "the deal" for an acquisition). */
const SAME_OCCASION: Partial<Record<EventType, readonly EventType[]>> = {
  meeting: ['negotiation'],
  negotiation: ['meeting'],
  // A body's vote on a resolution is the resolution's adoption.
  vote: ['resolution'],
  resolution: ['vote'],
  acquisition: ['agreement', 'merger', 'sale'],
  merger: ['agreement', 'acquisition'],
  sale: ['agreement', 'acquisition'],
  attack: ['military-action'],
  'military-action': ['attack'],
  // A lawsuit is filed, a trial heard, testimony given: one case, but happenings with their own dates.
  trial: ['charge'],
};

/** How many sentences back a mention looks for the event it refers to before taking the most mentioned one. */
const RECENT_SENTENCES = 3;
/**
 * How many of the most mentioned events of a kind a mention may refer back to beyond the recent
 * sentences: an article's main happenings are few, and a bound keeps merging linear in its length.
 */
const LEADERS = 16;

function sameOccasion(earlier: EventType, later: EventType): boolean {
  return earlier === later || (SAME_OCCASION[earlier]?.includes(later) ?? false);
}

/** The events already kept, indexed by kind: who was mentioned lately, and who most. */
class OccurrenceIndex {
  private readonly byType = new Map<EventType, { touches: { occurrence: Occurrence; sentence: number }[]; leaders: Occurrence[] }>();
  private created = 0;
  private readonly order = new WeakMap<Occurrence, number>();

  add(occurrence: Occurrence): void {
    this.order.set(occurrence, this.created++);
    this.touch(occurrence);
  }

  /** Records a new mention: the occurrence is maybe among the most mentioned, and recent unless the mention is the headline's. */
  touch(occurrence: Occurrence, { recent = true }: { recent?: boolean } = {}): void {
    const slot = this.slot(occurrence.record.type);
    // Body mentions come in sentence order, so the touches stay sorted by sentence.
    if (recent) slot.touches.push({ occurrence, sentence: occurrence.lastSentence });
    const leaders = slot.leaders;
    if (!leaders.includes(occurrence)) leaders.push(occurrence);
    // Most mentioned first; of equals, the later one, as a reader takes the story's latest thread.
    leaders.sort((a, b) => mentionCount(b) - mentionCount(a) || this.order.get(b)! - this.order.get(a)!);
    if (leaders.length > LEADERS) leaders.pop();
  }

  /** Events of a kind one of `type`'s mentions may name: those mentioned since `sinceSentence`, then the most mentioned. */
  candidates(type: EventType, sinceSentence: number): Occurrence[] {
    const out = new Set<Occurrence>();
    for (const [earlierType, slot] of this.byType) {
      if (!sameOccasion(earlierType, type)) continue;
      for (let i = slot.touches.length - 1; i >= 0 && slot.touches[i]!.sentence >= sinceSentence; i--) out.add(slot.touches[i]!.occurrence);
      for (const leader of slot.leaders) out.add(leader);
    }
    return [...out].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  private slot(type: EventType) {
    let slot = this.byType.get(type);
    if (!slot) this.byType.set(type, (slot = { touches: [], leaders: [] }));
    return slot;
  }
}

/** The records of the drafts, later mentions of one happening folded into its first record, in document order. */
export function mergeOccurrences(drafts: readonly EventDraft[], timexes: readonly TimeExpression[]): EventRecord[] {
  const kept: Occurrence[] = [];
  const index = new OccurrenceIndex();
  // Body first, then the headline, whose mentions may only join what the body found.
  const ordered = [...drafts.filter((d) => !d.headline), ...drafts.filter((d) => d.headline)];
  for (const draft of ordered) {
    if (isUnanchored(draft)) continue;
    const target = findOccurrence(index.candidates(draft.record.type, draft.record.sentence - RECENT_SENTENCES), draft, timexes);
    if (target) {
      absorb(target, draft);
      if (!draft.headline) target.lastSentence = Math.max(target.lastSentence, draft.record.sentence);
      index.touch(target, { recent: !draft.headline });
    } else if (!draft.headline) {
      const occurrence = { ...draft, lastSentence: draft.record.sentence };
      kept.push(occurrence);
      // Nothing refers back to a bare plural: it is a kind of event, not one happening.
      if (!isGeneric(occurrence)) index.add(occurrence);
    }
  }
  return kept.map((occurrence) => occurrence.record);
}

/** `kept`: the events the draft may refer to, in the order they were first mentioned. */
function findOccurrence(kept: readonly Occurrence[], draft: EventDraft, timexes: readonly TimeExpression[]): Occurrence | undefined {
  if ((!draft.headline && draft.reference === 'contrastive') || isGeneric(draft)) return undefined;
  const r = draft.record;
  const compatible = kept.filter((earlier) => {
    const e = earlier.record;
    if (!draft.headline && e.factuality !== r.factuality) return false;
    return !disagree(e, r, timexes);
  });
  const recent = (c: Occurrence): boolean => !draft.headline && r.sentence - c.lastSentence <= RECENT_SENTENCES;
  const candidates = compatible.filter((earlier) => {
    if (draft.headline || draft.reference === 'definite') return true;
    const e = earlier.record;
    const sameSentence = e.sentence === r.sentence || earlier.lastSentence === r.sentence;
    const shared = r.participants.some((p) => e.participants.some((q) => q.actor === p.actor));
    const anchored = r.place !== undefined && r.place === e.place && r.time !== undefined && e.time !== undefined;
    // A verb goes on telling the story just told, or names who or when.
    if (draft.reference === 'verbal') return recent(earlier) || shared || anchored || (r.time !== undefined && e.time !== undefined);
    return sameSentence || shared || anchored;
  });
  if (!candidates.length) return undefined;
  const recentOnes = candidates.filter(recent);
  if (recentOnes.length) return recentOnes.reduce((a, b) => (b.lastSentence >= a.lastSentence ? b : a));
  return candidates.reduce((a, b) => (mentionCount(b) >= mentionCount(a) ? b : a));
}

const mentionCount = (o: Occurrence): number => 1 + (o.record.mentions?.length ?? 0);

function disagree(a: EventRecord, b: EventRecord, timexes: readonly TimeExpression[]): boolean {
  if (a.place !== undefined && b.place !== undefined && a.place !== b.place && !nested(a.place, b.place)) return true;
  if (a.time !== undefined && b.time !== undefined && !sameDate(timexes, a.time, b.time)) return true;
  return disjoint(a.participants, b.participants, 'agent') || disjoint(a.participants, b.participants, 'patient');
}

/** A country and a place other than a country may be one inside the other ("in Tunisia", "in Djerba"). */
function nested(a: string, b: string): boolean {
  return a.startsWith('Country:') !== b.startsWith('Country:');
}

/** Both have participants in this role, and none in common. */
function disjoint(a: readonly EventParticipant[], b: readonly EventParticipant[], role: EventParticipant['role']): boolean {
  const x = a.filter((p) => p.role === role).map((p) => p.actor);
  const y = b.filter((p) => p.role === role).map((p) => p.actor);
  return x.length > 0 && y.length > 0 && !x.some((actor) => y.includes(actor));
}

/**
 * Two time expressions that may name one time: equal values, or one inside the other ("2011-07"
 * and "2011-07-04", "Wednesday" and "Wednesday afternoon"). Unresolved ones are compared by the
 * calendar words they are written with ("Monday" and "Tuesday" disagree); one without any may be
 * the other only when it points at the article's own day ("today" and "Wednesday").
 */
function sameDate(timexes: readonly TimeExpression[], a: number, b: number): boolean {
  if (a === b) return true;
  const x = timexes[a];
  const y = timexes[b];
  if (!x || !y) return false;
  // A partial value ("XXXX" for both "last year" and "next year" without a publication date) does not tell dates apart.
  const resolved = (value: string | undefined): value is string => value !== undefined && !value.includes('X');
  if (resolved(x.value) && resolved(y.value)) return x.value.startsWith(y.value) || y.value.startsWith(x.value);
  const wordsX = calendarWords(x.span.text);
  const wordsY = calendarWords(y.span.text);
  if (wordsX.length && wordsY.length) return wordsX.some((w) => wordsY.includes(w));
  return DEICTIC_TODAY.test(x.span.text) || DEICTIC_TODAY.test(y.span.text);
}

const DEICTIC_TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening|week))$/i;
const CALENDAR_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b/g;

function calendarWords(text: string): string[] {
  return text.toLowerCase().match(CALENDAR_WORD) ?? [];
}

function absorb(target: Occurrence, draft: EventDraft): void {
  const a = target.record;
  const b = draft.record;
  addMention(a, b.trigger);
  for (const m of b.mentions ?? []) addMention(a, m);
  for (const p of b.participants) {
    const seen = a.participants.find((q) => q.actor === p.actor);
    if (!seen) a.participants.push({ ...p });
    else if (seen.role === 'other' && p.role !== 'other') seen.role = p.role;
  }
  if (a.place === undefined && b.place !== undefined) a.place = b.place;
  if (a.time === undefined && b.time !== undefined) {
    a.time = b.time;
    a.evidence.hasTime = true;
    a.evidence.inheritedTime = true;
  }
  a.evidence.mentionCount = 1 + (a.mentions?.length ?? 0);
  a.evidence.roleArguments = a.participants.filter((p) => p.role !== 'other').length;
  a.evidence.hasPlace = a.place !== undefined;
}

/** Adds a later trigger to the record's mentions, in text order, once. */
export function addMention(record: EventRecord, trigger: Span): void {
  if (trigger.start === record.trigger.start && trigger.end === record.trigger.end) return;
  const mentions = record.mentions ?? [];
  // Mentions mostly come in text order: find the place by binary search, not by sorting again.
  const lo = partitionPoint(mentions, (m) => m.start < trigger.start || (m.start === trigger.start && m.end < trigger.end));
  const at = mentions[lo];
  if (at && at.start === trigger.start && at.end === trigger.end) return;
  mentions.splice(lo, 0, trigger);
  record.mentions = mentions;
}
