import type { Span, StatementType } from '../../core/types.js';
import type { DocView, SentenceView } from './document.js';
import { quoteAround } from './quotes.js';
import { trimRange, type Range } from './marks.js';

/**
 * An op-ed's own claims: body sentences that no attribution covers are statements of the author.
 * The headline, headings, questions, quotations and fragments are not claims.
 */

const PREDICTION =
  /\b(?:will|won['’]t|shall)\s+(?:(?:almost\s+)?certainly|surely|definitely|inevitably|undoubtedly|no doubt)\b|\b(?:certainly|surely|inevitably|definitely)\s+(?:will|won['’]t)\b|\b(?:is|are)\s+(?:bound|certain|sure|set|poised)\s+to\b/i;
const BELIEF =
  /\b(?:unlikely|likely|probably|perhaps|possibly|presumably|arguably|doubtful|conceivably|it\s+seems|seems\s+to|appears\s+to|i\s+(?:think|believe|suspect|doubt)|in\s+my\s+(?:view|opinion))\b/i;
const DEMAND = /\b(?:should|ought\s+to|it\s+is\s+time\s+(?:for|to))\b/i;
const CRITICISM = /\b(?:shameful|disgraceful|outrageous|hypocritical|reckless|irresponsible|absurd|scandalous|deplorable|appalling)\b/i;
const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[•·*-])\s+/;

/** The statement type an unattributed claim signals by its modal and evaluative words. */
export function authorialType(sentence: string): StatementType {
  if (PREDICTION.test(sentence)) return 'prediction';
  if (BELIEF.test(sentence)) return 'belief';
  if (DEMAND.test(sentence)) return 'demand';
  if (CRITICISM.test(sentence)) return 'criticism';
  return 'assertion';
}

/** Whether a sentence reads as a heading: alone in its paragraph, short, with no closing punctuation. */
export function looksLikeHeading(view: DocView, s: SentenceView, headings: readonly Span[]): boolean {
  if (headings.some((h) => h.start < s.end && s.start < h.end)) return true;
  const alone = view.sentences[s.index - 1]?.paragraph !== s.paragraph && view.sentences[s.index + 1]?.paragraph !== s.paragraph;
  const last = view.text.slice(s.start, s.end).trimEnd().slice(-1);
  return alone && !/[.!?"”’)]/.test(last) && s.tokens.length <= 16;
}

/** The content of an authorial claim in sentence s, or undefined when the sentence is not a claim. */
export function authorialContent(view: DocView, s: SentenceView, headings: readonly Span[]): Range | undefined {
  // The headline (Sentence.paragraph -1) is the desk's summary, not the author's claim.
  if (s.paragraph < 0) return undefined;
  const raw = view.text.slice(s.start, s.end);
  if (s.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length < 4) return undefined;
  if (/\?["”’)]*\s*$/.test(raw) || /:\s*$/.test(raw)) return undefined;
  if (/^\s*["“‘]/.test(raw) || quoteAround(view.doubles, s.start)) return undefined;
  if (looksLikeHeading(view, s, headings)) return undefined;
  const marker = LIST_MARKER.exec(raw);
  const content = trimRange(view.text, s.start + (marker ? marker[0].length : 0), s.end);
  return content.end > content.start ? content : undefined;
}
