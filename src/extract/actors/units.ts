import type { SourceDocument, Sentence } from '../../core/types.js';
import { tokenize, type Token } from '../text/tokens.js';
import { lexicon, lookupName, normaliseName } from './lexicon.js';

/**
 * Units are the stretches of text actors are read from: one per sentence, the headline's sentences
 * (Sentence.paragraph = -1) included. Their tokens become words: possessive 's cut off, hyphenated
 * compounds of known names split ("NATO-Russia" gives "NATO" and "Russia").
 */

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, none lower case ("NATO", "U.S."). */
  acronym: boolean;
  /** An 's followed and was cut off ("Russia's"). */
  possessive: boolean;
  /** Joined to the previous word by a hyphen. */
  hyphenBefore: boolean;
  /** Joined to the next word by a hyphen. */
  hyphenAfter: boolean;
  punct: boolean;
  /** Capitalised only because of its position: first word of a sentence or of a quotation. */
  initial: boolean;
}

/** 'caps': an all-caps line (headline, dateline); 'title': every content word capitalised. */
export type UnitMode = 'normal' | 'caps' | 'title';

export interface Unit {
  /** Sentence index (into Extraction.sentences). */
  sentence: number;
  /** A sentence of the headline. */
  headline: boolean;
  start: number;
  end: number;
  words: Word[];
  mode: UnitMode;
  /** A dateline ("KHASAVYURT, Russia 1996-08-31", "MOSCOW (Reuters) -"): its leading names are places. */
  dateline: boolean;
}

const POSSESSIVE = /^(.*\p{L}.*?)['’]s$/u;
const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az|ul|bin|ibn|abu|ben|bou)$/;
const ARTICLE_NAME = /^(?:al|el|ad|ash|bin|ibn|abu)-\p{Lu}\p{Ll}/u;
const OPENING = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-']);
const NOT_POSSESSIVE = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "let's", "who's", "here's", "where's"]);

export function buildUnits(doc: SourceDocument, sentences: readonly Sentence[], tokens?: readonly Token[][]): Unit[] {
  return sentences.map((s, i) => makeUnit(doc.text, i, s.start, s.end, { headline: s.paragraph < 0, tokens: tokens?.[i] }));
}

/** `tokens`: those of text[start, end), when the caller has them. */
export function makeUnit(
  text: string,
  sentence: number,
  start: number,
  end: number,
  { headline = false, tokens }: { headline?: boolean; tokens?: readonly Token[] | undefined } = {},
): Unit {
  const words: Word[] = [];
  for (const t of tokens ?? tokenize(text, start, end)) splitToken(t.start, t.text, words);
  for (const w of words) if (inHandle(text, w)) w.cap = false;
  markInitials(words);
  return { sentence, start, end, headline, words, mode: unitMode(words), dateline: isDateline(words) };
}

/** Where a word stands in its token: before "'s", or a piece of a hyphenated token. */
interface WordPlace {
  possessive?: boolean;
  hyphenBefore?: boolean;
  hyphenAfter?: boolean;
}

function word(start: number, text: string, { possessive = false, hyphenBefore = false, hyphenAfter = false }: WordPlace = {}): Word {
  const letters = LETTER.test(text);
  // "al-Bashir", "el-Sisi": a name behind its lower-case Arabic article.
  const cap = (UPPER_START.test(text) || ARTICLE_NAME.test(text)) && !DIGIT.test(text);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase().replace(/[’‘]/g, "'"),
    cap,
    acronym: cap && !LOWER.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 2,
    possessive,
    hyphenBefore,
    hyphenAfter,
    punct: !letters && !DIGIT.test(text),
    initial: false,
  };
}

function splitToken(start: number, surface: string, out: Word[]): void {
  let text = surface;
  let possessive = false;
  const m = endsInApostropheS(text) ? POSSESSIVE.exec(text) : null;
  if (m && !NOT_POSSESSIVE.has(text.toLowerCase().replace('’', "'"))) {
    text = m[1]!;
    possessive = true;
  }
  if (text.includes('-') && LETTER.test(text) && !DIGIT.test(text) && splitHyphenated(start, text, out)) {
    if (possessive) out[out.length - 1]!.possessive = true;
    return;
  }
  out.push(word(start, text, { possessive }));
}

/** What POSSESSIVE needs at the end; most tokens fail this test, which is cheaper than the pattern. */
function endsInApostropheS(text: string): boolean {
  const n = text.length;
  return n >= 3 && text[n - 1] === 's' && (text[n - 2] === "'" || text[n - 2] === '’');
}

/** Splits "NATO-Russia", "Moscow-based", "anti-NATO"; keeps "Jean-Pierre", "al-Qaeda", "Rolls-Royce" whole. */
function splitHyphenated(start: number, text: string, out: Word[]): boolean {
  const parts = text.split('-');
  if (parts.some((p) => p.length === 0)) return false;
  if (lookupName(text)) return false;
  const caps = parts.map((p) => UPPER_START.test(p));
  if (!caps[0] && ARABIC_ARTICLE.test(parts[0]!) && caps[1]) {
    // "al-Qaeda-linked": the name, then its lower-case tail.
    if (parts.length < 3 || caps[parts.length - 1]) return false;
    const name = `${parts[0]}-${parts[1]}`;
    out.push(word(start, name, { hyphenAfter: true }));
    out.push(word(start + name.length + 1, parts.slice(2).join('-'), { hyphenBefore: true }));
    return true;
  }
  // "Ata-ur-Rehman", "Inzamam-ul-Haq": name particles between capitalised parts.
  if (
    caps[0] &&
    caps[parts.length - 1] &&
    parts.every((p, i) => caps[i] || ARABIC_ARTICLE.test(p) || /^(?:ur|ul|al|el|de|du|la|le|von|van|der|di|da|y|e)$/.test(p)) &&
    caps.some((c) => !c)
  )
    return false;
  if (caps.every(Boolean)) {
    const lex = lexicon();
    const known = parts.some((p) => {
      const hit = lookupName(p);
      return (hit && hit.kind !== 'city' && hit.kind !== 'region') || lex.demonyms.has(normaliseName(p)) || lex.capitals.has(p);
    });
    if (!known) return false;
  } else if (!caps.some(Boolean)) {
    return false;
  }
  let offset = start;
  parts.forEach((p, i) => {
    out.push(word(offset, p, { hyphenBefore: i > 0, hyphenAfter: i < parts.length - 1 }));
    offset += p.length + 1;
  });
  return true;
}

/** A piece of a social media handle or a user name ("@Uber_Sydney", "john_smith"): no name of an actor. */
function inHandle(text: string, w: Word): boolean {
  const before = text[w.start - 1];
  return before === '@' || before === '_' || text[w.end] === '_';
}

function markInitials(words: Word[]): void {
  let expectStart = true;
  for (const w of words) {
    if (w.punct) {
      if (OPENING.has(w.text)) expectStart = true;
      continue;
    }
    // List numbers do not start the sentence: in "1. Fourth round", "Fourth" does.
    if (expectStart && /^\d+\.?$/.test(w.text)) continue;
    if (expectStart) w.initial = true;
    expectStart = false;
  }
}

function unitMode(words: readonly Word[]): UnitMode {
  let alpha = 0;
  let upper = 0;
  let lowerInitial = 0;
  let capContent = 0;
  let content = 0;
  let numbers = 0;
  for (const w of words) {
    const digits = DIGIT.test(w.text);
    if (digits) numbers++;
    if (w.punct || digits || !TWO_LETTERS.test(w.text)) continue;
    alpha++;
    if (!LOWER.test(w.text)) upper++;
    else if (!w.cap) lowerInitial++;
    if (!isShortFunctionWord(w.lower)) {
      content++;
      if (w.cap) capContent++;
    }
  }
  if (alpha === 0) return 'normal';
  if (upper >= 2 && upper >= 0.9 * alpha) return 'caps';
  if (upper === 1 && alpha === 1 && words.some((w) => DIGIT.test(w.text))) return 'caps';
  // Title case: a headline or heading; lines of results ("Surrey 429-7 (C. Lewis 80 ...)") are not.
  if (content >= 3 && content <= 20 && numbers <= 1 && capContent === content && lowerInitial <= alpha - content) return 'title';
  return 'normal';
}

const SHORT_FUNCTION = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'for',
  'to',
  'by',
  'and',
  'or',
  'but',
  'as',
  'is',
  'vs',
  'with',
  'from',
  'into',
  'over',
  'after',
  'off',
  'out',
  'up',
  'its',
  'his',
  'her',
  'not',
  'no',
  'be',
]);
function isShortFunctionWord(lower: string): boolean {
  return SHORT_FUNCTION.has(lower);
}

const DATE_TOKEN = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/**
 * Capitalised place names, optionally ", Region", then a date or a "(Agency)" / dash that opens the story:
 * "LONDON 1996-08-30", "KHASAVYURT, Russia 1996-08-31", "MOSCOW (Reuters) -".
 */
function isDateline(words: readonly Word[]): boolean {
  let k = 0;
  let names = 0;
  let afterComma = false;
  while (k < words.length && !words[k]!.punct && words[k]!.cap && !DIGIT.test(words[k]!.text)) {
    // The city is in capitals; a region or country after a comma may be in mixed case.
    if (!afterComma && !words[k]!.acronym) return false;
    k++;
    names++;
    if (words[k]?.text === ',' && words[k + 1]?.cap) {
      k++;
      afterComma = true;
    }
  }
  if (names === 0 || names > 5) return false;
  const rest = words[k];
  if (!rest) return false;
  if (DATE_TOKEN.test(rest.text)) return k + 1 === words.length;
  if (rest.text === '(' && words[k + 2]?.text === ')') return true;
  return rest.text === '-' || rest.text === '–' || rest.text === '—';
}
