import { WIRE_DATELINE } from '../../core/dateline.js';
import type { ActorRecord, Mention, Sentence } from '../../core/types.js';
import { tokensFrom } from '../text/sentence-tokens.js';
import { tokenize, type Token } from '../text/tokens.js';
import { findQuotes, paragraphsOf, type Paragraph, type Quote } from './quotes.js';
import { partitionPoint } from '../../core/search.js';

/** Everything the pattern passes read, computed once per document. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

export interface DocView {
  text: string;
  sentences: SentenceView[];
  paragraphs: Paragraph[];
  /** Paragraph position (index into `paragraphs`) of each sentence. */
  paragraphOfSentence: number[];
  doubles: Quote[];
  singles: Quote[];
  singleByStart: Map<number, Quote>;
  singleByEnd: Map<number, Quote>;
  /** Mentions per sentence, sorted by start. */
  mentions: Mention[][];
  actors: Map<string, ActorRecord>;
}

export function buildView(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  actors: readonly ActorRecord[],
  sentenceTokens?: readonly Token[][],
): DocView {
  const views = sentences.map((s, index) => {
    // "WASHINGTON ― Lawmakers said …": an agency dateline is no part of the sentence's clauses.
    const start = s.start + (WIRE_DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)))?.[0].length ?? 0);
    const whole = sentenceTokens?.[index];
    const tokens = whole ? tokensFrom(text, whole, start, s.end) : tokenize(text, start, s.end);
    return { index, start, end: s.end, paragraph: s.paragraph, tokens };
  });
  const paragraphs = paragraphsOf(sentences);
  const paragraphOfSentence: number[] = [];
  let p = -1;
  let last: number | undefined;
  for (const s of sentences) {
    if (s.paragraph !== last || p < 0) p++;
    last = s.paragraph;
    paragraphOfSentence.push(p);
  }
  const quotes = findQuotes(text, paragraphs);
  const singles = quotes.filter((q) => q.kind === 'single');
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) {
    const i = sentenceAt(sentences, m.span.start);
    if (i >= 0) bySentence[i]!.push(m);
  }
  for (const list of bySentence) list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return {
    text,
    sentences: views,
    paragraphs,
    paragraphOfSentence,
    doubles: quotes.filter((q) => q.kind === 'double'),
    singles,
    singleByStart: new Map(singles.map((q) => [q.start, q])),
    singleByEnd: new Map(singles.map((q) => [q.end, q])),
    mentions: bySentence,
    actors: new Map(actors.map((a) => [a.key, a])),
  };
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): number {
  const i = partitionPoint(sentences, (s) => s.end <= offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}
