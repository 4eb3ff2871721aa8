import type { Sentence, Span } from '../../core/types.js';

/**
 * Sentence splitting in small numbered passes over each paragraph. Offsets are kept:
 * a sentence is a [start, end) range of the document text with outer whitespace trimmed.
 */

// Pass 1: candidate boundaries are ., ! or ? (optionally followed by closing quotes or brackets) then whitespace.
const CANDIDATE = /[.!?]+["'”’)\]]*(?=\s+)/g;

// Pass 2: no boundary after an abbreviation or an initial: "Mr. Lavrov", "U.S. officials", "J. Smith".
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|approx|est|Rev|Hon|Gens|Adm|Cmdr|Supt|Amb|Pres)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.$/;

// Pass 3: no boundary when the next word starts in lower case: "the U.S. military said", "“Why?” he asked".
const NEXT_STARTS_LOWER = /^\s+["'“‘(]?[a-z]/;

// Pass 4: no boundary before a dash that signs or continues the sentence: "“We will win.” ― Jane Doe".
const NEXT_IS_DASH = /^\s+[\u2014\u2015\u2013]/;

// Pass 5: no boundary after a list number opening the paragraph: "1. It is unlikely that ...".
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\.$/;

export function splitSentences(text: string, paragraphs: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    const body = text.slice(paragraph.start, paragraph.end);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
      const boundary = paragraph.start + m.index + m[0].length;
      const before = text.slice(Math.max(paragraph.start, boundary - 12), paragraph.start + m.index + 1);
      if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION_BEFORE.test(before)) continue;
      const after = text.slice(boundary, boundary + 4);
      if (NEXT_STARTS_LOWER.test(after) || NEXT_IS_DASH.test(after)) continue;
      if (from === paragraph.start && LIST_NUMBER.test(text.slice(from, boundary))) continue;
      pushTrimmed(sentences, text, from, boundary, index);
      from = boundary;
    }
    pushTrimmed(sentences, text, from, paragraph.end, index);
  });
  return sentences;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, paragraph });
}
