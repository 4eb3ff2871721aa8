import type { Span } from './types.js';

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The smallest span covering all the given ones. */
export function coverSpans(text: string, spans: readonly (Span | undefined)[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  if (start === Infinity) throw new RangeError('coverSpans needs at least one span');
  return spanOf(text, start, end);
}
