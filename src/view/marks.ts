import { attributes, escapeHtml } from './html.js';
import type { Attributes } from './html.js';

/**
 * A highlighted range of the text. Ranges nest (a mention inside a statement) and may cross (a
 * statement's content running past a quotation's end); HTML elements may only nest, so a
 * range that is cut by another's end goes on in a second element. Only the first element carries
 * `attrs` (so `[data-mention]` counts each mention once); later parts carry `partAttrs`.
 */
export interface Mark {
  start: number;
  end: number;
  /** Among ranges starting and ending together, the lower layer is the outer element. */
  layer: number;
  attrs: Attributes;
  partAttrs: Attributes;
}

/** The text (which starts at offset `start`) as escaped HTML with the marks that lie inside it (others are left out). */
export function renderMarked(text: string, start: number, marks: readonly Mark[]): string {
  const end = start + text.length;
  const inside = marks
    .filter((m) => m.start >= start && m.end <= end && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.layer - b.layer);
  const points = [...new Set(inside.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
  const open: Mark[] = [];
  /** How many open ranges end at each offset: the common case, nothing ends here, is one look-up. */
  const openEnds = new Map<number, number>();
  let html = '';
  let at = start;
  let next = 0;
  for (const point of points) {
    html += escapeHtml(text.slice(at - start, point - start));
    at = point;
    if (openEnds.get(point)) {
      // close down to the deepest range ending here, then reopen the ones that go on
      const reopen: Mark[] = [];
      while (openEnds.get(point)) {
        const top = open.pop()!;
        html += '</span>';
        if (top.end === point) openEnds.set(point, openEnds.get(point)! - 1);
        else reopen.push(top);
      }
      for (const mark of reopen.reverse()) {
        open.push(mark);
        html += `<span${attributes(mark.partAttrs)}>`;
      }
    }
    while (next < inside.length && inside[next]!.start === point) {
      const mark = inside[next++]!;
      open.push(mark);
      openEnds.set(mark.end, (openEnds.get(mark.end) ?? 0) + 1);
      html += `<span${attributes(mark.attrs)}>`;
    }
  }
  return html + escapeHtml(text.slice(at - start));
}
