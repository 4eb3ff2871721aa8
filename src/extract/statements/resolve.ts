import { statementConfidence } from './confidence.js';
import { trimRange, type Range } from './marks.js';
import type { Candidate } from './patterns.js';

/**
 * Makes the candidates univocal (each stretch of text in at most one attribution, as in PolNeAR):
 * content running after a cue stops where a later attribution in the clause begins, and an
 * attribution nested in another's content ("X said that Y insists …") gives way to the outer one.
 */

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// Before a later attribution: ", the source added", "; she said", ", though she acknowledged", ", adding".
const BOUNDARY = /(?:[,;\u2014]\s*(?:(?:and|but|though|although|while|whereas|yet|as)\s+)?|\s(?:and|but|yet|while|whereas)\s+)$/i;

export function cutAtLaterAttributions(text: string, candidates: Candidate[]): void {
  for (const a of candidates) {
    if (!a.contentAfter || a.direct) continue;
    for (const b of candidates) {
      if (b === a) continue;
      const at = b.attributionStart;
      if (at <= a.content.start || at >= a.content.end) continue;
      const lead = text.slice(a.content.start, at);
      const m = BOUNDARY.exec(lead);
      if (!m) continue;
      if (m[0].trim() && !/[,;\u2014]/.test(m[0]) && b.pattern !== 'participial') continue;
      const cut = trimRange(text, a.content.start, at - m[0].length);
      if (cut.end - cut.start >= 3) a.content = cut;
    }
  }
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
  return statementConfidence({ pattern: c.pattern, cue: c.cueKind, complement: c.complement, speaker: c.speaker ? 'description' : 'unstated', distance: 0, irrealis: c.irrealis, words: 8 });
}

/** Cuts, then keeps outer attributions first (longer content, then stronger evidence). */
export function resolveConflicts(text: string, candidates: Candidate[]): Candidate[] {
  cutAtLaterAttributions(text, candidates);
  const order = candidates
    .map((c) => ({ c, strength: strength(c) }))
    .sort((a, b) => b.c.content.end - b.c.content.start - (a.c.content.end - a.c.content.start) || b.strength - a.strength || a.c.content.start - b.c.content.start)
    .map((x) => x.c);
  const accepted: Candidate[] = [];
  for (const c of order) {
    if (accepted.some((a) => conflict(a, c))) continue;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.content.start - b.content.start);
}
