/**
 * Trigger words in a sentence: lexicon look-up, then the checks that keep out uses that do
 * not name an event (a noun modifying another noun, a word inside a name, an adjective use of
 * a participle, an idiom, a word whose entry asks for context the sentence does not give).
 */

import type { Token } from '../text/tokens.js';
import { MAX_PHRASE_TOKENS, lookupPhrase, lookupWord, startsPhrase, type TriggerEntry } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';
import { AFTER_HEAD, AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './words.js';

export interface TriggerHit {
  entry: TriggerEntry;
  pos: 'noun' | 'verb';
  /** First and last token of the trigger (inclusive). */
  first: number;
  last: number;
}

/** Idioms where a trigger word names no event (the word pair as written, lower case). */
const IDIOMS = new Set([
  'great deal',
  'good deal',
  'big deal',
  'deal with',
  'deals with',
  'dealt with',
  'deal in',
  'meet demand',
  'meet the',
  'meets the',
  'death penalty',
  'death row',
  'death sentence',
  'trial and',
  'war crimes',
  'war crime',
  'attack ads',
  'vote share',
  'under siege',
  'under attack',
]);

/** How many words after a trigger its entry's `objects` are looked for. */
const OBJECT_WINDOW = 6;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'i', 'we', 'they', 'you']);

const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}]/u.test(t.text);
const isLower = (t: Token | undefined): boolean => !!t && /^[\p{Ll}]/u.test(t.text);
const isPossessive = (t: Token | undefined): boolean => !!t && (/['’]s$/i.test(t.text) || t.text === "'" || t.text === '’');

/** "visit", "vote", "attack": a verb after a pronoun, auxiliary or "to"; otherwise a noun. */
function partOfSpeech(entry: TriggerEntry, tokens: readonly Token[], first: number): 'noun' | 'verb' {
  if (entry.pos !== 'either') return entry.pos;
  const before = tokens[first - 1];
  if (!before) return 'noun';
  if (DETERMINERS.has(before.lower) || isPossessive(before) || (PREPOSITIONS.has(before.lower) && before.lower !== 'to')) return 'noun';
  if (PRONOUNS.has(before.lower) || AUXILIARIES.has(before.lower)) return 'verb';
  // "..., killing at least 19 people": a participle taking an object.
  if (/ing$/.test(tokens[first]!.lower) && TAKES_OBJECT.test(tokens[first + 1]?.lower ?? '')) return 'verb';
  return 'noun';
}

/** Words that open an object after a participle: determiners, numbers, quantities. */
const TAKES_OBJECT =
  /^(?:a|an|the|his|her|their|its|at|more|some|dozens|hundreds|scores|thousands|several|many|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/;

/** A noun followed by another noun modifies it ("attack helicopter", "election campaign"). */
function isModifier(tokens: readonly Token[], last: number, view: SentenceView): boolean {
  const next = tokens[last + 1];
  if (!next || !isWord(next) || !isLower(next) || view.mentionAt[last + 1]) return false;
  if (AFTER_HEAD.has(next.lower) || PREPOSITIONS.has(next.lower) || DETERMINERS.has(next.lower)) return false;
  if (/(?:ed|ly)$/.test(next.lower)) return false;
  // "an explosion shook the market": a word followed by a determiner is the verb, not a noun.
  if (DETERMINERS.has(tokens[last + 2]?.lower ?? '')) return false;
  return true;
}

/** The lower-cased text of tokens i .. i + n - 1, joined by spaces. */
function phraseAt(tokens: readonly Token[], i: number, n: number): string {
  let phrase = tokens[i]!.lower;
  for (let k = i + 1; k < i + n; k++) phrase += ' ' + tokens[k]!.lower;
  return phrase;
}

/**
 * Where one of the entry's object words is, in the same clause: a few words after the trigger
 * ("passed the bill", "charged with") or, for a passive, just before it ("the bill was passed").
 */
function objectAt(tokens: readonly Token[], first: number, last: number, objects: ReadonlySet<string>): number | undefined {
  for (let i = last + 1; i < tokens.length && i <= last + OBJECT_WINDOW; i++) {
    const t = tokens[i]!;
    if (objects.has(t.lower)) return i;
    if (CLAUSE_END.test(t.text) || CLAUSE_OPENERS.has(t.lower)) break;
  }
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const t = tokens[i]!;
    if (objects.has(t.lower)) return i;
    if (CLAUSE_END.test(t.text) || CLAUSE_OPENERS.has(t.lower)) break;
  }
  return undefined;
}

const CLAUSE_END = /^[;:,.!?()]$/;

/** The context the entry asks for is there, and none it rules out. Returns the object's index when the entry needs one. */
function contextAllows(entry: TriggerEntry, tokens: readonly Token[], first: number, last: number): { ok: boolean; object?: number } {
  const before = tokens[first - 1]?.lower ?? '';
  const after = tokens[last + 1]?.lower ?? '';
  if (entry.notAfter?.has(before) || entry.notBefore?.has(after)) return { ok: false };
  if (!entry.objects) return { ok: true };
  const object = objectAt(tokens, first, last, entry.objects);
  return object === undefined ? { ok: false } : { ok: true, object };
}

/**
 * A verb in the simple present outside a headline ("Uber sells rides", "they negotiate with buyers")
 * states a habit, not a happening; headlines use that tense for news ("Student Dies").
 */
function isHabitual(tokens: readonly Token[], i: number, view: SentenceView): boolean {
  if (view.sentence.paragraph < 0) return false;
  const word = tokens[i]!.lower;
  const previous = tokens[i - 1]?.lower ?? '';
  if (AUXILIARIES.has(previous) || previous === 'to') return false;
  if (/(?:ed|en|ing)$/.test(word) || IRREGULAR_PAST.has(word)) return false;
  if (/[^su]s$/.test(word)) return true;
  return PLURAL_SUBJECTS.has(previous);
}

/** Past forms of trigger verbs that look like present ones. */
const IRREGULAR_PAST = new Set([
  'met',
  'bought',
  'sold',
  'fought',
  'stole',
  'fled',
  'withdrew',
  'overthrew',
  'sank',
  'shot',
  'slain',
  'sworn',
  'cut',
  'hurt',
  'went',
  'flew',
  'quit',
  'set',
  'led',
  'won',
  'lost',
]);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'you', 'i']);
/** Nouns that take their kind from an event noun before them ("takeover offer", "acquisition deal"). */
const GENERIC_HEADS = new Set(['deal', 'deals', 'offer', 'offers', 'bid', 'bids', 'agreement', 'agreements']);

export function findTriggers(view: SentenceView): TriggerHit[] {
  const { tokens } = view;
  const hits: TriggerHit[] = [];
  // Object nouns taken by a trigger ("lift the sanctions"): the lifting is the event, not the sanctions.
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (consumed.has(i)) continue;
    let entry: TriggerEntry | undefined;
    let last = i;
    for (let n = startsPhrase(tokens[i]!.lower) ? MAX_PHRASE_TOKENS : 1; n >= 2 && !entry; n--) {
      if (i + n > tokens.length) continue;
      entry = lookupPhrase(phraseAt(tokens, i, n));
      if (entry) last = i + n - 1;
    }
    entry ??= lookupWord(tokens[i]!.lower);
    if (!entry) continue;
    // Inside a name ("Security Council", "Press TV", "the Warsaw Pact" read as an organisation),
    // unless the name is the event's own: "Hurricane Sandy", "Typhoon Haiyan".
    if (view.mentionAt[i]) {
      const named = entry.type === 'natural-disaster' ? view.mentions.find((m) => m.first === i && m.last > i) : undefined;
      if (!named) continue;
      last = named.last;
    }
    const bigram = `${tokens[i]!.lower} ${tokens[last + 1]?.lower ?? ''}`;
    const before = `${tokens[i - 1]?.lower ?? ''} ${tokens[i]!.lower}`;
    if (IDIOMS.has(bigram) || IDIOMS.has(before)) continue;
    const context = contextAllows(entry, tokens, i, last);
    if (!context.ok) continue;
    const pos = partOfSpeech(entry, tokens, i);
    const previous = tokens[i - 1];
    // "the elected officials", "a wounded soldier": a participle used as an adjective.
    if (entry.pos === 'verb' && previous && (DETERMINERS.has(previous.lower) || isPossessive(previous))) continue;
    // "he talks", "were fighting an uphill battle": a noun-only form used as a verb names something else.
    if (
      entry.pos === 'noun' &&
      previous &&
      (SUBJECT_PRONOUNS.has(previous.lower) || (AUXILIARIES.has(previous.lower) && /ing$/.test(tokens[i]!.lower)))
    )
      continue;
    // "takeover offer", "acquisition deal": the event noun names the kind of deal; the pair is the trigger.
    if (pos === 'noun' && last === i && GENERIC_HEADS.has(tokens[i + 1]?.lower ?? '')) last = i + 1;
    else if (pos === 'noun' && last === i && isModifier(tokens, last, view)) continue;
    if (pos === 'verb' && last === i && isHabitual(tokens, i, view)) continue;
    // "calls NATO a threat", "poses a threat": a characterisation, not an act of threatening.
    if (entry.type === 'threat' && pos === 'noun' && /^an?$/.test(tokens[i - 1]?.lower ?? '')) continue;
    if (pos === 'noun' && isInsideName(tokens, i, last, view)) continue;
    if (context.object !== undefined && context.object > last) consumed.add(context.object);
    // "the sanctions were lifted": the object was read first as an event of its own.
    if (context.object !== undefined && context.object < i && hits.at(-1)?.first === context.object) hits.pop();
    hits.push({ entry, pos, first: i, last });
    i = last;
  }
  return hits.filter((hit, k) => !isLightLaunch(hit, hits[k + 1]));
}

/** "launch an offensive", "launched a probe": the launching is the event the object names. */
function isLightLaunch(hit: TriggerHit, next: TriggerHit | undefined): boolean {
  return hit.entry.type === 'launch' && next !== undefined && next.pos === 'noun' && next.first - hit.last <= 3;
}

/**
 * A noun written with a capital inside a sentence is part of a name ("the Strategic Arms Reduction
 * Treaty", "the START II agreement", "Arab Spring revolts"): a treaty or a movement, not a happening.
 * A name with a number ("Resolution 1973") and a headline's capitals stay.
 */
function isInsideName(tokens: readonly Token[], first: number, last: number, view: SentenceView): boolean {
  if (view.sentence.paragraph < 0 || first === 0) return false;
  if (/^\d/.test(tokens[last + 1]?.text ?? '')) return false;
  const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
  if (capital(tokens[first])) return !isTitleCase(tokens);
  // "Strategic Arms Reduction Treaty"; not "MILAN - Heavy flooding", whose capital opens the sentence.
  const before = tokens[first - 1];
  const opensSentence = first - 1 === 0 || /^[\p{P}\p{S}]/u.test(tokens[first - 2]?.text ?? '');
  return capital(before) && !view.mentionAt[first - 1] && !opensSentence && !isTitleCase(tokens);
}

/** A sub-heading or caption in title case: capitals say nothing about names there. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return words.length > 1 && words.every((t) => /^\p{Lu}/u.test(t.text));
}
