/**
 * Events: trigger words from a lexicon (meetings, votes, attacks, arrests, acquisitions, deaths,
 * disasters...), each with its factuality, the sentence it is read from, the time expression
 * dating it, its place and its participants with their roles; then one node per happening.
 *
 * Decisions:
 * - Every event says whether the text asserts, denies, doubts or plans it (factuality.ts); a
 *   conditional or planned event is kept, because a user asking for "talks involving Russia"
 *   wants them too, and queries count asserted ones unless asked otherwise.
 * - An event dated after the publication date by the text itself ("the vote on Tuesday" written
 *   on a Sunday) is still to come, whatever the verb says.
 * - Later mentions of one happening ("the vote", "the deal") are folded into its first record
 *   (occurrences.ts); the headline's triggers only join events the body reports.
 * - Confidence comes from one function of named evidence (confidence.ts), kept on the record.
 */

import type { ActorRecord, ActorType, EventEvidence, EventRecord, Mention, Sentence, Span, TimeExpression } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { findArguments } from './arguments.js';
import { eventConfidence } from './confidence.js';
import { readFactuality } from './factuality.js';
import { mergeOccurrences, type EventDraft, type Reference } from './occurrences.js';
import { buildSentenceView, type SentenceView } from './sentence-view.js';
import { attachTime, sharedTime } from './timing.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { SEQUENCING } from './words.js';
import { partitionPoint } from '../../core/search.js';

export interface EventInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  actors: ActorRecord[];
  timexes: TimeExpression[];
  headline?: Span;
  /** The publication date (YYYY-MM-DD): an event dated after it is still to come. */
  referenceDate?: string;
  /** The tokens of each sentence, when the caller has them. */
  tokens?: readonly Token[][];
}

export function extractEvents(input: EventInput): EventRecord[] {
  const { text, sentences, mentions, actors, timexes } = input;
  const actorTypes = new Map<string, ActorType>(actors.map((a) => [a.key, a.type]));
  const mentionsBySentence = groupBySentence(mentions, sentences);
  const timexesBySentence = overlappingSentences(timexes, sentences);
  const drafts: EventDraft[] = [];

  sentences.forEach((sentence, index) => {
    const headline =
      sentence.paragraph < 0 ||
      (input.headline !== undefined && sentence.start < input.headline.end && sentence.end > input.headline.start);
    const view = buildSentenceView(
      text,
      index,
      sentence,
      mentionsBySentence[index] ?? [],
      actorTypes,
      timexesBySentence[index] ?? [],
      input.tokens?.[index],
    );
    const hits = findTriggers(view);
    const times = hits.map((hit) => attachTime(view, hit, hits));
    hits.forEach((hit, i) => {
      const draft = readEvent(
        view,
        hit,
        { own: times[i], shared: () => sharedTime(view, hit, hits, times) },
        { text, timexes, headline, ...(input.referenceDate ? { referenceDate: input.referenceDate } : {}) },
      );
      if (draft) drafts.push(draft);
    });
  });

  // Confidence last: the evidence grows as later mentions join.
  return mergeOccurrences(drafts, timexes).map((record) => ({
    ...record,
    confidence: eventConfidence(record.evidence, record.factuality),
  }));
}

interface ReadContext {
  text: string;
  timexes: readonly TimeExpression[];
  headline: boolean;
  referenceDate?: string;
}

/** The time expression attached to a trigger, and the one it may share with an earlier event of its sentence. */
interface TriggerTime {
  own: number | undefined;
  shared: () => number | undefined;
}

function readEvent(view: SentenceView, hit: TriggerHit, timing: TriggerTime, context: ReadContext): EventDraft | undefined {
  const args = findArguments(view, hit);
  if (hit.entry.needsActor && args.participants.length === 0) return undefined;
  // "went to", "arrived in" name a journey only when a place follows.
  if (hit.entry.destination && args.place === undefined) return undefined;
  const reading = readFactuality(view, hit);
  // "agents blew up the embassy": an explosion somebody set off is an attack.
  const type = hit.entry.type === 'explosion' && args.participants.some((p) => p.role === 'agent') ? 'attack' : hit.entry.type;
  // Only what the text asserts goes on in the episode the sentence has dated.
  const shared = timing.own === undefined && reading.factuality === 'asserted' ? timing.shared() : undefined;
  const time = timing.own ?? shared;
  let factuality = reading.factuality;
  if (factuality === 'asserted' && time !== undefined && isAfter(context.timexes[time], context.referenceDate)) factuality = 'future';
  const evidence: EventEvidence = {
    triggerWeight: hit.entry.weight,
    verbal: hit.pos === 'verb',
    factualityMarked: reading.marked,
    roleArguments: args.participants.filter((p) => p.role !== 'other').length,
    hasPlace: args.place !== undefined,
    hasTime: time !== undefined,
    mentionCount: 1,
    ambiguous: hit.entry.ambiguous === true,
    inheritedTime: shared !== undefined,
  };
  const record: EventRecord = {
    type,
    trigger: spanOf(context.text, view.tokens[hit.first]!.start, view.tokens[hit.last]!.end),
    span: spanOf(context.text, view.sentence.start, view.sentence.end),
    factuality,
    participants: args.participants,
    sentence: view.index,
    confidence: 0,
    evidence,
  };
  if (time !== undefined) record.time = time;
  if (args.place !== undefined) record.place = args.place;
  return { record, reference: referenceOf(view, hit), plural: isPlural(view, hit), headline: context.headline };
}

/** A day-precise date after the reference date ("2024-03-09" written on 2024-03-05). */
function isAfter(timex: TimeExpression | undefined, referenceDate: string | undefined): boolean {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(timex?.value ?? '')?.[1];
  return day !== undefined && referenceDate !== undefined && day > referenceDate;
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
    const i = sentenceAt(sentences, m.span.start);
    if (i !== undefined) out[i]!.push(m);
  }
  return out;
}

/** The first sentence ending after `offset` (sentences are sorted and do not overlap): its index, or the length. */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences, (s) => s.end <= offset);
}

/** The index of the sentence holding the offset, if any. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number | undefined {
  const i = firstEndingAfter(sentences, offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : undefined;
}

/** Each sentence's time expressions (those overlapping it), with their index; sentences are sorted and do not overlap. */
function overlappingSentences(
  timexes: readonly TimeExpression[],
  sentences: readonly Sentence[],
): { index: number; timex: TimeExpression }[][] {
  const out: { index: number; timex: TimeExpression }[][] = sentences.map(() => []);
  timexes.forEach((timex, index) => {
    // the first sentence ending after the expression starts, then each one it reaches into
    for (let s = firstEndingAfter(sentences, timex.span.start); s < sentences.length && sentences[s]!.start < timex.span.end; s++)
      out[s]!.push({ index, timex });
  });
  return out;
}

/** Adverbs that make a verb tell what happened next. */
const SEQUEL = new Set(['later', 'then', 'afterwards', 'afterward', 'subsequently', 'again', 'next']);
/** Nouns ending in -s that name one happening. */
const PLURAL_SINGULARS = new Set([
  'talks',
  'sanctions',
  'charges',
  'negotiations',
  'consultations',
  'elections',
  'clashes',
  'hostilities',
  'layoffs',
  'lay-offs',
  'earnings',
  'protests',
]);

/** A plural noun trigger: "attacks", "gunbattles". */
function isPlural(view: SentenceView, hit: TriggerHit): boolean {
  const word = view.tokens[hit.last]!.lower;
  return hit.pos === 'noun' && /[^su]s$/.test(word) && !PLURAL_SINGULARS.has(word);
}

/** Words that set a mention against another event of its kind: "another attack", "the last major attack". */
const CONTRASTIVE = new Set([
  'another',
  'other',
  'last',
  'previous',
  'earlier',
  'first',
  'second',
  'third',
  'next',
  'latest',
  'recent',
  'similar',
  'prior',
  'past',
  'new',
  'further',
  'more',
  'separate',
  'subsequent',
  'future',
  'several',
  'many',
  'two',
  'three',
]);

/**
 * How a trigger refers: "the meeting", "the Sochi talks", "this week's summit", "its acquisition"
 * refer back (definite); "a meeting" may start a new one; "another meeting" does.
 */
function referenceOf(view: SentenceView, hit: TriggerHit): Reference {
  // "Resolution 1973": a happening named by its number is one already known.
  if (/^\d/.test(view.tokens[hit.last + 1]?.text ?? '') && /^\p{Lu}/u.test(view.tokens[hit.first]!.text)) return 'definite';
  if (hit.pos === 'verb') {
    // "They later seized the city": a further happening, not the one just told; so is the one a
    // clause sets before or after it ("held the hostages before police stormed the building").
    for (let i = hit.first - 1; i >= 0 && i >= hit.first - 3; i--)
      if (SEQUEL.has(view.tokens[i]!.lower) || SEQUENCING.has(view.tokens[i]!.lower)) return 'contrastive';
    return 'verbal';
  }
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 4; i--) {
    const t = view.tokens[i]!;
    if (CONTRASTIVE.has(t.lower)) return 'contrastive';
    if (/^(?:the|this|that|these|those|its|their|his|her)$/.test(t.lower) || /['’]s?$/.test(t.text)) return 'definite';
    if (/^[[\]"“”‘]$/.test(t.text)) continue;
    if (/^(?:a|an|some|any|no|every|each)$/.test(t.lower) || !/^[\p{L}\p{N}'’-]/u.test(t.text)) return 'indefinite';
  }
  return 'indefinite';
}
