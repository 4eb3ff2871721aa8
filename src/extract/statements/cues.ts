import type { Token } from '../text/tokens.js';
import { adjectiveCue, cueForms, emotionCue, type CueEntry, type VerbForm } from './lexicon.js';
import {
  AUXILIARIES,
  DETERMINERS,
  FLOATING_QUANTIFIERS,
  GROUP_ADVERBS,
  ING_LEADS,
  NEGATIONS,
  PREPOSITIONS,
  TIME_NOUNS,
  UNMARKED_PLURALS,
  WEEKDAYS,
} from './words.js';

/** A reporting cue found in a sentence: token indices are into that sentence's tokens. */
export interface CueHit {
  entry: CueEntry;
  form: VerbForm | 'phrase';
  /** First token of the verb group (auxiliaries and adverbs before the verb included). */
  first: number;
  /** The verb token (or "according"). */
  verb: number;
  /** Token index after the cue (after any particle). */
  last: number;
  /** "was warned", "is expected": a passive participle. */
  passive: boolean;
  /** Only a cue when a clause marker (that, a quotation, a colon, a wh-word) follows. */
  needsMarker: boolean;
  /** "As the report notes, …": set in a reporting frame, so a noun-like form is the verb. */
  framed?: boolean;
  /** A participle opening the sentence: "Claiming …, Trump told …". */
  opening?: boolean;
  /** What the verb group says of the report: made, denied ("did not say"), to come ("will announce") or hypothetical ("might have suggested"). */
  modality: Modality;
}

export type Modality = 'real' | 'negated' | 'future' | 'hypothetical';

export const ACCORDING_TO: CueEntry = {
  lemma: 'according to',
  type: 'assertion',
  kind: 'speech',
  verb: 'according',
  particle: ['to'],
  inverted: false,
  recipient: false,
  clauseOnly: false,
  namedObject: false,
  speechOnly: false,
  nounLike: false,
  label: false,
  infinitive: false,
  physical: false,
  markers: [],
};

/** "…, per the ministry": "per" as "according to" (not "per cent", "per year", "$5 per share"). */
export const PER: CueEntry = { ...ACCORDING_TO, lemma: 'per', verb: 'per', particle: [] };

/** Whether a cue names the source after it, the content around it: "according to X", "per X". */
export const namesSource = (entry: CueEntry): boolean => entry === ACCORDING_TO || entry === PER;

/** "…, per the ministry.", "Per Kaine’s aides, …": "per" set off from the clause, then a determiner, a possessive or a name. */
function perSource(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || !(i === 0 || before?.text === ',' || before?.text === '(' || isDash(before))) return false;
  if (/^(?:cent|capita|se|diem|annum)$/i.test(next.text)) return false;
  return (
    /^(?:the|a|an|his|her|its|their|one|two|three|several|multiple|people|sources|officials)$/.test(next.lower) ||
    /^\p{Lu}/u.test(next.text)
  );
}

const isDash = (t: Token | undefined): boolean => t !== undefined && /^[—–]$/.test(t.text);

const LY_NOUNS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'italy',
  'july',
  'anomaly',
  'reply',
  'daily',
  'weekly',
  'monthly',
  'lonely',
  'friendly',
  'holy',
  'belly',
  'bully',
  'jelly',
  'fly',
  'apply',
  'comply',
  'rely',
  'multiply',
  'imply',
  'emily',
  'kelly',
  'sally',
  'billy',
  'molly',
  'lily',
  'polly',
  'ugly',
  'likely',
  'unlikely',
  'elderly',
  'early',
]);

export function isAdverb(lower: string): boolean {
  return GROUP_ADVERBS.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower));
}

const DEGREE = new Set(['so', 'too', 'such']);
/** Degree words before an adjective cue (not "so", which opens a result: "so sure that she left"). */
const ADJECTIVE_DEGREE = new Set(['very', 'too', 'quite', 'rather', 'more', 'less', 'most', 'least', 'as', 'pretty']);
const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this']);
const ABSOLUTE_SUBJECTS = new Set(['one', 'some', 'others', 'many', 'another', 'both', 'most']);
const BE = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'am',
  "'s",
  "'re",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "we're",
  "you're",
  "they're",
  "i'm",
]);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve", "'d", "hasn't", "haven't", "hadn't"]);
const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  "'ll",
  'wo',
  'ca',
  "won't",
  "wouldn't",
  "shouldn't",
  "can't",
  "couldn't",
  "mustn't",
  "don't",
  "doesn't",
  "didn't",
]);
const PLURAL_SUBJECT_PRONOUNS = new Set(['i', 'we', 'they', 'you', 'who', 'which', 'that']);
const SINGULAR_SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

const isCapitalised = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text);
/** "Trump's", not "who's" (a contracted "has" or "is"). */
const isPossessive = (t: Token): boolean => /\p{L}['’]s$/iu.test(t.text) && !CONTRACTED_SUBJECT.test(t.text);
const CONTRACTED_SUBJECT = /^who['’]s$/i;

/** Index of the nearest token before i that is not an adverb or negation, or -1. */
function previousCore(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (isAdverb(tokens[j]!.lower) || NEGATIONS.has(tokens[j]!.lower))) j--;
  return j;
}

function matchesParticle(tokens: readonly Token[], at: number, particle: readonly string[]): boolean {
  for (let k = 0; k < particle.length; k++) if (tokens[at + k]?.lower !== particle[k]) return false;
  return true;
}

/** Extends a cue leftwards over auxiliaries, negations and adverbs: "has also warned", "did not deny". */
function groupStart(tokens: readonly Token[], verb: number): number {
  let j = verb;
  while (j > 0) {
    const t = tokens[j - 1]!;
    const chain = t.lower === 'to' && j === verb ? catenative(tokens, j - 1) : 0;
    // (An auxiliary in lower case only: "Theresa May said".)
    if ((AUXILIARIES.has(t.lower) && !/^\p{Lu}/u.test(t.text)) || NEGATIONS.has(t.lower) || isAdverb(t.lower)) j--;
    else if (chain > 0) j -= chain;
    else break;
  }
  return j;
}

/**
 * Verbs that pass their subject on through "to" to the cue after them, in one verb group: "tried to
 * convince", "continues to insist", "went on to say", "has appeared to acknowledge". (Not "want",
 * "refuse", "plan": see UNREAL_GOVERNOR in patterns.ts.)
 */
const CATENATIVES = new Set(
  `try tries tried trying attempt attempts attempted attempting begin begins began begun beginning start starts started
  starting continue continues continued continuing proceed proceeds proceeded seem seems seemed appear appears appeared
  hasten hastens hastened dare dares dared used`.split(/\s+/),
);
const GO = new Set(['go', 'goes', 'went', 'gone', 'going']);

/**
 * How many tokens before the "to" at `to` join the cue's verb group: 2 for "tried to", 3 for "went on to",
 * 0 when none do, or when a coordinator comes before ("… and seems to think": the subject is found across
 * the coordination, from the cue itself).
 */
function catenative(tokens: readonly Token[], to: number): number {
  const before = tokens[to - 1];
  if (!before || !/^\p{Ll}/u.test(before.text)) return 0;
  const length = CATENATIVES.has(before.lower) ? 2 : before.lower === 'on' && GO.has(tokens[to - 2]?.lower ?? '') ? 3 : 0;
  const lead = tokens[to + 1 - length - 1];
  return length > 0 && lead && /^(?:and|but|or|yet)$/.test(lead.lower) ? 0 : length;
}

/**
 * "The senators all said", "they both agree": a quantifier after a noun phrase or a pronoun floats off
 * its subject, so the word after it is a verb, not a noun it determines.
 */
function floatingQuantifier(tokens: readonly Token[], p: number): boolean {
  const before = tokens[p - 1];
  if (!FLOATING_QUANTIFIERS.has(tokens[p]?.lower ?? '') || !before) return false;
  if (/^(?:they|we|you)$/.test(before.lower)) return true;
  // A plural noun, a name or a parenthesis ("Menendez (D-N.J.) all"); not "of all", "and all", "the all-star".
  return (
    !NON_SUBJECT_ENDS.has(before.lower) && (/\p{L}{2,}s$/u.test(before.text) || /^\p{Lu}\p{Ll}/u.test(before.text) || before.text === ')')
  );
}

const NON_SUBJECT_ENDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...AUXILIARIES,
  'and',
  'or',
  'but',
  'nor',
  'is',
  'was',
  'has',
  'does',
  'this',
  'thus',
  'plus',
  'less',
  'unless',
  'yes',
]);

/** Whether the token before a base/-s form makes it a verb rather than a noun ("the report" vs "officials report"). */
function verbalContext(tokens: readonly Token[], i: number, form: VerbForm, { nounLike }: { nounLike: boolean }): boolean {
  const p = previousCore(tokens, i);
  if (p < 0) return false;
  const prev = tokens[p]!;
  const l = prev.lower;
  if (form === 'base' && (UNMARKED_PLURALS.has(l) || floatingQuantifier(tokens, p))) return true;
  // "a letter that says …": a relative pronoun before an -s form is its subject, not a determiner.
  if (form === 's' && (l === 'that' || l === 'which' || l === 'who')) return true;
  if (DETERMINERS.has(l) || isPossessive(prev)) return false;
  if (PREPOSITIONS.has(l) && l !== 'to') return false;
  if (form === 'base') {
    if (l === 'to' || MODALS.has(l) || PLURAL_SUBJECT_PRONOUNS.has(l)) return true;
    // "was back", "has plan": a base form right after "be" or "have" is no verb ("was" only looks plural).
    if (BE.has(l) || HAVE.has(l)) return false;
    return /s$/.test(l) && !/ss$/.test(l) ? true : isCapitalised(prev) && !/^[.!?]$/.test(prev.text);
  }
  if (SINGULAR_SUBJECT_PRONOUNS.has(l)) return true;
  // "Jorge Ruiz, a former minister, suggests …": after an appositive's comma an -s form that is never a noun is the verb.
  if (prev.text === ',' && !nounLike) return true;
  if (AUXILIARIES.has(l) || /^[,;:"“”(]$/.test(prev.text)) return false;
  return /[\p{L}\p{N})]/u.test(prev.text);
}

export function findCues(tokens: readonly Token[]): CueHit[] {
  const hits: CueHit[] = [];
  let titleCase: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Not in a title-case headline, where the subject after the comma cannot be told from its verb: "Railing Against X, Y Vows …".)
    const opening = i === 0 && !isTitleCase(tokens) ? openingParticiple(tokens) : undefined;
    if (opening) {
      hits.push(opening);
      i = opening.last - 1;
      continue;
    }
    if (t.lower === 'per' && perSource(tokens, i)) {
      hits.push({ entry: PER, form: 'phrase', first: i, verb: i, last: i + 1, passive: false, needsMarker: false, modality: 'real' });
      continue;
    }
    if (/^\p{Lu}/u.test(t.text) && t.lower !== 'according') {
      // "United States", "Warns" in a name: a capitalised verb is a cue only in a title-case line ("Graham Says").
      titleCase ??= isTitleCase(tokens);
      if (!titleCase || i === 0) continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      hits.push({
        entry: ACCORDING_TO,
        form: 'phrase',
        first: i,
        verb: i,
        last: i + 2,
        passive: false,
        needsMarker: false,
        modality: 'real',
      });
      i++;
      continue;
    }
    const adjective = adjectiveCue(t.lower);
    if (adjective) {
      // "was not too concerned about", "is very sure that": a degree word may sit between "be" and the adjective.
      const p = previousCore(tokens, degreeBefore(tokens, i) ? i - 1 : i);
      const next = tokens[i + 1]?.lower ?? '';
      // "was sure (that) Trump would win": a clause may follow without "that"; the content pass checks it is one.
      const clause =
        SUBJECT_PRONOUN_WORDS.has(next) || DETERMINERS.has(next) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || modalAhead(tokens, i + 2);
      const link = p >= 0 ? linkingVerb(tokens, p) : undefined;
      if (
        link !== undefined &&
        !raising(tokens, link, t.lower, next) &&
        (next === 'that' || next === 'to' || adjective.markers.includes(next) || clause)
      ) {
        hits.push(predicateHit(tokens, i, adjective, link));
        continue;
      }
      // ("Regulators worried that …": without "be" the word may still be a verb.)
    }
    const emotion = emotionCue(t.lower);
    if (emotion && tokens[i + 1]?.lower === 'that') {
      const p = previousCore(tokens, i);
      // ("so upset that she left": a degree word makes the that-clause a result, not what was felt.)
      const link = p >= 0 ? linkingVerb(tokens, p) : undefined;
      if (link !== undefined && !DEGREE.has(tokens[i - 1]!.lower)) {
        hits.push(predicateHit(tokens, i, emotion, link));
        continue;
      }
    }
    const forms = cueForms(t.lower);
    if (forms.length === 0) continue;
    for (const { entry, form } of forms) {
      // "called Friday for …", "called again for …": a day or an adverb may sit before the particle.
      const gap = entry.particle.length > 0 && !matchesParticle(tokens, i + 1, entry.particle) && particleGap(tokens[i + 1]) ? 1 : 0;
      if (!matchesParticle(tokens, i + 1 + gap, entry.particle)) continue;
      // "have argued for years that …": "for" opens a time phrase, not the particle of "argue for".
      if (entry.particle.at(-1) === 'for' && opensDuration(tokens, i + 1 + gap + entry.particle.length)) continue;
      const hit = classify(tokens, i, entry, form, { titleCase: titleCase ?? false, gap });
      if (hit) {
        hits.push(hit);
        i = hit.last - 1;
        break;
      }
    }
  }
  return hits;
}

/** "was adamant journalists’ data must be exempted": a modal a few words on shows a clause without "that". */
function modalAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    if (/^[,.;:]$/.test(tokens[k]!.text)) return false;
    if (MODALS.has(tokens[k]!.lower) && !/^(?:do|does|did)$/.test(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "Claiming the debate was rigged, Trump told …": a participle opening the sentence, with its subject after the comma. */
function openingParticiple(tokens: readonly Token[]): CueHit | undefined {
  const t = tokens[0];
  if (!t || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text) || !tokens.some((u) => u.text === ',')) return undefined;
  for (const { entry, form } of cueForms(t.lower)) {
    if (form !== 'ing' || !matchesParticle(tokens, 1, entry.particle)) continue;
    return {
      entry,
      form,
      first: 0,
      verb: 0,
      last: 1 + entry.particle.length,
      passive: false,
      needsMarker: entry.clauseOnly,
      opening: true,
      modality: 'real',
    };
  }
  return undefined;
}

/** "years", "decades", "two weeks", "several months": a duration starting at token i. */
export function opensDuration(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length && k <= i + 2; k++) {
    const l = tokens[k]!.lower;
    if (TIME_NOUNS.has(l) || l === 'decades' || l === 'centuries') return true;
    if (!DETERMINERS.has(l) && !/^\d/.test(l)) return false;
  }
  return false;
}

const isVerbForm = (t: Token | undefined): boolean =>
  t !== undefined && (AUXILIARIES.has(t.lower) || cueForms(t.lower).some((f) => f.form === 's' || f.form === 'past'));

const particleGap = (t: Token | undefined): boolean =>
  t !== undefined && (WEEKDAYS.has(t.lower) || (isAdverb(t.lower) && /^\p{Ll}/u.test(t.text)));

function classify(
  tokens: readonly Token[],
  i: number,
  entry: CueEntry,
  form: VerbForm,
  { titleCase, gap }: { titleCase: boolean; gap: number },
): CueHit | undefined {
  const last = i + 1 + gap + entry.particle.length;
  const p = previousCore(tokens, i);
  const prev = p >= 0 ? tokens[p]! : undefined;
  const pl = prev?.lower ?? '';
  let passive = false;
  if (form === 'base' || form === 's') {
    // An -s form that is also a past/participle cannot happen; base forms double as nouns ("report", "claim").
    if (!verbalContext(tokens, i, form, { nounLike: entry.nounLike })) {
      // "says", "tells" and "reads" are never nouns, and "say" only after a determiner ("have a say"): "those close to him say …".
      const sayForm = entry.verb === 'say' || (form === 's' && (entry.verb === 'tell' || entry.verb === 'read'));
      if (!(sayForm && prev && !DETERMINERS.has(pl) && !isPossessive(prev) && !/^[.!?;:]$/.test(prev.text))) return undefined;
    }
  } else if (form === 'past' || form === 'part') {
    // "the proposed plan", "so called", "as expected": adjectives, not reports.
    if (!prev || (DETERMINERS.has(pl) && !floatingQuantifier(tokens, p)) || pl === 'so' || pl === 'as' || isPossessive(prev))
      return undefined;
    // "was warned", "the guarantees asked by Russia" and "a country seen as …" (reduced passive clauses).
    if (
      BE.has(pl) ||
      tokens[last]?.lower === 'by' ||
      (form === 'part' && tokens[last]?.lower === 'as' && /^\p{Ll}+$/u.test(prev.text) && !AUXILIARIES.has(pl))
    )
      passive = true;
    // ", asked about the plan, he said": a participial clause, not a cue of its own.
    const next = tokens[last]?.lower;
    if (/^[,;(]$/.test(prev.text) && (next === 'about' || next === 'by' || next === 'if' || next === 'whether')) return undefined;
  } else if (form === 'ing') {
    if (!prev) return undefined;
    const progressive = BE.has(pl) || pl === 'been';
    // "…,” adding that …": the comma closing a quotation sits inside the quote marks.
    const afterQuotedComma = /^[”"’']$/.test(prev.text) && tokens[p - 1]?.text === ',';
    const participial = /^[,;(—–-]$/.test(prev.text) || afterQuotedComma || pl === 'and' || ING_LEADS.has(pl);
    // "with one saying that …": an absolute clause, when a clause marker follows.
    const next = tokens[last];
    const absolute =
      next !== undefined &&
      (next.lower === 'that' || next.text === ':' || /^[“"]$/.test(next.text)) &&
      (/^\p{Lu}/u.test(prev.text) || ABSOLUTE_SUBJECTS.has(pl));
    // "Kaine was quoted as saying …": the quotation's verb group is the cue, its subject the speaker.
    if (pl === 'as' && tokens[p - 1]?.lower === 'quoted' && p >= 2) {
      const first = groupStart(tokens, p - 1);
      return {
        entry,
        form,
        first,
        verb: i,
        last,
        passive: false,
        needsMarker: entry.clauseOnly,
        modality: modalityOf(tokens, first, p - 1),
      };
    }
    if (!progressive && !participial && !absolute) return undefined;
  }
  if (HAVE.has(pl) && (form === 'base' || form === 's')) return undefined;
  // "campaign-finance reports shows": a noun-like -s form followed by a verb is the plural noun, subject of that verb.
  if (form === 's' && entry.nounLike && isVerbForm(tokens[last])) return undefined;
  const first = groupStart(tokens, i);
  // In a title-case headline ("Graham Says …") a clause-only verb needs no marker, but "Plan", "Rules", "Post" are still nouns.
  const nounForm = entry.nounLike && (form === 'base' || form === 's');
  const framed = asFrame(tokens, first, last);
  const needsMarker = (nounForm || (!titleCase && entry.clauseOnly)) && !framed;
  return { entry, form, first, verb: i, last, passive, needsMarker, modality: modalityOf(tokens, first, i), ...(framed ? { framed } : {}) };
}

/**
 * "As the report notes, …", "…, as the memo puts it.": "as", a noun phrase and the cue, closed by a
 * comma or the end of the sentence, is a reporting frame whatever the cue's other readings.
 */
function asFrame(tokens: readonly Token[], first: number, last: number): boolean {
  if (!/^[,.;!?]$/.test(tokens[last]?.text ?? '.') && tokens[last] !== undefined) return false;
  let k = first - 1;
  while (
    k > 0 &&
    first - k <= 8 &&
    tokens[k]!.lower !== 'as' &&
    /[\p{L}\p{N}'’.]/u.test(tokens[k]!.text) &&
    !AUXILIARIES.has(tokens[k]!.lower)
  )
    k--;
  if (k === first - 1 || tokens[k]?.lower !== 'as') return false;
  return k === 0 || /^[,;:(—–-]$/.test(tokens[k - 1]!.text);
}

const HYPOTHETICAL = /^(?:would|could|might|may|should|must|'d)(?:n't)?$/;
const FUTURE = /^(?:will|shall|'ll)$/;
const NEGATED = /^(?:not|never|no)$|n't$/;

/** "not", "never", "didn't": a negation. */
export const isNegation = (t: Token | undefined): boolean => t !== undefined && NEGATED.test(t.lower);

/** The modality of the verb group [first, verb): lower-case words only ("Theresa May said" is no modal). */
function modalityOf(tokens: readonly Token[], first: number, verb: number): Modality {
  let modality: Modality = 'real';
  for (let k = first; k < verb; k++) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text)) continue;
    if (HYPOTHETICAL.test(t.lower)) return 'hypothetical';
    if (isNegation(t)) modality = 'negated';
    else if (FUTURE.test(t.lower) && modality === 'real') modality = 'future';
  }
  return modality;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.7 * words.length;
}

/** "was sure that", "were frustrated that": a predicate adjective after "be" as the cue, its verb group before it. */
/** A degree word right before the adjective at `i`; "too" only after a negation ("not too worried", not "too worried to sleep"). */
function degreeBefore(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i - 1]?.lower ?? '';
  if (!ADJECTIVE_DEGREE.has(w)) return false;
  const before = tokens[i - 2]?.lower ?? '';
  return w !== 'too' || NEGATIONS.has(before) || /n't$|n’t$/.test(before);
}

function predicateHit(tokens: readonly Token[], i: number, entry: CueEntry, link: number): CueHit {
  const degree = degreeBefore(tokens, i) && link < i - 1 ? i - 1 : i;
  const first = groupStart(tokens, BE.has(tokens[link]!.lower) ? degree : link);
  return { entry, form: 'phrase', first, verb: i, last: i + 1, passive: false, needsMarker: true, modality: modalityOf(tokens, first, i) };
}

/** Adjectives that also say how likely something is, of no one's belief: "is sure to close", "it seems certain that". */
const LIKELIHOOD = new Set(['sure', 'certain']);

/** "The harbour is sure to close", "It is certain that …": a likelihood, not a stance of the subject. */
function raising(tokens: readonly Token[], link: number, adjective: string, next: string): boolean {
  if (!LIKELIHOOD.has(adjective)) return false;
  if (next === 'to') return true;
  const subject = tokens[groupStart(tokens, link) - 1];
  return subject?.lower === 'it' || subject?.lower === 'there';
}

/** Verbs that link a subject to a stance adjective as "be" does: "remains convinced", "seemed confident", "grew worried". */
const LINKING = new Set(
  `remain remains remained remaining seem seems seemed appear appears appeared grow grows grew grown growing become becomes
  became becoming stay stays stayed`.split(/\s+/),
);
const COME = new Set(['come', 'comes', 'came', 'coming']);

/** The index of the "be" or linking verb at `p` before a predicate adjective ("came away convinced": "came"), if it is one. */
function linkingVerb(tokens: readonly Token[], p: number): number | undefined {
  const l = tokens[p]!.lower;
  if (BE.has(l)) return p;
  if (!/^\p{Ll}/u.test(tokens[p]!.text)) return undefined;
  if (LINKING.has(l)) return p;
  return l === 'away' && COME.has(tokens[p - 1]?.lower ?? '') ? p - 1 : undefined;
}
