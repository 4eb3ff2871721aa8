/**
 * Events: trigger words from a lexicon (nouns and verbs of meetings, talks, votes, attacks,
 * deployments, visits, agreements...), each with the sentence it is read from, the time
 * expression dating it, its place and its participants.
 *
 * Decisions:
 * - Events that are conditional, wished for or still to come ("if the negotiations failed",
 *   "Russia plans to withdraw") are kept, because a user asking for "talks involving Russia"
 *   wants them too, but with a lower confidence; the graph has no modality property.
 * - Two mentions of the same event type in one sentence are one event ("a vote of abstention").
 * - A definite mention with no date of its own ("after the meeting") takes the date of the
 *   latest earlier event of the same kind and place, because news text names an event once
 *   with its date and then refers back to it; such later mentions of one occurrence are then
 *   folded into its first record, their triggers kept as `mentions` (occurrences.ts).
 * - The headline's sentences (Sentence.paragraph -1) are not read for events: the headline repeats
 *   the body in fewer words, so its events would only duplicate the body's.
 */

import type { ActorRecord, ActorType, EventRecord, EventType, Mention, Sentence, Span, TimeExpression } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { findArguments } from './arguments.js';
import { SAME_OCCASION, addMention, mergeOccurrences, type EventDraft } from './occurrences.js';
import { buildSentenceView, type SentenceView } from './sentence-view.js';
import { attachTime } from './timing.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { DETERMINERS, IRREALIS } from './words.js';

export interface EventInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  actors: ActorRecord[];
  timexes: TimeExpression[];
  headline?: Span;
  /** The tokens of each sentence, when the caller has them. */
  tokens?: readonly Token[][];
}

interface Draft extends EventDraft {
  hit: TriggerHit;
}

/** How many tokens before a trigger an irrealis word ("if", "would", "plans") still governs it. */
const IRREALIS_REACH = 6;

export function extractEvents(input: EventInput): EventRecord[] {
  const { text, sentences, mentions, actors, timexes } = input;
  const actorTypes = new Map<string, ActorType>(actors.map((a) => [a.key, a.type]));
  const mentionsBySentence = groupBySentence(mentions, sentences);
  const timexesBySentence = overlappingSentences(timexes, sentences);
  const drafts: Draft[] = [];

  sentences.forEach((sentence, index) => {
    if (sentence.paragraph < 0) return;
    if (input.headline && sentence.start < input.headline.end && sentence.end > input.headline.start) return;
    const view = buildSentenceView(text, index, sentence, mentionsBySentence[index] ?? [], actorTypes, timexesBySentence[index] ?? [], input.tokens?.[index]);
    const inSentence: Draft[] = [];
    const hits = findTriggers(view);
    for (const hit of hits) {
      const args = findArguments(view, hit);
      if (hit.entry.needsActor && args.participants.length === 0) continue;
      // "went to", "arrived in" name a visit only when a place follows.
      if (hit.entry.destination && args.place === undefined) continue;
      const irrealis = isIrrealis(view, hit);
      const record: EventRecord = {
        type: hit.entry.type,
        trigger: spanOf(text, view.tokens[hit.first]!.start, view.tokens[hit.last]!.end),
        span: spanOf(text, sentence.start, sentence.end),
        participants: args.participants,
        sentence: index,
        confidence: confidenceOf(hit, args.participants.length > 0, args.place !== undefined, irrealis),
      };
      const time = attachTime(view, hit, hits);
      if (time !== undefined) record.time = time;
      if (args.place !== undefined) record.place = args.place;
      const definite = isDefinite(view, hit);
      mergeOrAdd(inSentence, { record, hit, definite, irrealis });
    }
    for (const draft of inSentence) drafts.push(draft);
  });

  inheritTimes(drafts, timexes);
  return mergeOccurrences(drafts, timexes);
}

function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function groupBySentence(mentions: readonly Mention[], sentences: readonly Sentence[]): Mention[][] {
  const out: Mention[][] = sentences.map(() => []);
  for (const m of mentions) {
    if (m.sentence >= 0 && m.sentence < sentences.length) {
      const s = sentences[m.sentence]!;
      if (m.span.start >= s.start && m.span.end <= s.end) {
        out[m.sentence]!.push(m);
        continue;
      }
    }
    // A mention whose sentence index is off: place it by its offsets.
    const i = sentences.findIndex((s) => m.span.start >= s.start && m.span.start < s.end);
    if (i >= 0) out[i]!.push(m);
  }
  return out;
}

/** Each sentence's time expressions (those overlapping it), with their index; sentences are sorted and do not overlap. */
function overlappingSentences(timexes: readonly TimeExpression[], sentences: readonly Sentence[]): { index: number; timex: TimeExpression }[][] {
  const out: { index: number; timex: TimeExpression }[][] = sentences.map(() => []);
  timexes.forEach((timex, index) => {
    // the first sentence ending after the expression starts, then each one it reaches into
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sentences[mid]!.end <= timex.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let s = lo; s < sentences.length && sentences[s]!.start < timex.span.end; s++) out[s]!.push({ index, timex });
  });
  return out;
}

/** "the meeting", "the Sochi talks", "this week's summit": a mention of an event already known. */
function isDefinite(view: SentenceView, hit: TriggerHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 4; i--) {
    const t = view.tokens[i]!;
    if (/^(?:the|this|that|these|those)$/.test(t.lower)) return true;
    if (DETERMINERS.has(t.lower) || !/^[\p{L}\p{N}'’-]/u.test(t.text)) return false;
  }
  return false;
}

function isIrrealis(view: SentenceView, hit: TriggerHit): boolean {
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - IRREALIS_REACH; i--) {
    if (IRREALIS.has(view.tokens[i]!.lower)) return true;
  }
  return false;
}

function confidenceOf(hit: TriggerHit, hasParticipants: boolean, hasPlace: boolean, irrealis: boolean): number {
  let c = hit.entry.weight * 0.8 + (hasParticipants ? 0.12 : 0) + (hasPlace ? 0.06 : 0);
  if (irrealis) c *= 0.6;
  return Math.round(Math.min(0.98, c) * 100) / 100;
}

/** The same event named twice in a sentence ("a vote of abstention", "signed the treaty"): one record. */
function mergeOrAdd(inSentence: Draft[], draft: Draft): void {
  const same = inSentence.find((d) => {
    if (d.record.type !== draft.record.type) return false;
    const a = d.record;
    const b = draft.record;
    if (a.place && b.place && a.place !== b.place) return false;
    if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return false;
    const shared = a.participants.some((p) => b.participants.includes(p));
    return shared || a.participants.length === 0 || b.participants.length === 0;
  });
  if (!same) {
    inSentence.push(draft);
    return;
  }
  const a = same.record;
  const b = draft.record;
  addMention(a, b.trigger);
  for (const p of b.participants) if (!a.participants.includes(p)) a.participants.push(p);
  if (a.place === undefined && b.place !== undefined) a.place = b.place;
  if (a.time === undefined && b.time !== undefined) a.time = b.time;
  // One unreal mention ("will be holding elections in six months and ... in nine") makes the event unreal.
  same.irrealis = same.irrealis || draft.irrealis;
  a.confidence = same.irrealis ? Math.min(a.confidence, b.confidence) : Math.max(a.confidence, b.confidence);
}

/** "after the meeting": a definite, undated, real event takes the date of the latest matching earlier one. */
function inheritTimes(drafts: Draft[], timexes: readonly TimeExpression[]): void {
  // The latest dated draft so far of each type, kept as the drafts are read, instead of a search back through all of them.
  const latest = new Map<EventType, LatestDated>();
  drafts.forEach((draft, i) => {
    const r = draft.record;
    if (r.time === undefined && draft.definite && !draft.irrealis) {
      let found = -1;
      for (const kind of SAME_OCCASION[r.type] ?? [r.type]) found = Math.max(found, latest.get(kind)?.matching(r.place) ?? -1);
      if (found >= 0) {
        const earlier = drafts[found]!.record;
        r.time = earlier.time;
        if (r.place === undefined && earlier.place !== undefined) r.place = earlier.place;
        r.confidence = Math.round(r.confidence * 0.85 * 100) / 100;
      }
    }
    // "recently", "now": too vague to be worth carrying over.
    if (r.time !== undefined && !/_REF$/.test(timexes[r.time]?.value ?? '')) {
      let dated = latest.get(r.type);
      if (!dated) latest.set(r.type, (dated = new LatestDated()));
      dated.add(i, r.place);
    }
  });
}

/** Where the latest dated drafts of one type are: anywhere, with no place, at each place. */
class LatestDated {
  private any = -1;
  private placeless = -1;
  private readonly at = new Map<string, number>();

  add(index: number, place: string | undefined): void {
    this.any = index;
    if (place === undefined) this.placeless = index;
    else this.at.set(place, index);
  }

  /** The latest draft whose place does not contradict `place` (either has none, or both are the same). */
  matching(place: string | undefined): number {
    return place === undefined ? this.any : Math.max(this.placeless, this.at.get(place) ?? -1);
  }
}
