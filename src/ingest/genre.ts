import type { Genre } from '../core/types.js';

/**
 * Genre labels that news sites print in or next to the headline ("– OpEd", "Analysis:",
 * "OPINION |") or as a section label line ("Editorial"). A label counts only when set
 * off by a separator, so "Opinion polls show ..." is not an opinion piece.
 */

const LABELS: ReadonlyArray<readonly [RegExp, Genre]> = [
  [/^(?:op-?ed|op ed|opinion|guest (?:column|opinion|essay|post)|viewpoint|point of view|perspective|column|my view)$/i, 'OpEd'],
  [/^(?:commentary|comment|comment is free)$/i, 'Commentary'],
  [/^(?:(?:news )?analysis|explainer|explained|fact ?check)$/i, 'Analysis'],
  [/^(?:(?:exclusive )?interview|q ?& ?a|q and a)$/i, 'Interview'],
  [/^(?:editorial|our view|the editorial board|editorial board)$/i, 'Editorial'],
  [/^(?:(?:book|film|movie|album|theatre|theater|concert|restaurant|tv|television|music|game) )?review$/i, 'Review'],
  [/^(?:obituary|obit|in memoriam)$/i, 'Obituary'],
  [/^(?:feature|long read|the long read|in depth|in-depth)$/i, 'Feature'],
];

export function genreOfLabel(label: string): Genre | undefined {
  const clean = label.trim().replace(/\s+/g, ' ');
  for (const [pattern, genre] of LABELS) if (pattern.test(clean)) return genre;
  return undefined;
}

export interface LabelledHeadline {
  genre: Genre;
  /** Offsets of the label relative to the headline line. */
  labelStart: number;
  labelEnd: number;
  /** Offsets of the headline text without the label. */
  start: number;
  end: number;
}

// "Analysis: ...", "OPINION | ...", "Interview – ..."
const PREFIX = /^([A-Za-z][A-Za-z&' -]{1,28}?)\s*(?::|\s\||\|\s|\s[–—-])\s*(?=\S)/d;
// "... – OpEd", "... | Analysis", "... (Opinion)", "... [Interview]"
const SUFFIX = /(?:\s+(?:[–—-]|\|)\s*|\s*:\s+)([A-Za-z][A-Za-z&' -]{1,28}?)\s*$|\s*[([]([A-Za-z][A-Za-z&' -]{1,28}?)[)\]]\s*$/d;

/** Splits a genre label off a headline line, or undefined when the line carries none. */
export function splitGenreLabel(line: string): LabelledHeadline | undefined {
  const prefix = PREFIX.exec(line);
  const prefixLabel = prefix?.indices?.[1];
  if (prefix && prefixLabel) {
    const genre = genreOfLabel(prefix[1] ?? '');
    if (genre) return { genre, labelStart: prefixLabel[0], labelEnd: prefixLabel[1], start: prefix[0].length, end: line.length };
  }
  const suffix = SUFFIX.exec(line);
  if (suffix) {
    const where = suffix.indices?.[1] ?? suffix.indices?.[2];
    const genre = genreOfLabel(suffix[1] ?? suffix[2] ?? '');
    if (genre && where && suffix.index > 0) return { genre, labelStart: where[0], labelEnd: where[1], start: 0, end: suffix.index };
  }
  return undefined;
}

/** A sentence in the text saying the piece is opinion ("The views expressed ... are the author's own"). */
export const OPINION_DISCLAIMER =
  /\b(?:the )?(?:views|opinions)(?: and opinions)? expressed (?:in this (?:article|piece|column|commentary|op-?ed)|here(?:in)?|by the author)\b/i;
