import type { Token } from '../text/tokens.js';
import { isNominal, phraseAfter, phraseBefore, type Phrase } from './chunk.js';
import { isAdverb } from './cues.js';
import { span, type Range } from './marks.js';
import { CONJUNCTIONS, PREPOSITIONS, TIME_NOUNS } from './words.js';

/** Who speaks: the subject before a cue, with appositives, relatives and coordinated verbs. */

export interface SpeakerPhrase extends Range {
  /** The head part, before any appositive, inner preposition or parenthesis. */
  head: Range;
  pronoun: boolean;
}

export function speakerOf(tokens: readonly Token[], p: Phrase, to = p.to): SpeakerPhrase {
  return { ...span(tokens, p.from, to), head: span(tokens, p.from, Math.max(p.from + 1, p.headEnd)), pronoun: p.pronoun };
}


/** The subject before a verb group starting at `first`, with appositives ("X, the minister, said") and relatives ("X, who …, said"). */
export function subjectBefore(tokens: readonly Token[], first: number): SpeakerPhrase | undefined {
  if (first === 0) return undefined;
  const t = tokens[first - 1]!;
  if (t.lower === 'who' || t.lower === 'which') {
    let k = first - 1;
    if (tokens[k - 1]?.text === ',') k--;
    const np = phraseBefore(tokens, k);
    return np ? speakerOf(tokens, np) : undefined;
  }
  if (t.text === ',') {
    for (let c = first - 2; c > 0 && c >= first - 25; c--) {
      if (tokens[c]!.text !== ',') continue;
      const np = phraseBefore(tokens, c);
      if (!np || np.pronoun) return undefined;
      const inner = tokens[c + 1]!;
      // The part between the commas must read as an appositive or a relative clause.
      if (!(isNominal(inner) || /^(?:the|a|an|who|which|whose|its|his|her|their)$/.test(inner.lower))) return undefined;
      return speakerOf(tokens, { ...np, headEnd: Math.min(np.headEnd, c) }, first - 1);
    }
    return undefined;
  }
  let np = phraseBefore(tokens, first);
  // "Wells Fargo this month announced": a time phrase between subject and verb is skipped.
  if (np && !np.pronoun && TIME_NOUNS.has(tokens[np.headEnd - 1]!.lower) && np.from > 0) np = phraseBefore(tokens, np.from);
  return np ? speakerOf(tokens, np) : undefined;
}


/** "Moscow blaming … and saying …": the subject of the earlier -ing verb the cue is coordinated with. */
export function coordinatedSubject(tokens: readonly Token[], first: number): SpeakerPhrase | undefined {
  if (tokens[first - 1]?.lower !== 'and') return undefined;
  for (let j = first - 2; j > 0; j--) {
    const w = tokens[j]!;
    if (!/^\p{Ll}+ing$/u.test(w.text) || PREPOSITIONS.has(w.lower) || !isNominal(tokens[j - 1]!)) continue;
    const np = phraseBefore(tokens, j);
    return np ? speakerOf(tokens, np) : undefined;
  }
  return undefined;
}

/** The noun phrase opening a sentence ("Moscow, …"), for participial cues with no earlier statement. */
export function sentenceSubject(tokens: readonly Token[]): SpeakerPhrase | undefined {
  let i = 0;
  while (i < tokens.length && (CONJUNCTIONS.has(tokens[i]!.lower) || isAdverb(tokens[i]!.lower))) i++;
  const np = phraseAfter(tokens, i);
  return np && (np.pronoun || /^\p{Lu}/u.test(tokens[np.from]!.text)) ? speakerOf(tokens, np) : undefined;
}

