/**
 * Time expressions (TIMEX3): HeidelTime-style hand-written rules, each a pattern plus a
 * normaliser, run over the whole text; overlapping matches are settled longest-first.
 * Relative expressions are anchored to the reference (publication) date; without one they
 * get TIMEX3's partial value ("Wednesday" is XXXX-WXX-3). Each expression carries the evidence
 * its value rests on and a confidence computed from it.
 */

import { NewskgError } from '../../core/errors.js';
import type { Sentence, TimeExpression, TimexAnchoring, TimexShape } from '../../core/types.js';
import { parseDay } from './calendar.js';
import { joinClockToDate } from './clock.js';
import { timexConfidence } from './confidence.js';
import { anchorNarratives, narrativeRules } from './narrative.js';
import type { Resolution } from './resolve.js';
import type { Candidate, Rule, RuleContext } from './rule.js';
import { absoluteRules } from './rules-absolute.js';
import { durationRules } from './rules-duration.js';
import { namedRules } from './rules-named.js';
import { relativeRules } from './rules-relative.js';
import { TenseReader } from './tense.js';
import { partitionPoint } from '../../core/search.js';

/** Rule order breaks ties between matches of equal length: earlier rules win. */
const RULES: readonly Rule[] = [...absoluteRules, ...namedRules, ...narrativeRules, ...relativeRules, ...durationRules];

/** How far around a time expression outside any sentence the tense reader looks. */
const TENSE_WINDOW = 160;

export function extractTimexes(text: string, sentences: Sentence[], referenceDate?: string): TimeExpression[] {
  const ref = parseDay(referenceDate);
  if (referenceDate !== undefined && !ref) {
    throw new NewskgError('OPTION_INVALID', `Reference date "${referenceDate}" is not a YYYY-MM-DD date`);
  }
  const locate = sentenceLocator(sentences);
  const tenses = new TenseReader(text);
  // Which rules needed the tense, and whether it was found, is evidence for the confidence.
  let tenseCue: boolean | undefined;
  const ctx: RuleContext = {
    text,
    ref,
    tense(start, end) {
      const i = locate(start);
      const s = i >= 0 ? sentences[i] : undefined;
      const from = s && s.start <= start && end <= s.end ? s.start : Math.max(0, start - TENSE_WINDOW);
      const to = s && s.start <= start && end <= s.end ? s.end : Math.min(text.length, end + TENSE_WINDOW);
      const tense = tenses.at(from, to, start, end);
      tenseCue = tense !== undefined;
      return tense;
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
      if (rule.name !== 'holiday' && inTitle(text, m.index, m.index + m[0].length)) continue;
      tenseCue = undefined;
      const resolution = rule.resolve(m, ctx);
      if (resolution) {
        const candidate: Candidate = { start: m.index, end: m.index + m[0].length, resolution, rule: rule.name, priority };
        if (tenseCue !== undefined) candidate.tenseCue = tenseCue;
        candidates.push(candidate);
      }
    }
  });

  const longest = selectLongest(candidates, text.length);
  const yeared = ref ? longest : yearFromText(longest, ctx);
  const chosen = joinClockToDate(text, anchorNarratives(text, yeared), locate);
  return chosen.map((c) => toTimex(text, c, locate));
}

/** Rules that take a month's or a day's year from the reference date. */
const YEARLESS_RULES: ReadonlyMap<string, Rule> = new Map(
  RULES.filter((r) => ['month-alone', 'month-day-year', 'coordinated-day', 'day-month-year'].includes(r.name)).map((r) => [r.name, r]),
);
const YEARLESS_VALUE = /^XXXX-\d\d(?:-\d\d)?$/;
const FULL_DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * Without a publication date, a text that spells out a full date ("July 4, 2011") was written
 * on or after the latest such date: a month or day given without its year ("in mid July",
 * "on March 3") takes its year from that date and the tense, as it would from a publication
 * date, with the weaker 'context' anchoring. A text with no full date keeps partial values.
 */
function yearFromText(chosen: Candidate[], ctx: RuleContext): Candidate[] {
  let latest: string | undefined;
  for (const c of chosen) {
    const value = c.resolution.value;
    if (!c.resolution.relative && value !== undefined && FULL_DAY.test(value) && (latest === undefined || value > latest)) latest = value;
  }
  const proxy = parseDay(latest);
  if (!proxy) return chosen;
  const anchored: RuleContext = { ...ctx, ref: proxy };
  return chosen.map((c) => {
    const rule = YEARLESS_RULES.get(c.rule);
    if (!rule || !YEARLESS_VALUE.test(c.resolution.value ?? '')) return c;
    rule.pattern.lastIndex = c.start;
    const m = rule.pattern.exec(ctx.text);
    if (!m || m.index !== c.start || m.index + m[0].length !== c.end) return c;
    const resolution = rule.resolve(m, anchored);
    if (!resolution?.value || resolution.value.includes('X')) return c;
    return { ...c, resolution: { ...resolution, anchoring: 'context' } };
  });
}

const TITLE_WINDOW = 200;

/** Time words that running text writes in lower case. */
const COMMON_TIME_WORD =
  /^(?:today|tomorrow|yesterday|tonight|now|noon|midnight|(?:second|minute|hour|day|week|weekend|month|quarter|year|decade)s?|century|centuries|morning|afternoon|evening|night)$/i;

/**
 * "ABC's This Week", "VOA Today", "60 Minutes", "High Noon": a common time word capitalised inside
 * a sentence is part of a title. A sentence's first word, a headline in title case and a holiday
 * ("Thanksgiving Day") are not.
 */
function inTitle(text: string, start: number, end: number): boolean {
  const words = [...text.slice(start, end).matchAll(/[A-Za-z]+/g)];
  const capitalised = words.filter((w) => COMMON_TIME_WORD.test(w[0]) && /^[A-Z]/.test(w[0]));
  if (capitalised.length === 0) return false;
  // The line around the expression, within a bounded window so the check stays linear in the text.
  const from = Math.max(0, start - TITLE_WINDOW);
  const around = text.slice(from, Math.min(text.length, end + TITLE_WINDOW));
  const lineStart = around.lastIndexOf('\n', start - from) + 1;
  const lineEnd = around.indexOf('\n', end - from);
  const lineWords = around.slice(lineStart, lineEnd < 0 ? around.length : lineEnd).match(/[A-Za-z]+/g) ?? [];
  if (lineWords.filter((w) => /^[A-Z]/.test(w)).length >= lineWords.length * 0.6) return false;
  const sentenceStart = /(?:^|[.!?:"“'‘`(]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  return capitalised.some((w) => w.index > 0 || !sentenceStart);
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

function toTimex(text: string, c: Candidate, locate: (pos: number) => number): TimeExpression {
  const r = c.resolution;
  const evidence: TimeExpression['evidence'] = {
    rule: c.rule,
    anchoring: anchoringOf(c),
    shape: shapeOf(r),
    ambiguous: r.ambiguous === true,
  };
  if (c.tenseCue !== undefined) evidence.tenseCue = c.tenseCue;
  const timex: TimeExpression = {
    span: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
    type: r.type,
    relative: r.relative,
    sentence: Math.max(0, locate(c.start)),
    evidence,
    confidence: timexConfidence(evidence),
  };
  if (r.value !== undefined) timex.value = r.value;
  if (r.begin !== undefined && r.end !== undefined) {
    timex.begin = r.begin;
    timex.end = r.end;
  }
  return timex;
}

function shapeOf(r: Resolution): TimexShape {
  if (r.type === 'SET') return 'set';
  if (r.type === 'DURATION') return 'duration';
  const value = r.value ?? '';
  if (r.type === 'TIME' || /^[\dX]{4}\S*T/.test(value)) return 'time-of-day';
  if (/-(?:W(?:\d\d|XX)(?:-WE)?|Q[1-4X]|H[12]|SP|SU|FA|WI)$|^\d{2,3}$/.test(value)) return 'period';
  return 'calendar';
}

/** What fixed the value, when the rule did not say: read from the value and whether the tense was needed. */
function anchoringOf(c: Candidate): TimexAnchoring {
  const r = c.resolution;
  if (r.anchoring) return r.anchoring;
  if (r.value === undefined) return 'unanchored';
  if (/_REF$/.test(r.value) || (/^P/.test(r.value) && r.value.includes('X'))) return 'vague';
  if (!r.relative) return 'explicit';
  return c.tenseCue === undefined ? 'reference' : 'tense';
}

/** Index of the sentence holding a position, else of the last sentence starting before it, else -1. */
function sentenceLocator(sentences: readonly Sentence[]): (pos: number) => number {
  return (pos) => partitionPoint(sentences, (s) => s.start <= pos) - 1;
}
