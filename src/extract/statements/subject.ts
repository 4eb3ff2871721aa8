import type { Token } from '../text/tokens.js';
import { isNominal, phraseAfter, phraseBefore, type Phrase } from './chunk.js';
import { isAdverb } from './cues.js';
import { isCloseMark, span, type Range } from './marks.js';
import { CONJUNCTIONS, DETERMINERS, EVIDENCE_NOUNS, PREPOSITIONS, TIME_NOUNS } from './words.js';

/** Who speaks: the subject before a cue, with appositives, relatives and coordinated verbs. */

export interface SpeakerPhrase extends Range {
  /** The head part, before any appositive, inner preposition or parenthesis. */
  head: Range;
  pronoun: boolean;
  /** "X, who said …": the relative pronoun, the mention of the speaker nearest the statement. */
  relative?: Range;
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
    return np ? { ...speakerOf(tokens, np), relative: span(tokens, first - 1, first) } : undefined;
  }
  if (t.text === ',') {
    for (let c = first - 2; c > 0 && c >= first - 25; c--) {
      if (tokens[c]!.text !== ',') continue;
      const np = phraseBefore(tokens, c);
      if (!np || np.pronoun) return undefined;
      const inner = tokens[c + 1]!;
      // The part between the commas must read as an appositive or a relative clause.
      if (!(isNominal(inner) || /^(?:the|a|an|who|which|whose|its|his|her|their|including|such|like|both|all|each|one|another|now|formerly|then|also|once)$/.test(inner.lower))) return undefined;
      // "“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": with two appositives
      // the name is the phrase before the first one, opening the clause (after a quotation, a comma or nothing).
      let subject = np;
      let headEnd = Math.min(np.headEnd, c);
      for (let k = 0; k < 2 && tokens[subject.from - 1]?.text === ',' && /^\p{Ll}/u.test(tokens[subject.from]!.text); k++) {
        const earlier = phraseBefore(tokens, subject.from - 1);
        if (!earlier || earlier.pronoun || !/^\p{Lu}/u.test(tokens[earlier.from]!.text)) break;
        const lead = tokens[earlier.from - 1];
        if (lead && !isCloseMark(lead) && lead.text !== ',') break;
        headEnd = Math.min(earlier.headEnd, subject.from - 1);
        subject = earlier;
      }
      return speakerOf(tokens, { ...subject, headEnd }, first - 1);
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

const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'del', 'di', 'der']);

/**
 * The subject of the main clause before token `before`, for participial cues with no earlier statement:
 * "Moscow, …, saying …", and after an opening adjunct "In August, several groups …, saying …".
 */
export function sentenceSubject(tokens: readonly Token[], before = tokens.length): SpeakerPhrase | undefined {
  let i = 0;
  while (i < before && (CONJUNCTIONS.has(tokens[i]!.lower) || isAdverb(tokens[i]!.lower))) i++;
  if (PREPOSITIONS.has(tokens[i]?.lower ?? '') || /^\p{Ll}+ing$/u.test(tokens[i]?.text ?? '')) {
    // "During a speech earlier in the day, Trump attacked …": the subject follows the adjunct's comma.
    let c = i + 1;
    while (c < before && tokens[c]!.text !== ',') c++;
    if (c >= before) return undefined;
    i = c + 1;
  }
  let np = phraseAfter(tokens, i, before);
  if (!np) return undefined;
  // "Caddell went on to …": a lower-case word after a name is the verb, not part of the name.
  for (let j = np.from + 1; j < np.headEnd; j++) {
    if (/^\p{Lu}/u.test(tokens[j - 1]!.text) && /^\p{Ll}+$/u.test(tokens[j]!.text) && !NAME_PARTICLES.has(tokens[j]!.lower)) {
      np = { ...np, to: j, headEnd: j };
      break;
    }
  }
  const first = tokens[np.from]!;
  const lower = !np.pronoun && !/^\p{Lu}/u.test(first.text);
  // A lower-case subject must be a determiner phrase: "several environmental groups", "the agency".
  if (lower && !DETERMINERS.has(first.lower)) return undefined;
  return speakerOf(tokens, np);
}

/** Whether a speaker phrase names a document, poll or other evidence ("leaked documents", "the latest poll"). */
export function isEvidence(text: string, speaker: SpeakerPhrase): boolean {
  const words = text.slice(speaker.head.start, speaker.head.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return EVIDENCE_NOUNS.has(words[words.length - 1] ?? '');
}
