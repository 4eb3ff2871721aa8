import type { Boilerplate, BoilerplateEvidence, BoilerplateKind, Section, Span } from '../core/types.js';
import { boilerplateConfidence, sortEvidence } from './confidence.js';
import type { Layout } from './classify.js';
import { makeSpan } from './text.js';
import { groupUnits } from './units.js';

/**
 * Pass 4 of ingest: spans from the classified lines. Body units become paragraphs (see
 * units.ts), headings become sections, and neighbouring boilerplate lines of one kind
 * become one span.
 */

export function buildParagraphs(text: string, layout: Layout): Span[] {
  const body = layout.lines.filter((line) => layout.roles[line.index] === 'body');
  return groupUnits(body).map((unit) => makeSpan(text, unit[0]!.start, unit[unit.length - 1]!.end));
}

/** Sections: each heading with the extent of the body up to the next heading (or the end of the body). */
export function buildSections(text: string, layout: Layout, paragraphs: readonly Span[]): Section[] {
  const headings = layout.lines.filter((line) => layout.roles[line.index] === 'heading');
  const bodyEnd = paragraphs[paragraphs.length - 1]?.end ?? 0;
  return headings.map((line, k) => {
    const next = headings[k + 1];
    return { heading: makeSpan(text, line.start, line.end), start: line.end, end: Math.max(line.end, next ? next.start : bodyEnd) };
  });
}

/** Boilerplate spans: consecutive boilerplate lines of one kind (blank lines between allowed) form one span. */
export function buildBoilerplate(text: string, layout: Layout): Boilerplate[] {
  const spans: Boilerplate[] = [];
  let open: { kind: BoilerplateKind; start: number; end: number; evidence: Set<BoilerplateEvidence> } | undefined;
  const close = (): void => {
    if (!open) return;
    const evidence = sortEvidence(open.evidence);
    spans.push({ kind: open.kind, span: makeSpan(text, open.start, open.end), evidence, confidence: boilerplateConfidence(evidence) });
    open = undefined;
  };
  for (const line of layout.lines) {
    const kind = layout.roles[line.index] === 'boilerplate' ? layout.kinds[line.index] : undefined;
    const evidence = layout.evidence[line.index];
    if (!kind || !evidence) {
      close();
      continue;
    }
    if (open?.kind !== kind) {
      close();
      open = { kind, start: line.start, end: line.end, evidence: new Set() };
    }
    open.end = line.end;
    open.evidence.add(evidence);
  }
  close();
  return spans;
}
