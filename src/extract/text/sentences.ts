import type { Sentence, SourceDocument, Span } from '../../core/types.js';

/**
 * Sentence splitting in small numbered passes over each paragraph. Offsets are kept:
 * a sentence is a [start, end) range of the document text with outer whitespace trimmed.
 */

// Pass 1: candidate boundaries are ., ! or ? (optionally followed by closing quotes or brackets) then whitespace.
const CANDIDATE = /[.!?]+["'”’)\]]*(?=\s+)/g;

// Pass 2: no boundary after an abbreviation or an initial: "Mr. Lavrov", "U.S. officials", "J. Smith".
const ABBREVIATION_BEFORE =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|approx|est|Rev|Hon|Gens|Adm|Cmdr|Supt|Amb|Pres)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.$/;

// Pass 3: no boundary when the next word starts in lower case: "the U.S. military said", "“Why?” he asked".
const NEXT_STARTS_LOWER = /^\s+["'“‘(]?[a-z]/;

// Pass 3b: no boundary after a quoted question or exclamation signed by a named speaker: "“Why now?” Lavrov asked.",
// "“Why wait?” Kaine demanded." (a verb of saying, or any past form after the name).
const QUOTED_QUESTION = /[?!]+["”’']$/;
const NEXT_IS_SIGNATURE =
  /^\s+(?:(?:[A-Z][\p{L}'’-]*\.?|[A-Z]\.)\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|continued|shouted|tweeted|explained|recalled|responded|insisted|wondered|declared|exclaimed|[a-z]{3,}ed(?=[\s.,;!?]))/u;

// Pass 4: no boundary before a dash that signs or continues the sentence: "“We will win.” ― Jane Doe".
const NEXT_IS_DASH = /^\s+[\u2014\u2015\u2013]/;

// Pass 5: no boundary after a list number opening the paragraph: "1. It is unlikely that ...".
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\.$/;

/**
 * Pass 6: a "sentence" longer than this is cut at white space. The longest sentences of the dev
 * corpora are ~620 characters; text with no sentence punctuation at all (a table, a pasted log)
 * would otherwise be one sentence as long as the article, and the passes that compare the words of
 * a sentence with each other would take time growing with the square of the article.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Sentences of a document: its headline (Sentence.paragraph = -1) then its body paragraphs. */
export function documentSentences(doc: SourceDocument): Sentence[] {
  return splitSentences(doc.text, doc.paragraphs, doc.metadata.headline?.span);
}

/**
 * Sentences of the body paragraphs (Sentence.paragraph = index in `paragraphs`) and, when given, of the
 * headline (Sentence.paragraph = -1). A headline overlapping a paragraph is not read twice. Sorted by start.
 */
export function splitSentences(text: string, paragraphs: readonly Span[], headline?: Span): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks: { span: Span; index: number }[] = paragraphs.map((span, index) => ({ span, index }));
  if (headline && validHeadline(text, paragraphs, headline)) blocks.push({ span: headline, index: -1 });
  blocks.sort((a, b) => a.span.start - b.span.start);
  for (const { span: paragraph, index } of blocks) {
    let from = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
      const boundary = paragraph.start + m.index + m[0].length;
      const before = text.slice(Math.max(paragraph.start, boundary - 12), paragraph.start + m.index + 1);
      if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION_BEFORE.test(before)) continue;
      const after = text.slice(boundary, boundary + 4);
      if (NEXT_STARTS_LOWER.test(after) || NEXT_IS_DASH.test(after)) continue;
      if (QUOTED_QUESTION.test(m[0]) && NEXT_IS_SIGNATURE.test(text.slice(boundary, boundary + 80))) continue;
      if (from === paragraph.start && LIST_NUMBER.test(text.slice(from, boundary))) continue;
      pushTrimmed(sentences, text, from, boundary, index);
      from = boundary;
    }
    pushTrimmed(sentences, text, from, paragraph.end, index);
  }
  return sentences;
}

function validHeadline(text: string, paragraphs: readonly Span[], headline: Span): boolean {
  if (headline.start < 0 || headline.end > text.length || headline.end <= headline.start) return false;
  return !paragraphs.some((p) => p.start < headline.end && headline.start < p.end);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
    const next = cut;
    while (cut > start && /\s/.test(text[cut - 1]!)) cut--;
    out.push({ start, end: cut, paragraph });
    start = next;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end, paragraph });
}

/** The last white space in the second half of [start, limit), else `limit` (moved off the middle of a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + MAX_SENTENCE_CHARS / 2; i--) if (/\s/.test(text[i - 1]!)) return i - 1;
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}
