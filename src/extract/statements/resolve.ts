import { tokenize } from '../text/tokens.js';
import { statementConfidence } from './confidence.js';
import { looksFinite } from './content.js';
import { trimRange, type Range } from './marks.js';
import type { Candidate } from './patterns.js';
import { partitionPoint } from '../../core/search.js';

/**
 * Makes the candidates univocal (each stretch of text in at most one attribution, as in PolNeAR):
 * content running after a cue stops where a later attribution in the clause begins, and an
 * attribution nested in another's content ("X said that Y insists …") gives way to the outer one.
 *
 * Both passes look only at candidates near each other (attributions inside a content, candidates
 * whose text overlaps), found through position indexes: the work grows with the document, not with
 * the square of its candidates.
 */

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// Before a later attribution: ", the source added", "; she said", ", though she acknowledged", ", adding".
const BOUNDARY = /(?:[,;\u2014]\s*(?:(?:and|but|though|although|while|whereas|yet|as)\s+)?|\s(?:and|but|yet|while|whereas)\s+)$/i;
/** Letters in the longest conjunction BOUNDARY names ("although"). */
const LONGEST_CONJUNCTION = 8;

export function cutAtLaterAttributions(text: string, candidates: Candidate[]): void {
  const byStart = candidates.map((c, index) => ({ at: c.attributionStart, index })).sort((x, y) => x.at - y.at || x.index - y.index);
  for (const a of candidates) {
    if (!a.contentAfter || a.direct) continue;
    // The attributions beginning inside the content, taken in candidate order as a cut shortens the content.
    const inside: number[] = [];
    for (let k = firstAtOrAfter(byStart, a.content.start + 1); k < byStart.length && byStart[k]!.at < a.content.end; k++)
      inside.push(byStart[k]!.index);
    inside.sort((x, y) => x - y);
    for (const index of inside) {
      const b = candidates[index]!;
      if (b === a) continue;
      const at = b.attributionStart;
      if (at <= a.content.start || at >= a.content.end) continue;
      const m = boundaryBefore(text, a.content.start, at);
      if (!m) continue;
      if (m.trim() && !/[,;\u2014]/.test(m) && b.pattern !== 'participial') continue;
      // "noted that at one of his first meetings, in 1972, he supported …": a that-clause with no verb yet goes on
      // with the subject and verb after the comma.
      if (b.contentAfter && m.trim() === ',' && awaitsVerb(text.slice(a.content.start, at))) continue;
      const cut = trimRange(text, a.content.start, at - m.length);
      if (cut.end - cut.start >= 3) a.content = cut;
    }
  }
}

/** A "that"-clause whose verb has not come yet: "that at one of his first meetings, in 1972,". */
function awaitsVerb(clause: string): boolean {
  if (!/^(?:that|whether)\s/i.test(clause)) return false;
  return tokenize(clause, 0, clause.length).every((t, i) => i === 0 || !(/^\p{Ll}/u.test(t.text) && looksFinite(t)));
}

/** BOUNDARY at the end of text[from, at), read from the few characters it can span rather than from all of them. */
function boundaryBefore(text: string, from: number, at: number): string | undefined {
  let start = at;
  while (start > from && /\s/.test(text[start - 1]!)) start--;
  for (let letters = 0; start > from && letters < LONGEST_CONJUNCTION && /[a-z]/i.test(text[start - 1]!); letters++) start--;
  while (start > from && /\s/.test(text[start - 1]!)) start--;
  // the punctuation mark, or the white space before the conjunction
  start = Math.max(from, start - 1);
  return BOUNDARY.exec(text.slice(start, at))?.[0];
}

/** First index whose `at` is at least `value` (byStart is sorted by `at`). */
function firstAtOrAfter(byStart: readonly { at: number }[], value: number): number {
  return partitionPoint(byStart, (s) => s.at < value);
}

function conflict(a: Candidate, b: Candidate): boolean {
  if (a.cue && b.cue && overlaps(a.cue, b.cue)) return true;
  if (b.cue && overlaps(b.cue, a.content)) return true;
  if (a.cue && overlaps(a.cue, b.content)) return true;
  const o = overlapLength(a.content, b.content);
  return o > 0 && o >= 0.5 * Math.min(a.content.end - a.content.start, b.content.end - b.content.start);
}

/** How strong a candidate's own evidence is, before its speaker is resolved: breaks ties between candidates. */
function strength(c: Candidate): number {
  return statementConfidence({
    pattern: c.pattern,
    cue: c.cueKind,
    complement: c.complement,
    speaker: c.speaker ? 'description' : 'unstated',
    distance: 0,
    irrealis: c.irrealis,
    words: 8,
  });
}

/**
 * Cuts, then keeps outer attributions first (longer content, then stronger evidence); a denied or refused report
 * ("refuses to discuss the seat, aside from saying …") comes after every affirmed one, so it never hides one.
 */
export function resolveConflicts(text: string, candidates: Candidate[]): Candidate[] {
  cutAtLaterAttributions(text, candidates);
  const order = candidates
    .map((c) => ({ c, strength: strength(c) }))
    .sort(
      (a, b) =>
        Number(a.c.negated ?? false) - Number(b.c.negated ?? false) ||
        b.c.content.end - b.c.content.start - (a.c.content.end - a.c.content.start) ||
        b.strength - a.strength ||
        a.c.content.start - b.c.content.start,
    )
    .map((x) => x.c);
  const accepted: Candidate[] = [];
  const near = new ExtentIndex();
  for (const c of order) {
    if (near.around(c).some((a) => conflict(a, c))) continue;
    accepted.push(c);
    near.add(c);
  }
  return accepted.sort((a, b) => a.content.start - b.content.start);
}

/** Stretch of text a candidate covers (content and cue): two candidates conflict only when theirs overlap. */
function extent(c: Candidate): Range {
  const start = c.cue ? Math.min(c.cue.start, c.content.start) : c.content.start;
  const end = c.cue ? Math.max(c.cue.end, c.content.end) : c.content.end;
  // An empty range still counts as overlapping the ranges around it (see `overlaps`).
  return { start, end: Math.max(end, start + 1) };
}

const BUCKET = 256;

/** Accepted candidates by the fixed-size stretches of text their extent touches. */
class ExtentIndex {
  private readonly buckets = new Map<number, Candidate[]>();

  add(c: Candidate): void {
    const { start, end } = extent(c);
    for (let b = Math.floor(start / BUCKET); b <= Math.floor((end - 1) / BUCKET); b++) {
      const list = this.buckets.get(b);
      if (list) list.push(c);
      else this.buckets.set(b, [c]);
    }
  }

  /** Every accepted candidate whose extent shares a bucket with c's (a superset of those that overlap it). */
  around(c: Candidate): Candidate[] {
    const { start, end } = extent(c);
    const found = new Set<Candidate>();
    for (let b = Math.floor(start / BUCKET); b <= Math.floor((end - 1) / BUCKET); b++)
      for (const a of this.buckets.get(b) ?? []) found.add(a);
    return [...found];
  }
}
