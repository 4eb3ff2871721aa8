import type { Candidate, ChunkContext } from './candidate.js';
import { isNamePrefix, lexicon, lookupName, normaliseName, type CountryInfo, type LexEntry } from './lexicon.js';
import { isDerivedWord } from './derived.js';
import { joinNameForms } from './name-forms.js';
import type { Unit, Word } from './units.js';
import {
  COMMON_ACRONYMS,
  FUNCTION_WORDS,
  HEADLINE_VERBS,
  HONORIFICS,
  isTitleWord,
  MISC_WORDS,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_OF_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  REPORTING_VERBS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './words.js';

export type { Candidate, ChunkContext };

/**
 * Candidate names in one unit, in one pass over its words: capitalised runs joined by connectors
 * ("Bank of England"), the longest lexicon match ("Bosnia and Herzegovina"), titles split off a
 * person's name ("Foreign Minister | Sergey Lavrov") and demonyms split off ("Russian | Foreign Minister").
 */

/** A candidate and the words around it, as every scorer reads them. */
export interface CandidateWindow {
  words: readonly Word[];
  /** Number of words in the name. */
  n: number;
  first: Word;
  last: Word;
  prev: Word | undefined;
  prev2: Word | undefined;
  next: Word | undefined;
  next2: Word | undefined;
}

export function candidateWindow(c: Candidate): CandidateWindow {
  const words = c.unit.words;
  return {
    words,
    n: c.last - c.first + 1,
    first: words[c.first]!,
    last: words[c.last]!,
    prev: words[c.first - 1],
    prev2: words[c.first - 2],
    next: words[c.last + 1],
    next2: words[c.last + 2],
  };
}

const PHRASE_CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', 'the']);
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'on',
  'in',
  'the',
]);
// Title heads are left out: "Representative of the Russian Federation" is a title and a country, not one name.
const JOIN_OF = new Set([
  ...ORG_OF_HEADS,
  ...PLACE_PREFIXES,
  'republic',
  'kingdom',
  'emirate',
  'sultanate',
  'principality',
  'duchy',
  'isle',
  'islands',
  'city',
  'province',
  'state',
  'states',
  'commonwealth',
  'bay',
  'gulf',
  'sea',
  'strait',
  'straits',
  'cape',
  'statue',
  'tower',
  'palace',
  'museum',
  'centre',
  'center',
  'coalition',
]);
// Verb-like endings of common words: a sentence-initial "Intensifies" or "Stalemated" is not a name.
const VERB_LIKE = /(?:ies|ing|ings|tion|tions|ment|ments|ness|ly)$/;
/** Words after "and" that can still end in an organisation's head and join one name. */
const MAX_AFTER_AND = 3;
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const COMMON_MORPHOLOGY = /(?:ing|ings|ed|ies|ly|tion|tions|sion|ment|ments|ness|ity|ous|ive|able|ible|ism|ist|ists|ful|less)$/;

/** A small place whose name is also a common word ("Police", "Best", "Of"): not evidence of a name. */
export function commonPlace(entry: LexEntry, lower: string): boolean {
  if (entry.type !== 'Place' || (entry.population ?? 0) >= 100_000 || entry.kind === 'place') return false;
  return lexicon().commonWords.has(lower) || FUNCTION_WORDS.has(lower);
}

export function candidateText(ctx: ChunkContext, words: readonly Word[], first: number, last: number): string {
  return normaliseName(ctx.text.slice(words[first]!.start, words[last]!.end));
}

function isRunWord(w: Word | undefined): w is Word {
  if (!w || !w.cap || w.punct) return false;
  // A lone capital ("N", "T") is a label or an initial without its dot, not a name.
  if (w.text.length === 1) return false;
  const bare = w.lower.replace(/\.$/, '');
  if (MONTHS_AND_DAYS.has(bare)) return false;
  // Contractions: "I've", "Don't".
  if (/'/.test(w.lower) && FUNCTION_WORDS.has(w.lower.split("'")[0]!)) return false;
  // "CEOs", "MPs": the plural of an acronym is a common noun.
  if (PLURAL_ACRONYM.test(w.text)) return false;
  if (w.acronym) return !COMMON_ACRONYMS.has(w.lower) && (!FUNCTION_WORDS.has(w.lower) || w.text.length > 2 || w.text === 'US');
  return !FUNCTION_WORDS.has(w.lower);
}

/** Longest lexicon phrase starting at word i (any case on caps/title lines), as its last word index. */
function longestLexicon(
  ctx: ChunkContext,
  words: readonly Word[],
  i: number,
  { anyCase }: { anyCase: boolean },
): { last: number; entry: LexEntry } | undefined {
  const max = lexicon().maxWords;
  let best: { last: number; entry: LexEntry } | undefined;
  let count = 0;
  for (let j = i; j < words.length && count < max; j++) {
    const w = words[j]!;
    if (w.punct && w.text !== '&' && w.text !== '.') break;
    count++;
    if (j > i && words[j - 1]!.possessive) break;
    if (!w.cap && !(j > i && CONNECTORS.has(w.lower))) {
      if (j === i || !isNamePrefix(candidateText(ctx, words, i, j))) break;
      continue;
    }
    const phrase = candidateText(ctx, words, i, j);
    const entry = lookupName(phrase, { anyCase });
    if (entry && !(j === i && commonPlace(entry, w.lower))) best = { last: j, entry };
    if (w.possessive || !isNamePrefix(phrase)) break;
  }
  return best;
}

function demonymAt(ctx: ChunkContext, words: readonly Word[], i: number): { last: number; country: CountryInfo } | undefined {
  const lex = lexicon();
  const two = words[i + 1];
  if (two && two.cap && !words[i]!.possessive && !words[i]!.hyphenAfter) {
    const c = lex.demonyms.get(candidateText(ctx, words, i, i + 1));
    if (c) return { last: i + 1, country: c };
  }
  const c = lex.demonyms.get(normaliseName(words[i]!.text));
  return c ? { last: i, country: c } : undefined;
}

export function chunkUnit(unit: Unit, ctx: ChunkContext): Candidate[] {
  const out: Candidate[] = [];
  const words = unit.words;
  const title = unit.mode === 'title';
  const lex = lexicon();

  // Whether a capitalised word that may be capitalised only by position still reads as a name.
  const accept = (i: number): 'strong' | 'weak' | false => {
    const w = words[i]!;
    if (!title && !w.initial) return 'strong';
    if (FUNCTION_WORDS.has(w.lower) && !w.acronym) return false;
    const hit = lookupName(w.text, { anyCase: title });
    if ((hit && !commonPlace(hit, w.lower)) || lex.demonyms.has(normaliseName(w.text))) return 'strong';
    // "Chris Christie Calls Hillary Clinton …": a reporting verb in a title-case line ends the name before it.
    if (title && !w.acronym && (REPORTING_VERBS.has(w.lower) || HEADLINE_VERBS.has(w.lower))) return false;
    if (ctx.strongWords.has(w.text)) return 'strong';
    const next = words[i + 1];
    if (next && isRunWord(next) && !w.possessive && (HONORIFICS.has(w.lower) || TITLE_HEADS.has(w.lower))) return 'strong';
    // A first name before a capitalised word, unless both are ordinary words ("Row Intensifies").
    if (
      next &&
      isRunWord(next) &&
      !w.possessive &&
      lex.firstNames.has(w.text) &&
      !(lex.commonWords.has(w.lower) && VERB_LIKE.test(next.lower))
    )
      return 'strong';
    if (lex.commonWords.has(w.lower) || COMMON_MORPHOLOGY.test(w.lower)) {
      // Inside a title-case run, a common word right after a first name is a surname ("Michael Johnson").
      const prev = words[i - 1];
      const named = prev?.cap && (lex.firstNames.has(prev.text) || /^\p{Lu}\.$/u.test(prev.text));
      return title && named && !VERB_LIKE.test(w.lower) ? 'weak' : false;
    }
    return 'weak';
  };

  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!isRunWord(w)) {
      i++;
      continue;
    }
    const lexHit = longestLexicon(ctx, words, i, { anyCase: title });
    const start = lexHit ? 'strong' : accept(i);
    if (!start) {
      i++;
      continue;
    }
    let j = extendRun(words, i, title ? accept : undefined);
    if (lexHit && lexHit.last > j) j = lexHit.last;
    // "the Russian Federation for Interaction with NATO": a known name is not extended through a connector,
    // unless it heads such names itself ("Gulf of Mexico").
    if (
      lexHit &&
      j > lexHit.last &&
      PHRASE_CONNECTORS.has(words[lexHit.last + 1]!.lower) &&
      (lexHit.last > i || !JOIN_OF.has(words[i]!.lower))
    )
      j = lexHit.last;
    splitRun(unit, ctx, i, j, out, { weak: start === 'weak' });
    i = j + 1;
  }
  return joinNameForms(ctx, out);
}

/** Extends a capitalised run from word i over capitalised words and connectors ("Bank of England"). */
function extendRun(words: readonly Word[], i: number, accept?: (i: number) => 'strong' | 'weak' | false): number {
  let j = i;
  let inChain = false;
  const ok = (k: number): boolean => isRunWord(words[k]) && !words[k]!.hyphenBefore && (!accept || accept(k) !== false);
  while (j + 1 < words.length) {
    const cur = words[j]!;
    if (cur.possessive || cur.hyphenAfter) break;
    const next = words[j + 1]!;
    if (ok(j + 1)) {
      j++;
      continue;
    }
    if (next.cap || !CONNECTORS.has(next.lower)) break;
    const c = next.lower;
    // "Committee on Foreign Relations", "Commission on Human Rights".
    if ((c === 'of' || c === 'for' || (c === 'on' && ORG_OF_HEADS.has(cur.lower))) && (inChain || JOIN_OF.has(cur.lower))) {
      if (ok(j + 2)) {
        j += 2;
        inChain = true;
        continue;
      }
      if (words[j + 2]?.lower === 'the' && ok(j + 3)) {
        j += 3;
        inChain = true;
        continue;
      }
      break;
    }
    if ((c === '&' || ((c === 'and' || c === 'in' || c === 'on') && inChain)) && ok(j + 2)) {
      j += 2;
      continue;
    }
    // "World Travel and Tourism Council": "and" inside a name whose last word is an organisation's head.
    if (c === 'and' && !ORG_HEADS.has(cur.lower) && !lookupName(words[j]!.text)) {
      let k = j + 2;
      while (k - (j + 2) < MAX_AFTER_AND && ok(k)) k++;
      if (k > j + 2 && ORG_HEADS.has(words[k - 1]!.lower) && !ok(k)) {
        j = k - 1;
        continue;
      }
    }
    if (NAME_PARTICLES.has(c) && !ORG_HEADS.has(cur.lower)) {
      // "Joost van der Westhuizen": one or two particles between name words.
      const k = NAME_PARTICLES.has(words[j + 2]?.lower ?? '') ? j + 3 : j + 2;
      if (ok(k) && !words[k]!.acronym) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Splits a run into [entity prefix] [title] name, or demonym + rest, and emits candidates. */
function splitRun(unit: Unit, ctx: ChunkContext, i: number, j: number, out: Candidate[], { weak }: { weak: boolean }): void {
  const words = unit.words;
  const text = candidateText(ctx, words, i, j);
  if (!lexicon().demonyms.has(text) && isDerivedWord(words, i, j, text)) return;
  const whole = lookupName(text, { anyCase: unit.mode === 'title' });
  if (whole) {
    emit(unit, ctx, i, j, out, { weak, lex: whole });
    return;
  }
  const lastWord = words[j]!.lower;
  const endsInHead = ORG_HEADS.has(lastWord) || PLACE_HEADS.has(lastWord);

  // A title inside the run: the last title head or honorific followed by a name.
  if (!endsInHead) {
    for (let k = j - 1; k >= i; k--) {
      const w = words[k]!;
      if (!TITLE_HEADS.has(w.lower) && !HONORIFICS.has(w.lower)) continue;
      let n = k + 1;
      while (n <= j && isTitleWord(words[n]!)) n++;
      // No name after the title, or "Representative of the Russian Federation": not a titled name.
      if (n > j || CONNECTORS.has(words[n]!.lower)) break;
      // Where the title starts: after a known entity or demonym at the front of the run, else at the
      // first title word of the stretch ending at k.
      let t = k;
      while (t - 1 >= i && (isTitleWord(words[t - 1]!) || CONNECTORS.has(words[t - 1]!.lower))) t--;
      // "Australian Federal Police Commissioner": an organisation's head ends the name before the title.
      for (let h = k - 1; h >= t; h--) {
        if (ORG_HEADS.has(words[h]!.lower) && !TITLE_HEADS.has(words[h]!.lower)) {
          t = h + 1;
          break;
        }
      }
      const prefix = longestLexicon(ctx, words, i, { anyCase: unit.mode === 'title' });
      const dem = demonymAt(ctx, words, i);
      const prefixLast = Math.max(prefix && prefix.last < k ? prefix.last : -1, dem && dem.last < k ? dem.last : -1);
      if (prefixLast >= i && prefixLast + 1 <= k) t = Math.min(Math.max(t, prefixLast + 1), k);
      if (t > i) splitRun(unit, ctx, i, t - 1, out, { weak });
      emit(unit, ctx, n, j, out, { weak: weak && n === i, title: { first: t, last: n - 1 } });
      return;
    }
  }

  // "State Madeleine Albright" (the tail of "Secretary of State ..."): portfolio words before a first name.
  if (j - i >= 2 && TITLE_MODIFIERS.has(words[i]!.lower)) {
    let n = i;
    while (n < j && TITLE_MODIFIERS.has(words[n]!.lower)) n++;
    if (j - n >= 1 && lexicon().firstNames.has(words[n]!.text) && !ORG_HEADS.has(words[n]!.lower) && !ORG_OF_HEADS.has(words[n]!.lower)) {
      emit(unit, ctx, n, j, out, { weak: false, title: { first: i, last: n - 1 } });
      return;
    }
  }
  if (i === j && MISC_WORDS.has(words[i]!.lower)) return;

  // A demonym at the front of something that is not an organisation: "Russian officials" is handled as a
  // single word; "Russian Sergei Ivanov" splits; "Russian Orthodox Church" stays whole.
  const dem = demonymAt(ctx, words, i);
  if (dem && (dem.last === j || !endsInHead)) {
    out.push(makeCandidate(unit, ctx, i, dem.last, { kind: 'demonym', weak: false }, { country: dem.country }));
    if (dem.last < j) splitRun(unit, ctx, dem.last + 1, j, out, { weak: false });
    return;
  }
  // Only title words ("Foreign Minister", "President"): not a name. Modifiers ending in an organisation's
  // head ("Labour Party", "Air Force") are one.
  let allTitle = true;
  let titleHead = false;
  for (let k = i; k <= j; k++) {
    if (!isTitleWord(words[k]!) && !CONNECTORS.has(words[k]!.lower)) allTitle = false;
    if (TITLE_HEADS.has(words[k]!.lower) || HONORIFICS.has(words[k]!.lower)) titleHead = true;
  }
  if (allTitle && (titleHead || j === i || !ORG_HEADS.has(lastWord))) return;
  emit(unit, ctx, i, j, out, { weak });
}

/** A name candidate over words i..j: `lex` its lexicon entry when known, `title` the title words before it. */
function emit(
  unit: Unit,
  ctx: ChunkContext,
  i: number,
  j: number,
  out: Candidate[],
  found: { weak: boolean; lex?: LexEntry; title?: { first: number; last: number } },
): void {
  const { weak, lex, title } = found;
  out.push(makeCandidate(unit, ctx, i, j, { kind: 'name', weak }, { ...(lex ? { lex } : {}), ...(title ? { title } : {}) }));
}

function makeCandidate(
  unit: Unit,
  ctx: ChunkContext,
  i: number,
  j: number,
  { kind, weak }: { kind: Candidate['kind']; weak: boolean },
  extra: Partial<Candidate>,
): Candidate {
  const words = unit.words;
  const start = words[i]!.start;
  const end = words[j]!.end;
  const text = normaliseName(ctx.text.slice(start, end));
  let lex = kind === 'name' ? (extra.lex ?? lookupName(text, { anyCase: unit.mode !== 'normal' })) : undefined;
  if (lex && i === j && commonPlace(lex, words[i]!.lower)) lex = undefined;
  return { unit, first: i, last: j, start, end, text, kind, weak: weak && !lex, ...extra, ...(lex ? { lex } : {}) };
}
