import type { StatementEvidence } from '../../core/types.js';
import type { Token } from '../text/tokens.js';
import { isNominal, phraseAfter } from './chunk.js';
import { isAdverb, opensDuration, type CueHit } from './cues.js';
import type { DocView, SentenceView } from './document.js';
import { AS_FRAME, CLAUSAL_VERBS, cueForms } from './lexicon.js';
import { closingQuoteAt, isClauseEnd, isCloseMark, isDash, isOpenMark, openingQuoteAt, DASHES, trimRange, type Range } from './marks.js';
import { quoteAround, quoteOpeningAt, type Quote } from './quotes.js';
import { ADJUNCT_STARTERS, DETERMINERS, NEGATIONS, PREPOSITIONS, TIME_NOUNS, WEEKDAYS } from './words.js';

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
export function contentBefore(
  view: DocView,
  s: SentenceView,
  at: number,
  { midClause = false }: { midClause?: boolean } = {},
): { content: Range; direct: boolean } | undefined {
  const tokens = s.tokens;
  // "…, as police have said": an "as" after the comma belongs to the attribution.
  if (tokens[at - 1]?.lower === 'as' && tokens[at - 2]?.text === ',') at--;
  const b = tokens[at - 1];
  if (!b) return undefined;
  const from = afterLoneDash(view, tokens, at) ?? regionStart(view, s);
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
    // The quotation is the content when it opens the clause or follows a colon: "…: “…,” reads one".
    const startsRegion = quote.start <= from || /^\s*$|:\s*$/.test(view.text.slice(from, quote.start));
    if (startsRegion) return { content: { start: quote.start, end: quote.end }, direct: true };
  }
  const content = trimRange(view.text, from, end);
  if (content.end - content.start < 3) return undefined;
  // "Claiming the count was rigged, Kaine asked …": the opening participle is a cue of its own.
  const opener = tokens[0];
  if (opener && opener.start === content.start && /ing$/.test(opener.lower) && cueForms(opener.lower).some((f) => f.form === 'ing'))
    return undefined;
  // "As a phone rang, the announcer said …": a short adverbial clause is not what was said (but in
  // "If prices fall, he said, farms will close" the attribution sits inside the clause it reports).
  const words = view.text.slice(content.start, content.end).split(/\s+/);
  if (!midClause && words.length < 8 && INTRODUCERS.has(words[0]!.toLowerCase())) return undefined;
  // "After the mayor said the plant would close, workers protested": a subordinate clause alone is no one's
  // statement; the attribution inside it is read on its own.
  if (!midClause && subordinateOnly(view, tokens, content)) return undefined;
  return { content, direct: false };
}

/** Words after a subordinator that make it a preposition or an adverb: "because of", "after all", "since then". */
const NOT_CLAUSE = new Set(['of', 'all', 'then', 'that', 'now', 'so']);

/** A content that is one subordinate clause, no main clause after it: opened by a subordinator, with no comma outside quotation marks. */
function subordinateOnly(view: DocView, tokens: readonly Token[], content: Range): boolean {
  const first = tokens.findIndex((t) => t.start === content.start);
  const next = tokens[first + 1];
  // "Since 2010 prices have doubled, he said": a date makes it a preposition.
  const opener = tokens[first]?.lower ?? '';
  if (!SUBORDINATORS.has(opener) || opener === 'even' || !next || NOT_CLAUSE.has(next.lower) || /^\d/.test(next.text)) return false;
  for (let j = first + 1; j < tokens.length && tokens[j]!.start < content.end; j++) {
    const t = tokens[j]!;
    if ((t.text === ',' || t.text === ';' || DASHES.has(t.text)) && !quoteAround(view.doubles, t.start)) return false;
  }
  return true;
}

/** "Amazon is finding success — it had 100, according to X": after a lone dash, only the clause after it is attributed. */
function afterLoneDash(view: DocView, tokens: readonly Token[], at: number): number | undefined {
  let last = -1;
  let count = 0;
  for (let j = 0; j < at - 1; j++) {
    if (!isDash(tokens, j) || quoteAround(view.doubles, tokens[j]!.start)) continue;
    if (tokens[j + 1]?.text === '-' && isDash(tokens, j + 1)) j++;
    count++;
    last = j;
  }
  return count % 2 === 1 ? tokens[last]!.end : undefined;
}

const INTRODUCERS = new Set([
  ...PREPOSITIONS,
  'as',
  'when',
  'while',
  'if',
  'because',
  'since',
  'although',
  'though',
  'until',
  'once',
  'speaking',
  'asked',
  'later',
  'earlier',
  'meanwhile',
  'separately',
  'still',
  'however',
  'yet',
]);

const NO_CONTENT = /^(?:\p{Ll}+(?:ed|ly)|too|best|well|more|less|again|either|instead)$/u;

const PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);

/** A closed quotation after a colon in the clause from token `start`: "summed up the journey: “…”". */
function quoteAfterColon(view: DocView, tokens: readonly Token[], start: number): Range | undefined {
  for (let j = start + 1; j < tokens.length - 1 && j < start + 60; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || isClauseEnd(t) || openingQuoteAt(view, t)) return undefined;
    if (t.text !== ':') continue;
    const q = openingQuoteAt(view, tokens[j + 1]);
    return q && q.closed ? { start: q.start, end: q.end } : undefined;
  }
  return undefined;
}

/** What marks a content after its cue (StatementEvidence.complement). */
export type Complement = StatementEvidence['complement'];

export interface ContentAfter {
  content: Range;
  direct: boolean;
  complement: Complement;
}

/** The marker a token opens a content with, if any: a quotation, "that" or a wh-word, a to-infinitive, a preposition. */
function markerAt(view: DocView, tokens: readonly Token[], k: number, entry: CueHit['entry']): Complement | undefined {
  const t = tokens[k]!;
  if (openingQuoteAt(view, t)) return 'quote';
  if (CONTENT_MARKERS.has(t.lower) && !demonstrative(tokens, k)) return 'that';
  if (entry.infinitive && t.lower === 'to') return 'infinitive';
  if (entry.markers.includes(t.lower)) return 'preposition';
  return undefined;
}

/** Words after which "that" + a noun is a whole noun phrase: "declined that assignment and …". */
const PHRASE_ENDS = new Set(['and', 'or', 'but', 'as']);

/** "that" as a determiner of a one-word noun phrase, not a clause marker: "declined that assignment and has since left". */
function demonstrative(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'that') return false;
  const noun = tokens[k + 1];
  const after = tokens[k + 2];
  // (A determiner "that" takes a singular noun: "that assignment", not "that prices".)
  if (
    !noun ||
    !/^\p{Ll}+$/u.test(noun.text) ||
    /s$/.test(noun.lower) ||
    looksFinite(noun) ||
    DETERMINERS.has(noun.lower) ||
    SUBJECTS.has(noun.lower)
  )
    return false;
  return after === undefined || /^[,;.:!?)]$/.test(after.text) || PHRASE_ENDS.has(after.lower);
}

/**
 * "insisted, in an interview on Monday, that …": an aside set off by commas between the cue and its "that"-clause (no
 * verb, no quotation in it). The index of the "that", or undefined.
 */
function thatAfterAside(view: DocView, tokens: readonly Token[], comma: number): number | undefined {
  if (!/^\p{Ll}+$/u.test(tokens[comma + 1]?.text ?? '')) return undefined;
  for (let j = comma + 2; j < tokens.length - 1 && j <= comma + 14; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return tokens[j + 1]!.lower === 'that' && !quoteAround(view.doubles, t.start) ? j + 1 : undefined;
    if (isClauseEnd(t) || isOpenMark(t) || t.text === ':' || t.lower === 'that' || (/^\p{Ll}/u.test(t.text) && looksFinite(t)))
      return undefined;
  }
  return undefined;
}

/** Content that follows a cue: "(that) …", a recipient then content, a colon or a quotation. */
export function contentAfter(view: DocView, s: SentenceView, hit: CueHit): ContentAfter | undefined {
  const tokens = s.tokens;
  const n = tokens.length;
  const entry = hit.entry;
  let k = hit.last;
  let colon = false;
  if (tokens[k]?.text === ':') {
    k++;
    colon = true;
  } else if (tokens[k]?.text === ',' && isOpenMark(tokens[k + 1])) k++;
  else if (tokens[k]?.text === ',') k = thatAfterAside(view, tokens, k) ?? k;
  if (k >= n || isClauseEnd(tokens[k])) return colon ? nextParagraphContent(view, s) : undefined;
  let start = -1;
  let complement: Complement | undefined = colon ? 'colon' : undefined;
  const first = tokens[k]!;
  const opening = markerAt(view, tokens, k, entry);
  // "protested after the mayor said the plant would close": an adverbial clause with its own subject and verb says
  // when or why the cue happened; what follows in it belongs to that clause's verb, not to this cue.
  if (!opening && ADVERBIAL_CLAUSE_OPENERS.has(first.lower) && adverbialClause(tokens, k + 1)) return undefined;
  if (opening) {
    start = k;
    complement ??= opening;
  } else if (
    entry.recipient ||
    ADJUNCT_STARTERS.has(first.lower) ||
    WEEKDAYS.has(first.lower) ||
    isAdverb(first.lower) ||
    (first.lower === 'for' && opensDuration(tokens, k + 1))
  ) {
    // "said after the meeting he would not accept it if …": a clause right after the adjunct is the content.
    const clauseAt = entry.recipient ? undefined : afterAdjunct(tokens, k);
    if (clauseAt !== undefined && startsClause(tokens, clauseAt, { infinitive: entry.infinitive })) {
      start = clauseAt;
      complement ??= 'clause';
    }
    for (let j = k; start < 0 && j < n && j < k + 16; j++) {
      const t = tokens[j]!;
      if (t.text === '.' || t.text === ';') break;
      // A quotation marks the content only where a clause could start: "told reporters: “…”", not "called it a “crisis”".
      const quoteStarts = openingQuoteAt(view, t) && (j === k || /^[,:]$/.test(tokens[j - 1]!.text));
      // "proposed jointly owned drones and other equipment that could supplement …": a "that" right before a
      // finite verb is a relative pronoun inside the object, not the start of a reported clause.
      if (t.lower === 'that' && j > k && FINITE_AUXILIARIES.has(tokens[j + 1]?.lower ?? '') && isNominal(tokens[j - 1]!)) continue;
      if (quoteStarts || CONTENT_MARKERS.has(t.lower)) {
        start = j;
        complement ??= quoteStarts ? 'quote' : 'that';
        break;
      }
      if (t.text === ':') {
        start = j + 1;
        complement = 'colon';
        break;
      }
      if (t.lower === 'to' && entry.recipient && j > k) {
        // "told his advisers to act": the recipient belongs to the content.
        start = k;
        complement ??= 'infinitive';
        break;
      }
    }
    if (start < 0) {
      if (entry.recipient) {
        const np = phraseAfter(tokens, k);
        // "promises it will …", "we're told they have …": a subject pronoun and a verb start the content, not a recipient.
        const subject = np?.pronoun && SUBJECTS.has(tokens[k]!.lower) && looksFinite(tokens[np.to] ?? tokens[k]!);
        start = np && !subject ? np.to : k;
        if (tokens[start]?.text === ',') start++;
      } else start = k;
    }
  } else {
    start = k;
  }
  if (start >= n || isClauseEnd(tokens[start])) return undefined;
  // "told a dispatcher before police arrived": after a recipient, an adverbial clause is when it was said, not what.
  if (entry.recipient && start > k && ADVERBIAL_OPENERS.has(tokens[start]!.lower)) return undefined;
  // "said according to a transcript": the source of the report, not what was said.
  if (tokens[start]!.lower === 'according' && tokens[start + 1]?.lower === 'to') return undefined;
  const marker = complement !== undefined;
  const quote = openingQuoteAt(view, tokens[start]);
  if (entry.speechOnly && !quote && !colon) return undefined;
  // A clause without "that" is enough after a verb form that cannot be a noun ("hoped utilities would …", not "the state Florida is …").
  const verbal = !(entry.nounLike && (hit.form === 'base' || hit.form === 's'));
  // "the McKinley plan is linear": a finite verb right after a noun-like form shows it was the noun.
  if (!verbal && !marker && !hit.framed && tokens[start]!.text === ',') return undefined;
  // "Everything Trump says is a lie": a finite verb right after the cue shows the cue sat in a relative clause.
  if (!marker && FINITE_AUXILIARIES.has(tokens[start]!.lower)) return undefined;
  const labelled = !marker && AS_FRAME.has(entry.verb) && asFollows(tokens, start);
  // ("The company promises it will …": a subject pronoun after a noun-like form shows the verb.)
  const clause = !marker && (verbal || SUBJECTS.has(tokens[start]!.lower)) && startsClause(tokens, start, { infinitive: entry.infinitive });
  if (hit.needsMarker && !marker && !labelled && !clause) return undefined;
  // "The guarantees Russia wants from the US": a stance verb in a relative clause, not a statement; and
  // "the US state of Ohio": a noun-like form before a preposition is the noun.
  if ((entry.infinitive || !verbal) && !marker && PREPOSITIONS.has(tokens[start]!.lower)) return undefined;
  // "a well thought out plan", "made up": a particle the lexicon does not list makes another verb.
  if (!marker && PARTICLES.has(tokens[start]!.lower)) return undefined;
  if (entry.label && !marker && !hasLabel(view, tokens, start)) return undefined;
  if (entry.objectTo && (marker || !objectThenTo(tokens, start))) return undefined;
  complement ??= labelled || entry.label ? 'label' : clause || CLAUSAL_VERBS.has(entry.verb) ? 'clause' : 'object';
  if (quote && quote.closed && !(complement === 'quote' && quotedWordsRunOn(view, tokens, quote)))
    return { content: { start: quote.start, end: quote.end }, direct: true, complement: colon ? 'colon' : 'quote' };
  // "we want to, but …": a to-infinitive without its verb.
  if (complement === 'infinitive' && tokens[start]!.lower === 'to' && !/^\p{Ll}+$/u.test(tokens[start + 1]?.text ?? '')) return undefined;
  // "he knows best", "it wants passed": a lone adverb or participle is no content (but "vowed consequences" is).
  if (
    !marker &&
    (start + 1 >= n || isClauseEnd(tokens[start + 1]) || /^[,;]$/.test(tokens[start + 1]!.text)) &&
    NO_CONTENT.test(tokens[start]!.text)
  )
    return undefined;
  // "summed up the journey: “…”": a quotation after a colon in the clause is what was said.
  const colonQuote = marker ? undefined : quoteAfterColon(view, tokens, start);
  if (colonQuote) return { content: colonQuote, direct: true, complement: 'colon' };
  let end = Math.min(clauseEnd(view, tokens, start) ?? s.end, frontedClauseEnd(view, tokens, hit.first, start) ?? s.end);
  // (A label runs past adjuncts to its end: "called it a common ailment during long campaigns".)
  if (!marker && complement !== 'label' && !CLAUSAL_VERBS.has(entry.verb)) end = Math.min(end, objectEnd(view, tokens, start) ?? end);
  const open = quoteAround(view.doubles, s.end - 1);
  if (end === s.end && open && open.start >= tokens[start]!.start && open.end > s.end) end = open.end;
  // "expressed deep concern about the policy": the attitude named after a light verb belongs to the cue.
  if (!marker && LIGHT_VERBS.has(entry.verb)) start = afterAttitude(tokens, start) ?? start;
  const content = trimRange(view.text, tokens[start]!.start, end);
  if (content.end <= content.start) return undefined;
  return { content, direct: false, complement };
}

/** Conjunctions that open a clause of time or cause (not "when"/"as", which also open what was said or a label). */
const ADVERBIAL_CLAUSE_OPENERS = new Set(['before', 'after', 'while', 'because', 'since', 'although', 'though', 'until', 'unless', 'once']);
const ADVERBIAL_OPENERS = new Set(['before', 'after', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'unless', 'as']);

const LIGHT_VERBS = new Set(['express', 'voice', 'raise']);
const ATTITUDE_PREPOSITIONS = new Set(['about', 'over', 'regarding']);

/** After "deep concern", "misgivings", "questions" and "about"/"over": where the matter of the attitude starts. */
function afterAttitude(tokens: readonly Token[], start: number): number | undefined {
  for (let j = start; j < tokens.length - 1 && j < start + 4; j++) {
    const t = tokens[j]!;
    if (ATTITUDE_PREPOSITIONS.has(t.lower)) return j > start ? j + 1 : undefined;
    if (!/^\p{Ll}+$/u.test(t.text) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || looksFinite(t)) return undefined;
  }
  return undefined;
}

/**
 * "reported “2,521 shooting incidents” in the city", "said “budget reforms” and new taxes would pay": a
 * quoted phrase with no closing punctuation of its own, followed by more words of the clause, is part of
 * the content, not all of it. A following adverb or second verb ("“lone wolves” and describe …") ends it.
 */
function quotedWordsRunOn(view: DocView, tokens: readonly Token[], quote: Quote): boolean {
  if (/[.,!?;:…]\s*$/.test(view.text.slice(quote.start + 1, quote.end - 1))) return false;
  const next = tokens.findIndex((t) => t.start >= quote.end);
  const t = tokens[next];
  if (!t || !/^\p{Ll}+$/u.test(t.text) || isAdverb(t.lower) || opensAdjunct(tokens, next)) return false;
  if (t.lower === 'and' || t.lower === 'or') {
    const u = tokens[next + 1];
    return u !== undefined && (isOpenMark(u) || DETERMINERS.has(u.lower) || /^\p{Lu}/u.test(u.text));
  }
  return true;
}

/** The token after an adjunct phrase opening at `k` ("after the convention", "on Tuesday", "last week"), if it is one. */
function afterAdjunct(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k]!;
  if (WEEKDAYS.has(t.lower)) return TIME_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if (!PREPOSITIONS.has(t.lower) && !ADJUNCT_STARTERS.has(t.lower)) return undefined;
  if (WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) return afterAdjunct(tokens, k + 1);
  const np = phraseAfter(tokens, k + 1);
  return np && !np.pronoun ? np.to : undefined;
}

/** "after the mayor said …", "because she had left": a subject, then a finite verb (after any auxiliaries and adverbs). */
function adverbialClause(tokens: readonly Token[], start: number): boolean {
  const np = phraseAfter(tokens, start);
  if (!np) return false;
  const finite = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text) && looksFinite(t);
  // (The phrase reader takes "the mayor said" as one noun phrase: a finite form inside it is the verb.)
  for (let j = np.from + 1; j < np.to; j++) if (finite(tokens[j])) return true;
  let j = np.to;
  while (j < tokens.length && (isAdverb(tokens[j]!.lower) || NEGATIONS.has(tokens[j]!.lower))) j++;
  return finite(tokens[j]);
}

/**
 * Whether a clause without "that" starts at `start`: a subject then a finite verb ("hoped utilities
 * would …", "felt the FBI was …"), or, after a verb taking a to-infinitive, an object then "to"
 * ("expect Clinton to win").
 */
function startsClause(tokens: readonly Token[], start: number, { infinitive }: { infinitive: boolean }): boolean {
  const np = phraseAfter(tokens, start);
  if (!np) return false;
  let j = np.to;
  while (j < tokens.length && (isAdverb(tokens[j]!.lower) || NEGATIONS.has(tokens[j]!.lower))) j++;
  const verb = tokens[j];
  if (!verb) return false;
  if (infinitive && verb.lower === 'to') return true;
  if (FINITE_AUXILIARIES.has(verb.lower) || IRREGULAR_PAST.has(verb.lower) || /^\p{Ll}+ed$/u.test(verb.text)) return true;
  // "found he took …", "show Clinton leads …": after a subject pronoun or a name, a plain lower-case word is the verb.
  if (
    !/^\p{Ll}+$/u.test(verb.text) ||
    PREPOSITIONS.has(verb.lower) ||
    CONTENT_MARKERS.has(verb.lower) ||
    verb.lower === 'and' ||
    verb.lower === 'or'
  )
    return false;
  const subject = tokens[np.from]!;
  return (np.pronoun && SUBJECTS.has(subject.lower)) || (/^\p{Lu}/u.test(subject.text) && /[^s]s$/.test(verb.lower));
}

/** A lower-case finite verb form: an auxiliary, a common irregular past or an -ed form. */
export function looksFinite(t: Token): boolean {
  return FINITE_AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /^\p{Ll}+ed$/u.test(t.text);
}

const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const SUBJECT_WORDS = new Set([...SUBJECTS, 'you', 'the', 'this', 'these', 'those']);
const IRREGULAR_PAST = new Set([
  'took',
  'made',
  'said',
  'gave',
  'got',
  'went',
  'came',
  'knew',
  'thought',
  'told',
  'found',
  'saw',
  'became',
  'left',
  'felt',
  'kept',
  'held',
  'brought',
  'began',
  'ran',
  'won',
  'lost',
  'paid',
  'met',
  'sent',
  'built',
  'spent',
  'meant',
  'led',
  'fell',
  'grew',
  'rose',
  'broke',
  'chose',
  'drove',
  'wrote',
  'stood',
  'understood',
  'sought',
  'taught',
  'bought',
  'fought',
  'caught',
]);

const FINITE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  "'s",
  "'re",
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'does',
  'do',
  'did',
  "'ll",
  "'d",
  'wo',
  'ca',
]);

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

/** "compared the levy to a tax": a noun phrase, then "to" and another noun phrase, within a few words. */
function objectThenTo(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.lower === 'to') return false;
  for (let j = start + 1; j < tokens.length - 1 && j <= start + 6; j++) {
    const t = tokens[j]!;
    if (t.lower === 'to') return phraseAfter(tokens, j + 1) !== undefined;
    if (/^[,.;:!?]$/.test(t.text) || looksFinite(t) || CONTENT_MARKERS.has(t.lower)) return false;
  }
  return false;
}

/** Prepositions inside an object before its label: "called half of the voters “deplorables”". */
const LABEL_INNER = new Set(['of', 'in', 'on', 'for', 'from', 'with']);

const LABEL_OBJECTS = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those']);
const LABEL_PARTICLES = new Set(['off', 'up', 'back', 'out', 'over', 'down', 'away', 'on', 'to', 'for', 'into', 'at', 'and', 'or', 'but']);

const LABEL_BLOCKERS = new Set(['a', 'an', 'for', 'on', 'off', 'in', 'up', 'back', 'to', 'out', 'at', 'by', 'from', 'into', 'about']);

/** "called the plan a mistake", "called Clinton a “champion”", "called the charges unsubstantiated": object then label. */
function hasLabel(view: DocView, tokens: readonly Token[], start: number): boolean {
  const first = tokens[start];
  if (!first || LABEL_BLOCKERS.has(first.lower) || !/^\p{L}/u.test(first.text)) return false;
  // "called it unacceptable", "calling it in violation of …": after a pronoun object anything but a particle is the label.
  const next = tokens[start + 1];
  if (LABEL_OBJECTS.has(first.lower) && next && /^\p{L}/u.test(next.text) && !LABEL_PARTICLES.has(next.lower)) return true;
  if (adjectiveLabel(tokens, start)) return true;
  for (let j = start + 1; j < tokens.length && j < start + 12; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ':') break;
    // "called for …", "called him to …": a preposition right after the object is no label.
    if (PREPOSITIONS.has(t.lower) && ((j === start + 1 && t.lower !== 'of') || !LABEL_INNER.has(t.lower))) return false;
    if (t.lower === 'a' || t.lower === 'an' || openingQuoteAt(view, t)) return true;
  }
  return false;
}

/** Adjectives a label is often made of, and the endings of many more. */
const LABEL_ADJECTIVES = new Set([
  'false',
  'true',
  'wrong',
  'untrue',
  'absurd',
  'unfair',
  'illegal',
  'racist',
  'sexist',
  'bogus',
  'fake',
  'premature',
  'inappropriate',
  'unconstitutional',
  'inaccurate',
  'misleading',
  'insane',
  'crazy',
  'silly',
  'stupid',
  'dumb',
  'weak',
  'unfit',
]);
const ADJECTIVE_ENDING = /^\p{Ll}{3,}(?:ous|ful|ive|able|ible|less)$|^\p{Ll}{4,}ted$/u;

/**
 * "called the charges false", "called the claims unsubstantiated and fabricated": a determiner, a noun and an
 * adjective that ends the clause (or is joined to another by "and"/"or"). "called the number listed on the site"
 * goes on after the participle and is no label.
 */
function adjectiveLabel(tokens: readonly Token[], start: number): boolean {
  if (!DETERMINERS.has(tokens[start]!.lower) && !/^\p{Lu}/u.test(tokens[start]!.text)) return false;
  for (let j = start + 2; j < tokens.length && j < start + 8; j++) {
    const t = tokens[j]!;
    if (!/^[\p{L}-]+$/u.test(t.text) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (!LABEL_ADJECTIVES.has(t.lower) && !ADJECTIVE_ENDING.test(t.text)) continue;
    const next = tokens[j + 1];
    return next === undefined || isClauseEnd(next) || /^[,;]$/.test(next.text) || next.lower === 'and' || next.lower === 'or';
  }
  return false;
}

/** Words after a comma that start a comment on a noun-phrase complement rather than continue it. */
const NOT_PARTICIPLES = new Set([
  'including',
  'according',
  'regarding',
  'concerning',
  'during',
  'notwithstanding',
  'something',
  'nothing',
  'anything',
  'everything',
]);
const RELATIVES = new Set(['who', 'whose', 'which']);
const OBJECT_BREAKS = new Set([
  'which',
  'who',
  'whose',
  'where',
  'when',
  'while',
  'as',
  'after',
  'before',
  'since',
  'because',
  'although',
  'though',
  'but',
  'yet',
  'not',
  'and',
  'with',
  'the',
  'a',
  'an',
  'another',
  'on',
  'in',
  'at',
  'during',
  'for',
  'from',
  'then',
  'even',
  'despite',
]);

/**
 * Where a noun-phrase complement ends: at a comma outside quotations that opens a comment or a new
 * clause ("praised the plan, which …", "endorsed Clinton on Thursday, another example of …"), not at
 * the commas of a list or an appositive name ("the Middle East, China and elsewhere", "Tulsa, Okla.").
 */
function objectEnd(view: DocView, tokens: readonly Token[], start: number): number | undefined {
  let relative = false;
  for (let j = start + 1; j < tokens.length - 1; j++) {
    const t = tokens[j]!;
    // "sought guarantees that the plan, which …, will fail": the object holds a clause; it runs on.
    if (t.lower === 'that') return undefined;
    // "declined the assignment and has since left": a second verb phrase after "and" is not part of the object.
    if (t.lower === 'who' || t.lower === 'which') relative = true;
    if (!relative && j >= start + 1 && opensAdjunct(tokens, j) && !quoteAround(view.doubles, t.start)) return tokens[j - 1]!.end;
    if ((t.lower === 'and' || t.lower === 'but') && j >= start + 2 && !relative && !quoteAround(view.doubles, t.start)) {
      // ("praised the plan but also had to …": adverbs may come between.)
      let k = j + 1;
      while (k < tokens.length - 1 && isAdverb(tokens[k]!.lower)) k++;
      const v = tokens[k]!;
      if (
        FINITE_AUXILIARIES.has(v.lower) ||
        IRREGULAR_PAST.has(v.lower) ||
        (/^\p{Ll}+ed$/u.test(v.text) && !/^\p{Ll}+ed$/u.test(tokens[j - 1]!.text))
      )
        return tokens[j - 1]!.end;
    }
    if (t.text !== ',' || quoteAround(view.doubles, t.start)) continue;
    // "endorsed Trump, who …": a relative clause after the object is the writer's, however short the object;
    // but in "accused X, who …, of Y" the object goes on after it.
    if (RELATIVES.has(tokens[j + 1]!.lower)) {
      const close = tokens.findIndex((u, k) => k > j + 1 && u.text === ',' && !quoteAround(view.doubles, u.start));
      if (close > 0 && OBJECT_GOES_ON.has(tokens[close + 1]?.lower ?? '')) {
        j = close;
        continue;
      }
      return t.start;
    }
    // "The report, citing officials in the region, said …": a finite verb after the comma belongs to the main clause.
    if (/^\p{Ll}/u.test(tokens[j + 1]!.text) && looksFinite(tokens[j + 1]!) && !/ed$/.test(tokens[j + 1]!.lower)) return t.start;
    if (j < start + 2) continue;
    const next = tokens[j + 1]!;
    if (OBJECT_BREAKS.has(next.text) || (/^\p{Ll}+ing$/u.test(next.text) && !NOT_PARTICIPLES.has(next.text))) return t.start;
  }
  return undefined;
}

/** Prepositions that carry on an object after a relative clause: "accused X, who …, of having been slow". */
const OBJECT_GOES_ON = new Set(['of', 'for', 'on']);

/** Prepositions that open an adjunct of the reporting act rather than a modifier of its object. */
const ADJUNCT_PREPOSITIONS = new Set(['during', 'amid', 'amidst', 'after', 'before', 'since', 'while', 'when', 'because', 'despite']);
/** Nouns after "in a …" that name the channel of a statement: "attacked her in a tweet". */
const CHANNELS = new Set([
  'statement',
  'statements',
  'interview',
  'interviews',
  'speech',
  'speeches',
  'tweet',
  'tweets',
  'post',
  'posts',
  'letter',
  'ruling',
  'op-ed',
  'editorial',
  'column',
  'video',
  'message',
  'memo',
  'radio',
  'television',
  'debate',
  'press',
  'news',
  'rally',
  'hearing',
  'filing',
  'report',
  'appearance',
  'email',
  'emails',
  'remarks',
  'briefing',
  'article',
  'articles',
  'essay',
  'book',
  'podcast',
  'blog',
]);

/**
 * "criticized the plan during a visit", "praised her on Monday", "attacked him in early-morning tweets":
 * a time phrase or an adjunct of the speech act ends a noun-phrase complement.
 */
function opensAdjunct(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (ADJUNCT_PREPOSITIONS.has(t.lower)) return true;
  const next = tokens[j + 1];
  if (!next) return false;
  // "condemned the launch as Pyongyang fired three more": "as" opening a clause of its own.
  if (t.lower === 'as' && (SUBJECT_WORDS.has(next.lower) || /^\p{Lu}/u.test(next.text))) {
    for (let k = j + 2; k < tokens.length && k <= j + 4; k++) if (looksFinite(tokens[k]!)) return true;
  }
  if (WEEKDAYS.has(t.lower) || (t.lower === 'on' && WEEKDAYS.has(next.lower))) return true;
  if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier' || t.lower === 'later') && TIME_NOUNS.has(next.lower)) return true;
  // "endorsed one in July", "rejected the plan in 2014": a month or a year after "in".
  if (t.lower === 'in' && ((TIME_NOUNS.has(next.lower) && /^\p{Lu}/u.test(next.text)) || /^(?:1[89]|20)\d\d$/.test(next.text))) return true;
  if (t.lower === 'in' || t.lower === 'at' || t.lower === 'on') {
    // "in a statement", "in early-morning tweets", "at a rally", "on Twitter" (a short phrase whose head is a channel).
    for (let k = j + 1; k < tokens.length && k <= j + 4; k++) {
      if (CHANNELS.has(tokens[k]!.lower)) return true;
      if (!/^[\p{L}-]+$/u.test(tokens[k]!.text)) break;
    }
  }
  return false;
}

const APPOSITIVE_OPENERS = new Set(['its', 'his', 'her', 'their', 'a', 'an', 'the']);

/** Whether tokens from `from` to the sentence's end (a few words at most) are a noun phrase: no verb, no clause, no quotation. */
function closingAppositive(tokens: readonly Token[], from: number): boolean {
  if (tokens.length - from > 16) return false;
  for (let k = from; k < tokens.length; k++) {
    // ("the presumed favorite": a participle right after the determiner is an adjective.)
    const verb = looksFinite(tokens[k]!) && !(k === from && /ed$/.test(tokens[k]!.lower));
    if (verb || tokens[k]!.lower === 'that' || isOpenMark(tokens[k])) return false;
  }
  return true;
}
const CLAUSE_BREAKS = new Set(['but', 'although', 'though', 'while', 'whereas']);

/**
 * Where reported content stops inside its sentence: at a semicolon, or a comma opening a contrast or a
 * comment of the writer's (", but …", ", although …", ", which …"), outside quotations.
 */
function clauseEnd(view: DocView, tokens: readonly Token[], start: number): number | undefined {
  // (Read once: the scan below may meet many commas in one long sentence.)
  let inThat: boolean | undefined;
  for (let j = start + 3; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'and' && tokens[j - 1]!.lower !== 'and' && !quoteAround(view.doubles, t.start) && startsAttribution(tokens, j + 1))
      return tokens[j - 1]!.end;
    // "… open more land to drilling ― probably not what they wanted": a lone dash opens the writer's aside.
    if (isDash(tokens, j) && !quoteAround(view.doubles, t.start) && !tokens.some((_, k) => k > j + 1 && isDash(tokens, k))) return t.start;
    // "… is “true,” but …": the comma before the contrast sits inside the closing quotation mark.
    if (isCloseMark(t) && tokens[j - 1]?.text === ',' && CLAUSE_BREAKS.has(tokens[j + 1]?.lower ?? '') && closingQuoteAt(view, t))
      return t.end;
    if (t.text !== ';' && t.text !== ',') continue;
    if (quoteAround(view.doubles, t.start)) continue;
    if (t.text === ';') return t.start;
    // "said it was lowering prices, its third such announcement since …": a closing appositive is the writer's.
    if (APPOSITIVE_OPENERS.has(tokens[j + 1]?.lower ?? '') && closingAppositive(tokens, j + 2)) return t.start;
    // "announced that it is lowering its forecast, and the downgrade is …": after a "that"-clause, a clause joined by
    // ", and" without a "that" of its own is the writer's (", and that …" goes on with the report). The same holds for
    // a content nested in the "that"-clause ("told me that we reveal our character …, and …").
    if (tokens[j + 1]?.lower === 'and' && (inThat ??= insideThat(tokens, start)) && opensWritersClause(tokens, j + 2)) return t.start;
    // "said that …, but that …": a second "that" after the contrast is a second clause of the same report.
    if (CLAUSE_BREAKS.has(tokens[j + 1]?.lower ?? '') && !(tokens[start]!.lower === 'that' && tokens[j + 2]?.lower === 'that'))
      return t.start;
    // "show Clinton ahead, with one average showing …", "wants to sign up voters, focusing on …": after a content
    // with no finite verb of its own, a closing participle clause is the writer's.
    if (!hasFiniteVerb(tokens, start, j) && closingParticiple(tokens, j + 1)) return t.start;
  }
  return undefined;
}

/** Words opening an adverbial clause put before the main clause: "While aides insisted that …, the campaign …". */
const SUBORDINATORS = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'if',
  'when',
  'whenever',
  'unless',
  'once',
  'since',
  'even',
  'after',
  'before',
  'until',
  'as',
]);
const SENTENCE_LEADS = new Set(['but', 'and', 'yet', 'so', 'still']);

/**
 * "While aides insisted that he would help, the campaign has …": an attribution inside a clause that
 * opens the sentence reports that clause only; its content ends at the comma where the main clause (a
 * subject and a finite verb) begins. Undefined when the cue is not in such a clause.
 */
function frontedClauseEnd(view: DocView, tokens: readonly Token[], cue: number, start: number): number | undefined {
  let i = 0;
  while (i < cue && (isOpenMark(tokens[i]) || SENTENCE_LEADS.has(tokens[i]!.lower))) i++;
  if (i >= cue || !SUBORDINATORS.has(tokens[i]!.lower)) return undefined;
  for (let j = i + 1; j < cue; j++) if (/^[,;:]$/.test(tokens[j]!.text) && !quoteAround(view.doubles, tokens[j]!.start)) return undefined;
  for (let j = start + 1; j < tokens.length - 2; j++) {
    const t = tokens[j]!;
    if (t.text !== ',' || quoteAround(view.doubles, t.start)) continue;
    if (opensMainClause(tokens, j + 1)) return t.start;
  }
  return undefined;
}

/** A subject and a finite verb from token `at`: "the campaign has …", "he did not …", "there would be …". */
function opensMainClause(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (first.lower === 'there' || first.lower === 'it') return looksFinite(tokens[at + 1] ?? first) && tokens[at + 1] !== undefined;
  if (RELATIVE_OPENERS.has(first.lower) || CONTENT_MARKERS.has(first.lower)) return false;
  const np = phraseAfter(tokens, at);
  if (!np) return false;
  // "auditors found a deficit": a past form read as the last noun of the phrase is its verb when more words follow.
  const last = tokens[np.to - 1]!;
  if (np.to - np.from >= 2 && np.to < tokens.length - 1 && /^\p{Ll}/u.test(last.text) && looksFinite(last)) return true;
  let k = np.to;
  while (k < tokens.length && (isAdverb(tokens[k]!.lower) || NEGATIONS.has(tokens[k]!.lower))) k++;
  const verb = tokens[k];
  return verb !== undefined && /^\p{Ll}/u.test(verb.text) && looksFinite(verb);
}

const RELATIVE_OPENERS = new Set(['who', 'whose', 'which', 'where', 'whom']);

/** Whether the content at `start` opens with, or sits in, a "that"-clause: a "that" at or before it in the sentence. */
function insideThat(tokens: readonly Token[], start: number): boolean {
  for (let k = start; k >= 0; k--) if (tokens[k]!.lower === 'that') return true;
  return false;
}

/** A main clause from token `at`, after any adverbs: "the downgrade is …", "apparently that's …". */
function opensWritersClause(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && isAdverb(tokens[k]!.lower)) k++;
  // ("that's", "this is": a demonstrative subject, not a clause marker.)
  if (/^(?:that|this)$/.test(tokens[k]?.lower ?? '') && FINITE_AUXILIARIES.has(tokens[k + 1]?.lower ?? '')) return true;
  if (/^(?:that|this|it|there)['’]s$/.test(tokens[k]?.lower ?? '')) return true;
  return opensMainClause(tokens, k);
}

const hasFiniteVerb = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.slice(from, to).some((t) => /^\p{Ll}/u.test(t.text) && looksFinite(t));

/** A participle (or "with" and a participle) opening the last clause of the sentence, after a comma at `at - 1`. */
function closingParticiple(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'with') {
    const np = phraseAfter(tokens, k + 1);
    if (!np) return false;
    k = np.to;
  }
  const t = tokens[k];
  if (!t || !/^\p{Ll}+ing$/u.test(t.text) || NOT_PARTICIPLES.has(t.lower)) return false;
  // (A participle of saying opens an attribution of its own: ", adding that …".)
  if (k === at && cueForms(t.lower).some((f) => f.form === 'ing')) return false;
  for (let j = k + 1; j < tokens.length; j++) if (looksFinite(tokens[j]!) || isOpenMark(tokens[j]) || tokens[j]!.text === ';') return false;
  return true;
}

/**
 * "…and warned …", "…and Democrats accused …": a reporting verb after "and", on its own or after a new
 * subject, opens an attribution of its own.
 */
function startsAttribution(tokens: readonly Token[], at: number): boolean {
  let j = at;
  while (j < tokens.length && isAdverb(tokens[j]!.lower)) j++;
  const t = tokens[j];
  if (!t) return false;
  const finite = (w: Token | undefined, { speech }: { speech: boolean }): boolean =>
    w !== undefined &&
    cueForms(w.lower).some((f) => (f.form === 'past' || f.form === 's' || f.form === 'part') && (!speech || f.entry.inverted));
  // Without a new subject only a verb of saying opens a new statement: "…and warned …", not "…and refused to stop".
  if (finite(t, { speech: true })) return true;
  // "to accuse the campaign of lying and encourage voters to …": a second bare reporting verb (one that is no noun)
  // with its own object or clause.
  const bare = cueForms(t.lower).some((f) => f.form === 'base' && !f.entry.nounLike);
  const after = tokens[j + 1];
  if (bare && after && (DETERMINERS.has(after.lower) || CONTENT_MARKERS.has(after.lower) || OBJECT_WORDS.has(after.lower))) return true;
  // "… and we're told they have …": a pronoun and "be" in one token before a passive verb of telling.
  if (/^(?:we|you|they)'re$/.test(t.lower) && finite(tokens[j + 1], { speech: false })) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const np = phraseAfter(tokens, j);
  if (!np) return false;
  let k = np.to;
  while (k < tokens.length && isAdverb(tokens[k]!.lower)) k++;
  return finite(tokens[k], { speech: false });
}

const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'his', 'their', 'its', 'our', 'my', 'your']);

/** Where a clause that runs on from token `from` stops inside its sentence (see clauseEnd). */
export function clauseBoundary(view: DocView, tokens: readonly Token[], from: number): number | undefined {
  return clauseEnd(view, tokens, from);
}

/** "Caddell continued:" at the end of a paragraph: the next paragraph (or the quotation opening it) is the content. */
export function nextParagraphContent(view: DocView, s: SentenceView): ContentAfter | undefined {
  const next = view.sentences[s.index + 1];
  if (!next) return undefined;
  const q = quoteOpeningAt(view.doubles, next.start);
  if (q) return { content: { start: q.start, end: q.end }, direct: true, complement: 'colon' };
  const p = view.paragraphs[view.paragraphOfSentence[next.index]!]!;
  const content = trimRange(view.text, p.start, p.end);
  return content.end > content.start ? { content, direct: false, complement: 'colon' } : undefined;
}

/**
 * After "“…,” said X" the same statement goes on when a quotation follows in the sentence (", “…”") or
 * opens the next sentence of the paragraph, and that quotation ends its sentence (else it has its own cue).
 */
export function continuation(view: DocView, s: SentenceView, after: number): number | undefined {
  const tokens = s.tokens;
  for (let j = after; j < tokens.length; j++) {
    if (tokens[j]!.text !== ',') continue;
    // "“…,” he said, but “…”": a conjunction may join the two parts of the quotation.
    const joined = /^(?:but|and)$/.test(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    const q = openingQuoteAt(view, tokens[joined]);
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
