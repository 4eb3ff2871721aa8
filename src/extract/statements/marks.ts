import type { Token } from '../text/tokens.js';
import type { DocView } from './document.js';
import { quoteClosingAt, quoteOpeningAt, type Quote } from './quotes.js';

/** Token-level helpers shared by the pattern and content passes: quotation marks, clause ends, ranges. */

export interface Range {
  start: number;
  end: number;
}

export const isOpenMark = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === '“' || t.text === '"' || t.text === '‘' || t.text === "'" || t.text === '”');
export const isCloseMark = (t: Token | undefined): boolean =>
  t !== undefined && (t.text === '”' || t.text === '"' || t.text === '’' || t.text === "'");
export const isClauseEnd = (t: Token | undefined): boolean => t === undefined || t.text === '.' || t.text === '!' || t.text === '?';
export const DASHES = new Set(['—', '―', '–']);

/** Whether token i is a dash: one of DASHES, or a "--" typed as two hyphens (either half). */
export function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (DASHES.has(t.text)) return true;
  return (
    t.text === '-' &&
    (tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-') &&
    (tokens[i + 1]?.start === t.end || tokens[i - 1]?.end === t.start)
  );
}

export function openingQuoteAt(view: DocView, t: Token | undefined): Quote | undefined {
  if (!isOpenMark(t)) return undefined;
  return quoteOpeningAt(view.doubles, t!.start) ?? view.singleByStart.get(t!.start);
}

export function closingQuoteAt(view: DocView, t: Token | undefined): Quote | undefined {
  if (!isCloseMark(t)) return undefined;
  const q = quoteClosingAt(view.doubles, t!.end);
  if (q) return q;
  // A single quote counts as speech only when punctuation closes it: ‘We will act,’ he said.
  const single = view.singleByEnd.get(t!.end);
  return single && /[,.!?]/.test(view.text[t!.end - 2] ?? '') ? single : undefined;
}

/** Trims whitespace and a trailing [.,;:] or dash (never a closing quote). */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /[\s,;:\u2014\u2013\u2015]/.test(text[start]!)) start++;
  for (;;) {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start && /[.,;:\u2014\u2013\u2015-]/.test(text[end - 1]!)) end--;
    else break;
  }
  return { start, end };
}

export const span = (tokens: readonly Token[], from: number, to: number): Range => ({
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end,
});
