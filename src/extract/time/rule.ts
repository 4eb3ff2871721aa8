import { caseless } from '../../core/caseless.js';
import type { Day } from './calendar.js';
import type { Resolution } from './resolve.js';
import type { Tense } from './tense.js';

export interface RuleContext {
  text: string;
  ref?: Day;
  /** Tense of the clause around text[start, end). */
  tense(start: number, end: number): Tense | undefined;
}

/**
 * One HeidelTime-style rule: a pattern whose whole match is the expression's extent (context the
 * expression does not include is written as lookbehind/lookahead), and a normaliser that may
 * reject the match by returning null.
 */
export interface Rule {
  name: string;
  /** Must have the g flag. */
  pattern: RegExp;
  resolve(m: RegExpExecArray, ctx: RuleContext): Resolution | null;
}

/** A match of a rule with its resolution, before overlapping matches are settled. */
export interface Candidate {
  start: number;
  end: number;
  resolution: Resolution;
  rule: string;
  priority: number;
  /** Set when the value depended on the tense of the clause: whether a tense cue was found. */
  tenseCue?: boolean;
  /** For a clock time joined to a day: that day. */
  day?: Candidate;
}

/** Month and weekday names are capitalised in edited news text; "may" and "march" are words too. */
export function isCapitalised(word: string | undefined): boolean {
  return !!word && word[0] !== word[0]!.toLowerCase();
}

/**
 * Builds a global, case-insensitive pattern from a template of fragments, written without the `i`
 * flag (core/caseless.ts): these are the largest patterns of a run, compiled in every process.
 */
export function pattern(source: string, flags = 'gi'): RegExp {
  return caseless(new RegExp(source, flags));
}
