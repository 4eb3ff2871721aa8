import type { Span } from '../core/types.js';

/** Small string helpers shared by the ingest passes. */

export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Collapses runs of whitespace (including line breaks) to one space: the value form of a span. */
export function normaliseSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

export function countWords(value: string): number {
  return value.match(/\S+/g)?.length ?? 0;
}

/** Ends like a sentence: ". ! ? …" possibly followed by closing quotes or brackets. */
export function endsWithTerminal(value: string): boolean {
  return /[.!?…]["'”’»)\]]*$/.test(value);
}

/** Words before a period that do not end a sentence ("Mr. Lavrov", "U.S. officials"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Za-z]\.)+[A-Za-z])$/;

/**
 * End offset (exclusive, relative to `value`) of the first sentence, closing quotes and
 * brackets included; the whole string when no boundary is found.
 */
export function firstSentenceEnd(value: string): number {
  const boundary = /[.!?]+["'”’)\]]*(?=\s|$)/g;
  for (let m = boundary.exec(value); m; m = boundary.exec(value)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && ABBREVIATION.test(value.slice(Math.max(0, m.index - 12), m.index))) continue;
    const next = value.slice(end).trimStart();
    if (next !== '' && /^[a-z]/.test(next)) continue;
    return end;
  }
  return value.trimEnd().length;
}

/** Counts sentence boundaries the way firstSentenceEnd finds them. */
export function countSentences(value: string): number {
  let count = 0;
  let rest = value.trim();
  while (rest !== '' && count < 50) {
    const end = firstSentenceEnd(rest);
    count++;
    rest = rest.slice(end).trim();
  }
  return count;
}

/** Drops a sentence-final period after a name, keeping the period of an initial or abbreviation ("U.S.", "Inc.", "Jr."). */
export function trimTrailingPeriod(value: string): string {
  const trimmed = value.replace(/[\s,;:]+$/, '');
  if (!trimmed.endsWith('.')) return trimmed;
  const lastToken = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  if (/^(?:(?:\p{Lu}\.)+|Jr\.|Sr\.|Inc\.|Ltd\.|Co\.|Corp\.|St\.)$/u.test(lastToken)) return trimmed;
  return trimmed.replace(/\.+$/, '');
}
