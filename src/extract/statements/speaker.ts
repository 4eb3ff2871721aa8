import type { Mention, Span } from '../../core/types.js';
import type { DocView } from './document.js';
import type { SpeakerPhrase } from './patterns.js';
import { DETERMINERS, SPOKESPERSON_NOUNS } from './words.js';

/** Speakers with no actor mention ("officials said") get a synthetic key with this prefix. */
export const UNNAMED_PREFIX = 'Unnamed:';

export function isUnnamedSpeaker(key: string): boolean {
  return key.startsWith(UNNAMED_PREFIX);
}

export interface ResolvedSpeaker {
  key: string;
  mention: Span;
  how: 'mention' | 'affiliation' | 'previous' | 'unnamed';
}

/** Remembers the last speakers resolved from a name, to stand in for pronouns that actor extraction left unresolved. */
export interface SpeakerMemory {
  last?: { key: string; sentence: number };
}

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/**
 * The actor behind a speaker phrase: the mention covering the phrase's head ("Russia's NATO envoy
 * Dmitry Rogozin" -> Rogozin), a pronoun mention, the organisation a spokesperson speaks for
 * ("a spokesman for the ministry"), or an unnamed source.
 */
export function resolveSpeaker(view: DocView, sentence: number, phrase: SpeakerPhrase, memory: SpeakerMemory): ResolvedSpeaker {
  const text = view.text;
  const inside = (view.mentions[sentence] ?? []).filter((m) => m.span.start >= phrase.start && m.span.end <= phrase.end);
  const headLast = phrase.head.end - 1;
  const covering = pickCovering(inside, headLast);
  if (covering) return { key: covering.actor, mention: covering.span, how: 'mention' };
  const headWords = text.slice(phrase.head.start, phrase.head.end).toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const headNoun = headWords[headWords.length - 1] ?? '';
  if (phrase.pronoun) {
    if (memory.last && sentence - memory.last.sentence <= 6) {
      return { key: memory.last.key, mention: spanOf(text, phrase.head.start, phrase.head.end), how: 'previous' };
    }
  } else if (SPOKESPERSON_NOUNS.has(headNoun) && inside.length > 0) {
    const affiliation = inside.find((m) => m.kind !== 'pronoun') ?? inside[0]!;
    return { key: affiliation.actor, mention: affiliation.span, how: 'affiliation' };
  }
  let words = headWords;
  while (words.length > 1 && DETERMINERS.has(words[0]!)) words = words.slice(1);
  const name = words.slice(-6).join(' ') || headNoun;
  const trimmed = trimPhrase(text, phrase.head.start, phrase.head.end);
  return { key: UNNAMED_PREFIX + name, mention: trimmed, how: 'unnamed' };
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
