/**
 * Time expressions (TIMEX3): HeidelTime-style hand-written rules, each a pattern plus a
 * normaliser, run over the whole text; overlapping matches are settled longest-first.
 * Relative expressions are anchored to the reference (publication) date; without one they
 * keep their span and type with no value.
 */

import { NewskgError } from '../../core/errors.js';
import type { Sentence, TimeExpression } from '../../core/types.js';
import { parseDay } from './calendar.js';
import type { Resolution } from './resolve.js';
import type { Rule, RuleContext } from './rule.js';
import { absoluteRules } from './rules-absolute.js';
import { durationRules } from './rules-duration.js';
import { namedRules } from './rules-named.js';
import { relativeRules } from './rules-relative.js';
import { TenseReader } from './tense.js';

/** Rule order breaks ties between matches of equal length: earlier rules win. */
const RULES: readonly Rule[] = [...absoluteRules, ...namedRules, ...relativeRules, ...durationRules];

interface Candidate {
  start: number;
  end: number;
  resolution: Resolution;
  rule: string;
  priority: number;
}

/** How far around a time expression outside any sentence the tense reader looks. */
const TENSE_WINDOW = 160;

export function extractTimexes(text: string, sentences: Sentence[], referenceDate?: string): TimeExpression[] {
  const ref = parseDay(referenceDate);
  if (referenceDate !== undefined && !ref) {
    throw new NewskgError('OPTION_INVALID', `Reference date "${referenceDate}" is not a YYYY-MM-DD date`);
  }
  const locate = sentenceLocator(sentences);
  const tenses = new TenseReader(text);
  const ctx: RuleContext = {
    text,
    ref,
    tense(start, end) {
      const i = locate(start);
      const s = i >= 0 ? sentences[i] : undefined;
      if (s && s.start <= start && end <= s.end) return tenses.at(s.start, s.end, start, end);
      const from = Math.max(0, start - TENSE_WINDOW);
      return tenses.at(from, Math.min(text.length, end + TENSE_WINDOW), start, end);
    },
  };

  const candidates: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const resolution = rule.resolve(m, ctx);
      if (resolution) candidates.push({ start: m.index, end: m.index + m[0].length, resolution, rule: rule.name, priority });
    }
  });

  const chosen = joinClockToDate(text, selectLongest(candidates, text.length));
  return chosen.map((c) => toTimex(text, c, locate));
}

/** Longest matches first, then rule order; a match overlapping a chosen one is dropped. */
function selectLongest(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken = new Uint8Array(length);
  const out: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "3 p.m. Wednesday", "noon on July 4": a clock time next to a day becomes one TIME on that day. */
function joinClockToDate(text: string, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    const next = chosen[i + 1];
    if (c.resolution.clock && next && /^(?:,? |,? on )$/.test(text.slice(c.end, next.start)) && isDay(next.resolution)) {
      const day = next.resolution.value;
      out.push({
        ...c,
        end: next.end,
        resolution: {
          type: 'TIME',
          value: day ? `${day}${c.resolution.clock}` : undefined,
          begin: day,
          end: day,
          relative: next.resolution.relative,
          clock: c.resolution.clock,
        },
      });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

function isDay(r: Resolution): boolean {
  return r.type === 'DATE' && (r.value === undefined ? r.relative : /^\d{4}-\d{2}-\d{2}$/.test(r.value));
}

function toTimex(text: string, c: Candidate, locate: (pos: number) => number): TimeExpression {
  const r = c.resolution;
  const timex: TimeExpression = {
    span: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
    type: r.type,
    relative: r.relative,
    sentence: Math.max(0, locate(c.start)),
  };
  if (r.value !== undefined) timex.value = r.value;
  if (r.begin !== undefined && r.end !== undefined) {
    timex.begin = r.begin;
    timex.end = r.end;
  }
  return timex;
}

/** Index of the sentence holding a position, else of the last sentence starting before it, else -1. */
function sentenceLocator(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}
