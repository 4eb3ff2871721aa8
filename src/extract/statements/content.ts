import type { Token } from '../text/tokens.js';
import { phraseAfter } from './chunk.js';
import { isAdverb, type CueHit } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { AS_FRAME } from './lexicon.js';
import { closingQuoteAt, isClauseEnd, isCloseMark, isOpenMark, openingQuoteAt, DASHES, trimRange, type Range } from './marks.js';
import { quoteAround, quoteOpeningAt, type Quote } from './quotes.js';
import { ADJUNCT_STARTERS, PREPOSITIONS, WEEKDAYS } from './words.js';

/** Where the reported content of an attribution starts and ends. */

export const CONTENT_MARKERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why']);

/** Where clause-level content before an attribution starts: the sentence, or an open quotation it sits in. */
export function regionStart(view: DocView, s: SentenceView): number {
  const q = quoteAround(view.doubles, s.start);
  return q && q.start < s.start ? q.start : s.start;
}

/**
 * The content that precedes an attribution whose first token is `at`: ", Lavrov said" or "…,” said Lavrov".
 * Returns undefined when no clause boundary (comma, closing quote) sits before `at`.
 */
export function contentBefore(view: DocView, s: SentenceView, at: number): { content: Range; direct: boolean } | undefined {
  const tokens = s.tokens;
  const b = tokens[at - 1];
  if (!b) return undefined;
  const from = regionStart(view, s);
  let quote: Quote | undefined;
  let end: number;
  if (isCloseMark(b) && (quote = closingQuoteAt(view, b))) {
    end = quote.end;
  } else if (b.text === ',' || DASHES.has(b.text)) {
    end = b.start;
    quote = closingQuoteAt(view, tokens[at - 2]);
  } else if ((b.text === '?' || b.text === '!') && at - 1 > 0) {
    end = b.end;
  } else {
    return undefined;
  }
  if (quote) {
    const startsRegion = quote.start <= from || /^\s*$/.test(view.text.slice(from, quote.start));
    if (startsRegion) return { content: { start: quote.start, end: quote.end }, direct: true };
  }
  const content = trimRange(view.text, from, end);
  if (content.end - content.start < 3) return undefined;
  // "As a phone rang, the announcer said …": a short adverbial clause is not what was said.
  const words = view.text.slice(content.start, content.end).split(/\s+/);
  if (words.length < 8 && INTRODUCERS.has(words[0]!.toLowerCase())) return undefined;
  return { content, direct: false };
}

const INTRODUCERS = new Set([
  ...PREPOSITIONS, 'as', 'when', 'while', 'if', 'because', 'since', 'although', 'though', 'until', 'once', 'speaking', 'asked',
  'later', 'earlier', 'meanwhile', 'separately', 'still', 'however', 'yet',
]);


/** Content that follows a cue: "(that) …", a recipient then content, a colon or a quotation. */
export function contentAfter(view: DocView, s: SentenceView, hit: CueHit): { content: Range; direct: boolean; marker: boolean } | undefined {
  const tokens = s.tokens;
  const n = tokens.length;
  const entry = hit.entry;
  let k = hit.last;
  let colon = false;
  if (tokens[k]?.text === ':') {
    k++;
    colon = true;
  } else if (tokens[k]?.text === ',' && isOpenMark(tokens[k + 1])) k++;
  if (k >= n || isClauseEnd(tokens[k])) return colon ? nextParagraphContent(view, s) : undefined;
  let start = -1;
  let marker = colon;
  const first = tokens[k]!;
  if (openingQuoteAt(view, first) || CONTENT_MARKERS.has(first.lower) || (entry.infinitive && first.lower === 'to') || entry.markers.includes(first.lower)) {
    start = k;
    marker = true;
  } else if (entry.recipient || ADJUNCT_STARTERS.has(first.lower) || WEEKDAYS.has(first.lower) || isAdverb(first.lower)) {
    for (let j = k; j < n && j < k + 16; j++) {
      const t = tokens[j]!;
      if (t.text === '.' || t.text === ';') break;
      // A quotation marks the content only where a clause could start: "told reporters: “…”", not "called it a “crisis”".
      const quoteStarts = openingQuoteAt(view, t) && (j === k || /^[,:]$/.test(tokens[j - 1]!.text));
      if (quoteStarts || CONTENT_MARKERS.has(t.lower)) {
        start = j;
        marker = true;
        break;
      }
      if (t.text === ':') {
        start = j + 1;
        marker = true;
        break;
      }
      if (t.lower === 'to' && entry.recipient && j > k) {
        // "told his advisers to act": the recipient belongs to the content.
        start = k;
        marker = true;
        break;
      }
    }
    if (start < 0) {
      if (entry.recipient) {
        const np = phraseAfter(tokens, k);
        start = np ? np.to : k;
        if (tokens[start]?.text === ',') start++;
      } else start = k;
    }
  } else {
    start = k;
  }
  if (start >= n || isClauseEnd(tokens[start])) return undefined;
  const quote = openingQuoteAt(view, tokens[start]);
  if (entry.speechOnly && !quote && !colon) return undefined;
  if (hit.needsMarker && !marker && !(AS_FRAME.has(entry.verb) && asFollows(tokens, start))) return undefined;
  // "The guarantees Russia wants from the US": a stance verb in a relative clause, not a statement.
  if (entry.infinitive && !marker && PREPOSITIONS.has(tokens[start]!.lower)) return undefined;
  if (entry.label && !marker && !hasLabel(view, tokens, start)) return undefined;
  if (quote && quote.closed) return { content: { start: quote.start, end: quote.end }, direct: true, marker };
  let end = clauseEnd(view, tokens, start) ?? s.end;
  const open = quoteAround(view.doubles, s.end - 1);
  if (end === s.end && open && open.start >= tokens[start]!.start && open.end > s.end) end = open.end;
  const content = trimRange(view.text, tokens[start]!.start, end);
  if (content.end <= content.start) return undefined;
  return { content, direct: false, marker };
}

/** "views the Middle East as a strategic region": an "as" after the object, before the clause ends. */
function asFollows(tokens: readonly Token[], start: number): boolean {
  // "may consider withdrawing from …": a gerund object is an option weighed, not a view.
  if (/ing$/.test(tokens[start]?.lower ?? '')) return false;
  for (let j = start + 1; j < tokens.length && j < start + 12; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (t.lower === 'as' && !/^(?:known|such|well|so|same)$/.test(tokens[j - 1]!.lower)) return true;
  }
  return false;
}

const LABEL_BLOCKERS = new Set(['a', 'an', 'for', 'on', 'off', 'in', 'up', 'back', 'to', 'out', 'at', 'by', 'from', 'into', 'about']);

/** "called the plan a mistake", "called Clinton a “champion”", "called the charges unsubstantiated": object then label. */
function hasLabel(view: DocView, tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (!first || LABEL_BLOCKERS.has(first.lower) || !/^\p{L}/u.test(first.text)) return false;
  for (let j = start + 1; j < tokens.length && j < start + 12; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || PREPOSITIONS.has(t.lower)) return false;
    if (t.lower === 'a' || t.lower === 'an' || openingQuoteAt(view, t)) return true;
  }
  return false;
}

const CLAUSE_BREAKS = new Set(['but', 'although', 'though', 'while', 'whereas']);

/**
 * Where reported content stops inside its sentence: at a semicolon, or a comma opening a contrast or a
 * comment of the writer's (", but …", ", although …", ", which …"), outside quotations.
 */
function clauseEnd(view: DocView, tokens: readonly Token[], start: number): number | undefined {
  for (let j = start + 3; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text !== ';' && t.text !== ',') continue;
    if (quoteAround(view.doubles, t.start)) continue;
    if (t.text === ';') return t.start;
    if (t.text === ',' && CLAUSE_BREAKS.has(tokens[j + 1]?.lower ?? '')) return t.start;
  }
  return undefined;
}

/** "Caddell continued:" at the end of a paragraph: the next paragraph (or the quotation opening it) is the content. */
export function nextParagraphContent(view: DocView, s: SentenceView): { content: Range; direct: boolean; marker: boolean } | undefined {
  const next = view.sentences[s.index + 1];
  if (!next) return undefined;
  const q = quoteOpeningAt(view.doubles, next.start);
  if (q) return { content: { start: q.start, end: q.end }, direct: true, marker: true };
  const p = view.paragraphs[view.paragraphOfSentence[next.index]!]!;
  const content = trimRange(view.text, p.start, p.end);
  return content.end > content.start ? { content, direct: false, marker: true } : undefined;
}

/**
 * After "“…,” said X" the same statement goes on when a quotation follows in the sentence (", “…”") or
 * opens the next sentence of the paragraph, and that quotation ends its sentence (else it has its own cue).
 */
export function continuation(view: DocView, s: SentenceView, after: number): number | undefined {
  const tokens = s.tokens;
  for (let j = after; j < tokens.length; j++) {
    if (tokens[j]!.text !== ',') continue;
    const q = openingQuoteAt(view, tokens[j + 1]);
    if (q) return endsSentence(view, q) ? q.end : undefined;
  }
  const next = view.sentences[s.index + 1];
  if (!next) return undefined;
  const q = quoteOpeningAt(view.doubles, next.start);
  if (!q) return undefined;
  if (next.paragraph === s.paragraph) return endsSentence(view, q) ? q.end : undefined;
  // A paragraph that is nothing but a quotation goes on with the speaker of the paragraph before.
  const p = view.paragraphs[view.paragraphOfSentence[next.index]!]!;
  return q.start === p.start && q.end >= p.end && q.closed ? q.end : undefined;
}

function endsSentence(view: DocView, q: Quote): boolean {
  return /^\s*(?:$|\n|\s[\p{Lu}“"‘])/u.test(view.text.slice(q.end, q.end + 3)) || q.end >= view.text.length;
}

