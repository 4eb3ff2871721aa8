import { countWords } from './text.js';

/**
 * Pass 1 of ingest: the input as non-blank lines with offsets into the unchanged text.
 * Why: every later pass reasons about lines (headline, byline, headings, boilerplate), and
 * keeping offsets into the original text is what makes every span exact. "\r\n", "\r" and
 * "\n" all end a line; the line break itself belongs to no line.
 */

export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  /** 1-based line number in the input, for messages. */
  number: number;
  /** Offsets of the line's text with outer whitespace trimmed. */
  start: number;
  end: number;
  /** The trimmed text: text.slice(start, end). */
  text: string;
  /** A blank line (or the start of the input) comes before this line. */
  gapBefore: boolean;
  /** A blank line (or the end of the input) comes after this line. */
  gapAfter: boolean;
  words: number;
}

const BREAK = /\r\n|\r|\n/g;
// Zero-width and no-break spaces survive copy-paste from web pages; treat them as blank.
const LEADING_SPACE = /^(?:\s|\u200b|\u200c|\u200d|\u2060)+/;
const TRAILING_SPACE = /(?:\s|\u200b|\u200c|\u200d|\u2060)+$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  let number = 1;
  let blankSince = true;
  const add = (rawEnd: number): void => {
    const raw = text.slice(lineStart, rawEnd);
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
    if (lead >= raw.length) {
      blankSince = true;
      const previous = lines[lines.length - 1];
      if (previous) previous.gapAfter = true;
      return;
    }
    const start = lineStart + lead;
    const end = rawEnd - trail;
    const content = text.slice(start, end);
    lines.push({
      index: lines.length,
      number,
      start,
      end,
      text: content,
      gapBefore: blankSince,
      gapAfter: false,
      words: countWords(content),
    });
    blankSince = false;
  };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    add(m.index);
    lineStart = m.index + m[0].length;
    number++;
  }
  add(text.length);
  const last = lines[lines.length - 1];
  if (last) last.gapAfter = true;
  return lines;
}
