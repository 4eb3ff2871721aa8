import type { Sentence } from '../../core/types.js';
import { partitionPoint } from '../../core/search.js';

/**
 * Quotations in the document: double quotes (straight or curly) and single curly/straight quotes.
 * A double quote left open at the end of a paragraph continues when the next paragraph opens with a
 * quote mark (the newspaper convention for multi-paragraph quotes), so one Quote can span paragraphs.
 */

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or after the paragraph's last character when the quote never closes). */
  end: number;
  closed: boolean;
  kind: 'double' | 'single';
}

export interface Paragraph {
  start: number;
  end: number;
}

/** Paragraph extents derived from the sentences (Sentence.paragraph), in order. */
export function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph !== current || out.length === 0) {
      out.push({ start: s.start, end: s.end });
      current = s.paragraph;
    } else {
      out[out.length - 1]!.end = s.end;
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\u2015:;-]/;

export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let carried: { start: number; lastEnd: number } | undefined;
  for (const p of paragraphs) {
    let open = -1;
    let i = p.start;
    while (i < p.end && isSpace(text[i])) i++;
    if (carried) {
      if (i < p.end && (text[i] === '“' || text[i] === '"' || text[i] === '”')) {
        open = carried.start;
        i++;
      } else {
        quotes.push({ start: carried.start, end: carried.lastEnd, closed: false, kind: 'double' });
      }
      carried = undefined;
    }
    for (; i < p.end; i++) {
      let c = text[i]!;
      // Some archives write a double quote as two apostrophes: ''It is over,'' he said.
      const pair = c === "'" && text[i + 1] === "'";
      if (pair) c = '"';
      else if (c !== '“' && c !== '”' && c !== '"') continue;
      const width = pair ? 2 : 1;
      const before = i > p.start ? text[i - 1] : undefined;
      const after = i + width < p.end ? text[i + width] : undefined;
      const opensHere = before === undefined || OPEN_CONTEXT.test(before);
      if (open < 0) {
        // An opening mark; a stray ” directly before a word (a common typo) opens too.
        if (c === '“' || (c === '"' && (opensHere || !isSpace(after))) || (c === '”' && opensHere && isWord(after))) open = i;
        if (pair) i++;
      } else if (c === '”' || c === '"') {
        if (c === '"' && opensHere && isWord(after) && i > open + 1 && !/[.,!?;:]/.test(text[i - 1] ?? '')) {
          // `"a" "b"`: a straight mark that looks like an opening one closes nothing; treat as a new quote.
          quotes.push({ start: open, end: i, closed: false, kind: 'double' });
          open = i;
          continue;
        }
        quotes.push({ start: open, end: i + width, closed: true, kind: 'double' });
        open = -1;
        if (pair) i++;
      }
    }
    if (open >= 0) carried = { start: open, lastEnd: p.end };
  }
  if (carried) quotes.push({ start: carried.start, end: carried.lastEnd, closed: false, kind: 'double' });
  for (const p of paragraphs) findSingleQuotes(text, p, quotes);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return quotes;
}

// Single quotes: an opening ‘ or ' before a word and the first closing ’ or ' after a word that is
// not followed by a letter (so "Russia’s" and "don't" are apostrophes).
function findSingleQuotes(text: string, p: Paragraph, out: Quote[]): void {
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = i > p.start ? text[i - 1] : undefined;
    const after = i + 1 < p.end ? text[i + 1] : undefined;
    if (open < 0) {
      if ((c === '‘' || c === "'") && (before === undefined || /[\s(“"\u2014\u2013-]/.test(before)) && isWord(after)) open = i;
    } else if ((c === '’' || c === "'") && !isSpace(before) && !isWord(after)) {
      if (!(before === 's' && after === ' ' && i - open > 60)) {
        out.push({ start: open, end: i + 1, closed: true, kind: 'single' });
        open = -1;
      }
    }
  }
}

/** The double quote containing [start, end); `doubles` are sorted by start and do not overlap. */
export function quoteAround(doubles: readonly Quote[], start: number, end = start + 1): Quote | undefined {
  const before = partitionPoint(doubles, (d) => d.start <= start);
  const q = before > 0 ? doubles[before - 1] : undefined;
  return q && q.end >= end ? q : undefined;
}

/** The double quote opening exactly at `offset`. */
export function quoteOpeningAt(doubles: readonly Quote[], offset: number): Quote | undefined {
  const q = quoteAround(doubles, offset);
  return q && q.start === offset ? q : undefined;
}

/** The double quote whose closing mark ends exactly at `offset`. */
export function quoteClosingAt(doubles: readonly Quote[], offset: number): Quote | undefined {
  const q = quoteAround(doubles, offset - 1, offset);
  return q && q.end === offset && q.closed ? q : undefined;
}
