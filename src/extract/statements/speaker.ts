import type { Mention, Span, StatementEvidence } from '../../core/types.js';
import type { DocView } from './document.js';
import { quoteAround } from './quotes.js';
import type { Range, SpeakerPhrase } from './patterns.js';
import { DETERMINERS, SPOKESPERSON_NOUNS } from './words.js';

/** Speakers with no actor mention ("officials said") get a synthetic key with this prefix. */
export const UNNAMED_PREFIX = 'Unnamed:';

/** The speaker of a statement whose source the text does not state ("is expected to", "was accused of"). */
export const UNATTRIBUTED = `${UNNAMED_PREFIX}unattributed source`;

export function isUnnamedSpeaker(key: string): boolean {
  return key.startsWith(UNNAMED_PREFIX);
}

export interface ResolvedSpeaker {
  key: string;
  mention: Span;
  /** How the speaker was found (StatementEvidence.speaker). */
  how: StatementEvidence['speaker'];
  /** Sentences back to the name a pronoun was resolved from. */
  distance: number;
}

/** Remembers the last speakers resolved from a name, to stand in for pronouns that actor extraction left unresolved. */
export interface SpeakerMemory {
  last?: { key: string; sentence: number };
  /** Actor key of the article's author: "I" and "we" outside quotations are the author. */
  author?: string;
  /** Actor keys by lower-cased name, alias and unambiguous surname, for names actor extraction did not mark. */
  names?: Map<string, string>;
}

/** The writer of an article whose author is not known, speaking in the first person outside quotations. */
export const UNNAMED_AUTHOR = `${UNNAMED_PREFIX}author`;

/** The speaker of a pronoun or description that nothing in the text resolves. */
export const UNIDENTIFIED = `${UNNAMED_PREFIX}unidentified speaker`;

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'prof', 'president', 'senator', 'minister']);

/** Actor keys by lower-cased name, alias and surname (a surname shared by two actors is left out). */
export function nameIndex(actors: Iterable<{ key: string; name: string; aliases: readonly string[]; type: string }>): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, key: string): void => {
    const k = name.toLowerCase().replace(/[’']s$/, '');
    if (!k || ambiguous.has(k)) return;
    const seen = out.get(k);
    if (seen && seen !== key) {
      out.delete(k);
      ambiguous.add(k);
    } else out.set(k, key);
  };
  for (const a of actors) {
    for (const name of [a.name, ...a.aliases]) {
      add(name, a.key);
      const words = name.split(/\s+/);
      if (a.type === 'Person' && words.length > 1) add(words[words.length - 1]!, a.key);
    }
  }
  return out;
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/**
 * The actor behind a speaker phrase: the mention covering the phrase's head ("Russia's NATO envoy
 * Dmitry Rogozin" -> Rogozin), a pronoun mention, the organisation a spokesperson speaks for
 * ("a spokesman for the ministry"), or an unnamed source.
 */
export function resolveSpeaker(
  view: DocView,
  sentence: number,
  phrase: SpeakerPhrase,
  memory: SpeakerMemory,
  content: Range,
): ResolvedSpeaker {
  const text = view.text;
  const inside = (view.mentions[sentence] ?? []).filter((m) => m.span.start >= phrase.start && m.span.end <= phrase.end);
  const headLast = phrase.head.end - 1;
  const covering = pickCovering(inside, headLast);
  if (covering) {
    if (covering.kind === 'pronoun') {
      // "“Kaine will lose,” he said": the speaker is never a name inside what was said.
      const distance = sentencesSinceName(view, covering.actor, sentence, content);
      if (distance === undefined) return { key: UNIDENTIFIED, mention: covering.span, how: 'unresolved', distance: 0 };
      return { key: covering.actor, mention: covering.span, how: 'pronoun', distance };
    }
    return { key: covering.actor, mention: covering.span, how: covering.kind === 'description' ? 'description' : 'name', distance: 0 };
  }
  const headWords = wordsOf(text.slice(phrase.head.start, phrase.head.end));
  const headNoun = headWords[headWords.length - 1] ?? '';
  const trimmed = trimPhrase(text, phrase.head.start, phrase.head.end);
  if (phrase.pronoun) {
    // "I" and "we" in the writer's own voice (outside quotations) are the article's author (or the interviewer
    // of the byline), never a name nearby: "when I asked him", "I wrote about this before".
    if (FIRST_PERSON.has(headNoun) && !quoteAround(view.doubles, phrase.head.start)) {
      return { key: memory.author ?? UNNAMED_AUTHOR, mention: trimmed, how: 'author', distance: 0 };
    }
    if (memory.last && sentence - memory.last.sentence <= 6) {
      return {
        key: memory.last.key,
        mention: spanOf(text, phrase.head.start, phrase.head.end),
        how: 'pronoun',
        distance: sentence - memory.last.sentence,
      };
    }
    return { key: UNIDENTIFIED, mention: trimmed, how: 'unresolved', distance: 0 };
  }
  if (SPOKESPERSON_NOUNS.has(headNoun) && inside.length > 0) return spokesperson(view, phrase, inside, headNoun);
  let words = headWords;
  while (words.length > 1 && (DETERMINERS.has(words[0]!) || HONORIFICS.has(words[0]!.replace(/\.$/, '')))) words = words.slice(1);
  // "Trump’s campaign" is not Trump, but "Mr. King" and "Trump’s" (left unmarked) are the actors of those names.
  const known = memory.names?.get(words.join(' ')) ?? (words.length === 1 ? undefined : memory.names?.get(headWords.join(' ')));
  if (known && /^\p{Lu}/u.test(trimmed.text)) return { key: known, mention: trimmed, how: 'name', distance: 0 };
  if (words.every((w) => DETERMINERS.has(w) || w.length < 2))
    return { key: UNIDENTIFIED, mention: trimmed, how: 'unresolved', distance: 0 };
  // "a spokesman for the ministry": a spokesperson is known by whom they speak for.
  const full = SPOKESPERSON_NOUNS.has(headNoun) ? describedBy(text, phrase) : undefined;
  const name = full ?? (words.slice(-6).join(' ') || headNoun);
  return { key: UNNAMED_PREFIX + name, mention: trimmed, how: 'description', distance: 0 };
}

/**
 * "his spokesman", "a spokesman for the ministry", "Obama administration officials": the speaker is the
 * spokesperson, known by the body they speak for, never that body itself.
 */
function spokesperson(view: DocView, phrase: SpeakerPhrase, inside: readonly Mention[], headNoun: string): ResolvedSpeaker {
  const affiliation = inside.find((m) => m.kind !== 'pronoun') ?? inside[0]!;
  // "a statement from the ministry": a document speaks for the body that issued it.
  if (ISSUED_BY.has(headNoun)) return { key: affiliation.actor, mention: affiliation.span, how: 'affiliation', distance: 0 };
  const mention = trimPhrase(view.text, phrase.start, phrase.end);
  let words = wordsOf(mention.text);
  while (words.length > 1 && DETERMINERS.has(words[0]!)) words = words.slice(1);
  const of = affiliation.kind === 'pronoun' ? ` of ${view.actors.get(affiliation.actor)?.name ?? affiliation.span.text}` : '';
  return { key: UNNAMED_PREFIX + words.slice(-8).join(' ') + of, mention, how: 'affiliation', distance: 0 };
}

const ISSUED_BY = new Set(['statement', 'press']);

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

const NAME_REACH = 10;

/**
 * Sentences back from `sentence` to the nearest mention naming `actor` outside the statement's content
 * (NAME_REACH when none is that near), or undefined when the only names near are inside the content.
 */
function sentencesSinceName(view: DocView, actor: string, sentence: number, content: Range): number | undefined {
  let inside = false;
  for (let i = sentence; i >= 0 && sentence - i < NAME_REACH; i--) {
    for (const m of view.mentions[i]!) {
      if (m.actor !== actor || m.kind === 'pronoun') continue;
      if (m.span.start >= content.start && m.span.end <= content.end) inside = true;
      else return sentence - i;
    }
  }
  return inside ? undefined : NAME_REACH;
}

/** The lower-cased words of a whole speaker phrase without its leading determiners: "spokesman for the ministry". */
function describedBy(text: string, phrase: SpeakerPhrase): string | undefined {
  if (phrase.end <= phrase.head.end) return undefined;
  let words = wordsOf(text.slice(phrase.start, phrase.end));
  while (words.length > 1 && DETERMINERS.has(words[0]!)) words = words.slice(1);
  return words.length <= 8 ? words.join(' ') : undefined;
}

function pickCovering(mentions: readonly Mention[], offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.span.start <= offset && offset < m.span.end) {
      // Prefer the longest mention covering the head ("Dmitry Rogozin" over "Rogozin").
      if (!best || m.span.end - m.span.start > best.span.end - best.span.start) best = m;
    }
  }
  return best;
}

function trimPhrase(text: string, start: number, end: number): Span {
  while (start < end && /[\s,(]/.test(text[start]!)) start++;
  while (end > start && /[\s,)]/.test(text[end - 1]!)) end--;
  return spanOf(text, start, end);
}
