import { createHash } from 'node:crypto';
import type { ArticleView, ViewSpan } from './types.js';

/** A run of the article's text starting at `start` (a character offset, as in oa:start). */
export interface TextPiece {
  start: number;
  text: string;
}

/**
 * Where the shown text comes from: the graph's schema:articleBody; the input text the view was
 * built from, accepted only when its SHA-256 is the graph's newskg:contentHash; or, for a graph
 * of a plain-text article read back alone, the passages its spans quote (oa:exact), with gaps.
 */
export type TextOrigin = 'graph' | 'source' | 'spans';

export interface ArticleText {
  origin: TextOrigin;
  /** Sorted, not overlapping. One piece from 0 unless the origin is 'spans'. */
  pieces: TextPiece[];
}

/** Input texts by their newskg:contentHash value ("sha256:…"). */
export type TextsByHash = ReadonlyMap<string, string>;

/** The key a text is found by: the value newskg:contentHash has for an article exported from it. */
export function contentHashOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function articleText(article: ArticleView, texts?: TextsByHash): ArticleText {
  if (article.articleBody !== undefined) return { origin: 'graph', pieces: [{ start: 0, text: article.articleBody }] };
  const supplied = article.contentHash === undefined ? undefined : texts?.get(article.contentHash);
  if (supplied !== undefined) return { origin: 'source', pieces: [{ start: 0, text: supplied }] };
  return { origin: 'spans', pieces: piecesFromSpans(allSpans(article)) };
}

/**
 * Whether the text holds the span's exact text at its offsets (spans that do not are not highlighted).
 * A span of offsets alone (a lean graph) fits wherever the text covers it: that text is the one the
 * offsets point into (the graph's own, or an input whose hash is the graph's newskg:contentHash).
 */
export function fitsText(text: ArticleText, span: ViewSpan): boolean {
  const piece = pieceOf(text, span);
  if (piece === undefined) return false;
  return span.exact === undefined || piece.text.slice(span.start - piece.start, span.end - piece.start) === span.exact;
}

/** The piece holding the whole span (binary search: pieces are sorted and apart). */
function pieceOf(text: ArticleText, span: ViewSpan): TextPiece | undefined {
  let low = 0;
  let high = text.pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = text.pieces[middle]!;
    if (span.start < piece.start) high = middle - 1;
    else if (span.start >= piece.start + piece.text.length) low = middle + 1;
    else return span.end <= piece.start + piece.text.length ? piece : undefined;
  }
  return undefined;
}

function allSpans(article: ArticleView): QuotingSpan[] {
  const spans: (ViewSpan | undefined)[] = [...article.sections, ...article.mentions, ...article.timexes, ...article.boilerplate];
  for (const s of article.statements) spans.push(s.evidence, s.contentSpan, s.cue);
  for (const e of article.events) {
    spans.push(e.evidence, e.trigger);
    for (const mention of e.mentionedAt) spans.push(mention);
  }
  return spans.filter((s): s is QuotingSpan => s?.exact !== undefined && s.exact.length === s.end - s.start);
}

type QuotingSpan = Required<ViewSpan>;

/** The text the spans quote, pieced together at their offsets; where two disagree, the first placed wins. */
function piecesFromSpans(spans: QuotingSpan[]): TextPiece[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let current: TextPiece | undefined;
  for (const span of sorted) {
    const currentEnd = current ? current.start + current.text.length : -1;
    if (current && span.start <= currentEnd) {
      if (span.end > currentEnd) current.text += span.exact.slice(currentEnd - span.start);
    } else {
      current = { start: span.start, text: span.exact };
      pieces.push(current);
    }
  }
  return pieces;
}
