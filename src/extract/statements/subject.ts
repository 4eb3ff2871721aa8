import type { Token } from '../text/tokens.js';
import { isNominal, phraseAfter, phraseBefore, type Phrase } from './chunk.js';
import { isAdverb } from './cues.js';
import { looksFinite } from './content.js';
import { cueForms } from './lexicon.js';
import { isCloseMark, isDash, span, type Range } from './marks.js';
import { CONJUNCTIONS, DETERMINERS, EVIDENCE_NOUNS, FLOATING_QUANTIFIERS, PREPOSITIONS, TIME_NOUNS, WEEKDAYS } from './words.js';

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
  // "McConnell, who in 2010 said …": a time adjunct between a relative pronoun and the cue is skipped.
  const adjunct = timeAdjunctBefore(tokens, first);
  if (adjunct !== undefined && /^(?:who|which)$/.test(tokens[adjunct - 1]?.lower ?? '')) return subjectBefore(tokens, adjunct);
  const t = tokens[first - 1]!;
  // "a letter from his doctor that says …": "that" after a noun is a relative pronoun too.
  const relativeThat = t.lower === 'that' && first >= 2 && isNominal(tokens[first - 2]!);
  // ("X, who's said …": the relative pronoun with a contracted "has".)
  if (t.lower === 'who' || t.lower === 'which' || /^who['’]s$/.test(t.lower) || relativeThat) {
    let k = first - 1;
    // "X, who …" and "X — who …".
    if (tokens[k - 1]?.text === ',' || isDash(tokens, k - 1)) k--;
    let np = phraseBefore(tokens, k);
    if (np && !np.pronoun && TIME_NOUNS.has(tokens[np.headEnd - 1]!.lower) && np.from > 0) np = phraseBefore(tokens, np.from);
    return np ? { ...speakerOf(tokens, np), relative: span(tokens, first - 1, first) } : undefined;
  }
  if (isDash(tokens, first - 1)) {
    // "Kall -- co-editor of a book on the debates -- said": the name before the dashed appositive.
    const close = tokens[first - 2]?.text === '-' && t.text === '-' ? first - 2 : first - 1;
    for (let c = close - 1; c > 0 && c >= first - 30; c--) {
      if (!isDash(tokens, c)) continue;
      if (tokens[c - 1]?.text === '-' && tokens[c]!.text === '-') c--;
      const np = phraseBefore(tokens, c);
      return np && !np.pronoun ? speakerOf(tokens, { ...np, headEnd: Math.min(np.headEnd, c) }, close) : undefined;
    }
    return undefined;
  }
  if (t.text === ',') {
    // "Donald Trump, in particular, has …": a parenthetical between commas leaves the subject before it.
    const aside = parentheticalBefore(tokens, first - 1) ?? prepositionalAside(tokens, first - 1);
    if (aside !== undefined) return subjectBefore(tokens, aside);
    for (let c = first - 2; c > 0 && c >= first - 25; c--) {
      if (tokens[c]!.text !== ',') continue;
      const np = phraseBefore(tokens, c);
      if (!np || np.pronoun) return undefined;
      const inner = tokens[c + 1]!;
      // The part between the commas must read as an appositive or a relative clause.
      if (!(
        isNominal(inner) ||
        /^(?:the|a|an|who|which|whose|its|his|her|their|including|such|like|both|all|each|one|another|now|formerly|then|also|once)$/.test(
          inner.lower,
        )
      ))
        return undefined;
      // "“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": with two appositives
      // the name is the phrase before the first one, opening the clause (after a quotation, a comma or nothing).
      let subject = np;
      let headEnd = Math.min(np.headEnd, c);
      // "Alverson, a commissioner on the Halibut Commission, which …, described": the phrase before the relative is
      // the object of a preposition inside an appositive; the appositive's own phrase stands in for it.
      const host = tokens[subject.from - 1];
      if (host && PREPOSITIONS.has(host.lower) && /^\p{Ll}+$/u.test(host.text)) {
        const appositive = phraseBefore(tokens, subject.from - 1);
        if (
          appositive &&
          !appositive.pronoun &&
          DETERMINERS.has(tokens[appositive.from]!.lower) &&
          tokens[appositive.from - 1]?.text === ','
        )
          subject = appositive;
      }
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
  // "The senators all said", "they both agreed": a quantifier floated off the subject before it.
  if (FLOATING_QUANTIFIERS.has(t.lower) && first >= 2 && tokens[first - 2]!.text !== ',') {
    const subject = subjectBefore(tokens, first - 1);
    if (subject) return subject;
  }
  const partitive = partitiveBefore(tokens, first);
  if (partitive) return partitive;
  let np = phraseBefore(tokens, first);
  // "Wells Fargo this month announced", "Smith on Tuesday said": a time phrase between subject and verb is skipped.
  if (np && !np.pronoun && isTimeWord(tokens[np.headEnd - 1]!)) np = beforeTimePhrase(tokens, np);
  const modified = postModified(tokens, first, np) ?? participleModified(tokens, first, np);
  if (modified) return modified;
  return np ? speakerOf(tokens, np) : undefined;
}

/**
 * "…, a USA TODAY analysis of newly filed reports shows.": a long subject after the comma that ends
 * the content, with modifiers a noun-phrase reader stops at. Everything from the comma to the cue is the subject.
 */
export function subjectAfterComma(tokens: readonly Token[], first: number): SpeakerPhrase | undefined {
  for (let c = first - 2; c >= 1 && c >= first - 20; c--) {
    const t = tokens[c]!;
    if (t.text !== ',' && !isCloseMark(t)) continue;
    const head = phraseAfter(tokens, c + 1, first);
    const opener = tokens[c + 1]!;
    if (!head || head.pronoun || !(DETERMINERS.has(opener.lower) || /^\p{Lu}/u.test(opener.text))) return undefined;
    if (verbBetween(tokens, c + 1, first)) return undefined;
    return speakerOf(tokens, head, first);
  }
  return undefined;
}

/** A finite verb in tokens [from, to) other than an -ed form, which may be a participle ("newly filed reports"). */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (looksFinite(tokens[k]!) && !/ed$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** Adjectives and participles that take a prepositional complement inside a source description: "people familiar with …". */
const SOURCE_MODIFIERS = new Set([
  'familiar',
  'close',
  'briefed',
  'involved',
  'knowledgeable',
  'loyal',
  'sympathetic',
  'aligned',
  'allied',
  'linked',
  'connected',
  'opposed',
  'friendly',
  'near',
  'working',
  'speaking',
]);
const QUANTIFIERS = new Set([
  'many',
  'some',
  'most',
  'all',
  'none',
  'one',
  'several',
  'few',
  'each',
  'both',
  'half',
  'two',
  'three',
  'dozens',
  'hundreds',
  'thousands',
  'others',
]);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

/**
 * "People familiar with the talks said", "those close to him say": a source described by what it is
 * close to. `np` is the phrase read before the cue at `first` (the complement, when it is one).
 */
function postModified(tokens: readonly Token[], first: number, np: Phrase | undefined): SpeakerPhrase | undefined {
  // The complement is the noun phrase before the cue, or an object pronoun ("close to him"), which is no subject.
  const complement = np && !np.pronoun ? np.from : OBJECT_PRONOUNS.has(tokens[first - 1]?.lower ?? '') ? first - 1 : -1;
  if (complement < 2) return undefined;
  const preposition = tokens[complement - 1]!;
  const modifier = tokens[complement - 2]!;
  if (!PREPOSITIONS.has(preposition.lower) || !SOURCE_MODIFIERS.has(modifier.lower)) return undefined;
  // "Those close to him": the demonstrative says nothing alone; the whole phrase is the description.
  if (tokens[complement - 3]?.lower === 'those')
    return speakerOf(tokens, { from: complement - 3, to: first, headEnd: first, pronoun: false });
  const head = phraseBefore(tokens, complement - 2);
  if (!head || head.pronoun) return undefined;
  return speakerOf(tokens, { ...head, headEnd: head.to }, first);
}

/**
 * "Protesters marching through the streets chanted …", "Residents living near the plant say …": the noun
 * phrase before the cue ends a participle phrase; the subject is the phrase the participle modifies.
 */
function participleModified(tokens: readonly Token[], first: number, np: Phrase | undefined): SpeakerPhrase | undefined {
  if (!np || np.pronoun || np.from < 3) return undefined;
  const preposition = tokens[np.from - 1]!;
  const participle = tokens[np.from - 2]!;
  if (!PREPOSITIONS.has(preposition.lower) || !/^\p{Ll}+ing$/u.test(participle.text) || PREPOSITIONS.has(participle.lower))
    return undefined;
  const head = phraseBefore(tokens, np.from - 2);
  if (!head || head.pronoun) return undefined;
  // The modified phrase opens its clause: "…, and protesters marching …", not "he saw protesters marching …".
  const lead = tokens[head.from - 1];
  if (lead && !/^[,;:(]$/.test(lead.text) && !isCloseMark(lead) && !CONJUNCTIONS.has(lead.lower) && !isDash(tokens, head.from - 1))
    return undefined;
  return speakerOf(tokens, { ...head, headEnd: head.to }, first);
}

const PARENTHETICALS = [
  'in particular',
  'for example',
  'for instance',
  'for his part',
  'for her part',
  'for their part',
  'in turn',
  'however',
  'meanwhile',
  'too',
  'also',
  'though',
  'in contrast',
  'by contrast',
  'of course',
  'in fact',
  'instead',
  'likewise',
  'similarly',
  'nonetheless',
  'nevertheless',
].map((p) => p.split(' '));

/** The index of the comma opening ", in particular," when the comma at `close` ends such a parenthetical. */
function parentheticalBefore(tokens: readonly Token[], close: number): number | undefined {
  for (const words of PARENTHETICALS) {
    const open = close - words.length - 1;
    if (open < 1 || tokens[open]!.text !== ',') continue;
    if (words.every((w, k) => tokens[open + 1 + k]!.lower === w)) return open;
  }
  return undefined;
}

/** Prepositions that open an aside on where or how something was said: "Ruiz, in a statement, said …". */
const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'through', 'via', 'from']);

/**
 * "Ann Ruiz, in an interview on Monday, said …", "The ministry, at a press conference, said …": a prepositional phrase
 * set off by commas between a subject that opens its clause and the cue. Returns the opening comma's index.
 */
function prepositionalAside(tokens: readonly Token[], close: number): number | undefined {
  for (let open = close - 2; open >= 1 && open >= close - 12; open--) {
    const t = tokens[open]!;
    if (t.text !== ',') {
      if (/^[;:()"“”]$/.test(t.text) || looksFinite(t)) return undefined;
      continue;
    }
    if (!ASIDE_PREPOSITIONS.has(tokens[open + 1]!.text)) return undefined;
    const np = phraseBefore(tokens, open);
    if (!np || np.pronoun || np.to !== open) return undefined;
    // The phrase must open its clause ("On Monday, Ann Ruiz, in …"), not close a preposition ("After the vote, in …").
    const lead = tokens[np.from - 1];
    return !lead || lead.text === ',' || isCloseMark(lead) ? open : undefined;
  }
  return undefined;
}

/**
 * The subject before a time phrase that ends `np` ("Mr. Smith last week", "Smith on Tuesday"): the phrase
 * chunker may have taken both as one noun phrase, or the time phrase alone. `np` itself when its last
 * word is a name ("Theresa May").
 */
function beforeTimePhrase(tokens: readonly Token[], np: Phrase): Phrase | undefined {
  const end = np.headEnd - 1;
  let k = end;
  while (k > 0 && TIME_NOUNS.has(tokens[k - 1]!.lower)) k--;
  const bare = k;
  // ("Smith in 2010 said": a year alone is the whole time phrase.)
  if (k === end && YEAR.test(tokens[end]!.text) && !TIME_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return np;
  if (k > 0 && TIME_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
  if (k > 0 && TIME_PREPOSITIONS.has(tokens[k - 1]!.lower)) k--;
  // ("Theresa May said": a capitalised month right after a name is part of the name.)
  if (k === bare && !WEEKDAYS.has(tokens[end]!.lower) && /^\p{Lu}/u.test(tokens[end]!.text)) return np;
  // "Wells Fargo just this month announced".
  while (k > 0 && isAdverb(tokens[k - 1]!.lower)) k--;
  if (k <= 0) return undefined;
  const subject = phraseBefore(tokens, k);
  return subject && !TIME_NOUNS.has(tokens[subject.headEnd - 1]!.lower) ? subject : undefined;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
const isTimeWord = (t: Token): boolean => TIME_NOUNS.has(t.lower) || YEAR.test(t.text);

/** Where a time adjunct ending just before token `end` starts ("in 2010", "last week", "on Tuesday"), if one does. */
function timeAdjunctBefore(tokens: readonly Token[], end: number): number | undefined {
  let k = end;
  while (k > 0 && isTimeWord(tokens[k - 1]!)) k--;
  if (k === end) return undefined;
  if (k > 0 && TIME_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
  else if (k > 0 && TIME_PREPOSITIONS.has(tokens[k - 1]!.lower)) k--;
  else return undefined;
  return k;
}

const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'that']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during']);

/** "many of whom say", "some of them said": a part of a group, named through a pronoun. */
function partitiveBefore(tokens: readonly Token[], first: number): SpeakerPhrase | undefined {
  const pronoun = tokens[first - 1];
  if (!pronoun || tokens[first - 2]?.lower !== 'of' || !QUANTIFIERS.has(tokens[first - 3]?.lower ?? '')) return undefined;
  if (pronoun.lower === 'whom' || pronoun.lower === 'which') {
    // The relative points back to the group: "the families, many of whom say …".
    let k = first - 3;
    if (tokens[k - 1]?.text === ',') k--;
    const np = phraseBefore(tokens, k);
    return np ? { ...speakerOf(tokens, np), relative: span(tokens, first - 3, first) } : undefined;
  }
  if (pronoun.lower !== 'them' && pronoun.lower !== 'us' && pronoun.lower !== 'those') return undefined;
  return { ...span(tokens, first - 3, first), head: span(tokens, first - 3, first - 2), pronoun: false };
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

/** "Republican nominee Donald Trump": a lower-case noun (no verb form) right before a capitalised name is a title. */
function titleBeforeName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && !looksFinite(t) && cueForms(t.lower).length === 0;
}

/** Sentence connectives that precede a subject: "However, …", "On Thursday, however, …". */
const CONNECTIVES = new Set([
  'however',
  'meanwhile',
  'instead',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'still',
  'indeed',
  'now',
  'thus',
  'therefore',
  'likewise',
  'similarly',
  'besides',
  'otherwise',
  'too',
]);

function skipConnectives(tokens: readonly Token[], from: number, before: number): number {
  let i = from;
  while (
    i < before &&
    (CONJUNCTIONS.has(tokens[i]!.lower) || isAdverb(tokens[i]!.lower) || CONNECTIVES.has(tokens[i]!.lower) || tokens[i]!.text === ',')
  )
    i++;
  return i;
}

const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'del', 'di', 'der']);

/**
 * The subject of the main clause before token `before`, for participial cues with no earlier statement:
 * "Moscow, …, saying …", and after an opening adjunct "In August, several groups …, saying …".
 */
export function sentenceSubject(tokens: readonly Token[], before = tokens.length): SpeakerPhrase | undefined {
  let i = skipConnectives(tokens, 0, before);
  // ("Chastened by the polls, Trump revised …": an opening -ed participle takes a preposition after it.)
  const participle = /^\p{L}\p{Ll}+ed$/u.test(tokens[i]?.text ?? '') && PREPOSITIONS.has(tokens[i + 1]?.lower ?? '');
  if (PREPOSITIONS.has(tokens[i]?.lower ?? '') || /^\p{L}\p{Ll}*ing$/u.test(tokens[i]?.text ?? '') || participle) {
    // "During a speech earlier in the day, Trump attacked …": the subject follows the adjunct's comma.
    let c = i + 1;
    // (", as well as …," goes on with the adjunct.)
    const goesOn = (k: number): boolean =>
      tokens[k + 1]?.lower === 'as' && tokens[k + 2]?.lower === 'well' && tokens[k + 3]?.lower === 'as';
    while (c < before && (tokens[c]!.text !== ',' || goesOn(c))) c++;
    if (c >= before) return undefined;
    i = skipConnectives(tokens, c + 1, before);
  }
  let np = phraseAfter(tokens, i, before);
  if (!np) return undefined;
  // "Caddell went on to …": a lower-case word after a name is the verb, not part of the name.
  for (let j = np.from + 1; j < np.headEnd; j++) {
    // ("Republican nominee Donald Trump": a lower-case word before a name is a title, not a verb.)
    // ("The bottom line": a capitalised determiner opens a phrase, it is no name.)
    if (
      /^\p{Lu}/u.test(tokens[j - 1]!.text) &&
      !DETERMINERS.has(tokens[j - 1]!.lower) &&
      /^\p{Ll}+$/u.test(tokens[j]!.text) &&
      !NAME_PARTICLES.has(tokens[j]!.lower) &&
      !titleBeforeName(tokens, j)
    ) {
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

/** The noun phrase opening the sentence when it names evidence and no other verb stands between it and the cue at `first`. */
export function evidenceSubject(text: string, tokens: readonly Token[], first: number): SpeakerPhrase | undefined {
  const np = phraseAfter(tokens, skipConnectives(tokens, 0, first), first);
  if (!np || np.pronoun) return undefined;
  const subject = speakerOf(tokens, np);
  if (!isEvidence(text, subject)) return undefined;
  if (verbBetween(tokens, np.to, first)) return undefined;
  return speakerOf(tokens, np, first);
}

/** Whether a speaker phrase names a document, poll or other evidence ("leaked documents", "the latest poll"). */
export function isEvidence(text: string, speaker: SpeakerPhrase): boolean {
  const words = text
    .slice(speaker.head.start, speaker.head.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return EVIDENCE_NOUNS.has(words[words.length - 1] ?? '');
}
