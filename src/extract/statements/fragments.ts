import type { Span, StatementRecord } from '../../core/types.js';

/**
 * The pieces of a statement's content without the attribution inside it: for "“A,” said X, the
 * minister. “B.”" the two quotations, for "The plan, he said, would fail" "The plan" and "would fail".
 * A content with no cue or speaker inside is one piece.
 */
export function contentFragments(text: string, record: Pick<StatementRecord, 'content' | 'cue' | 'speakerMention'>): Span[] {
  const c = record.content;
  const inside = [record.cue, record.speakerMention].filter((s): s is Span => s !== undefined && s.start >= c.start && s.end <= c.end);
  if (inside.length === 0) return [c];
  const a = inside.reduce((min, s) => Math.min(min, s.start), Infinity);
  const b = inside.reduce((max, s) => Math.max(max, s.end), -Infinity);
  const direct = /^["“'‘]/.test(c.text);
  let end1 = a;
  let start2 = b;
  if (direct) {
    while (end1 > c.start && !/["”'’]/.test(text[end1 - 1]!)) end1--;
    while (start2 < c.end && !/["“'‘]/.test(text[start2]!)) start2++;
  } else {
    // "The museum, Mr. Obama said, would …": the attribution runs back to its comma, over a title the mention leaves out.
    const opening = text.lastIndexOf(',', a);
    if (opening > c.start && /^[\s\p{L}.'’-]{0,24}$/u.test(text.slice(opening + 1, a))) end1 = opening;
    while (end1 > c.start && /[\s,]/.test(text[end1 - 1]!)) end1--;
    const comma = text.indexOf(',', b);
    start2 = comma >= 0 && comma < c.end ? comma + 1 : b;
    while (start2 < c.end && /\s/.test(text[start2]!)) start2++;
  }
  const out: Span[] = [];
  if (end1 > c.start) out.push({ start: c.start, end: end1, text: text.slice(c.start, end1) });
  if (start2 < c.end) out.push({ start: start2, end: c.end, text: text.slice(start2, c.end) });
  return out.length > 0 ? out : [c];
}
