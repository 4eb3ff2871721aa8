/**
 * Anchoring relative expressions to the reference date, following the TimeML conventions
 * seen in TimeBank: a bare weekday is the latest one on or before the reference date unless
 * the clause speaks of the future; a month without a year is in the reference year unless the
 * tense pushes it to the year before or after.
 */

import type { TimexAnchoring, TimexType } from '../../core/types.js';
import {
  addDays,
  addMonths,
  boundsOf,
  compareDays,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  weekday,
  type Day,
} from './calendar.js';
import type { Unit } from './lexicon.js';
import type { Tense } from './tense.js';

export interface Resolution {
  type: TimexType;
  value?: string;
  begin?: string;
  end?: string;
  relative: boolean;
  /** Clock time ("T15:00") of a TIME expression, kept so it can be joined to an adjacent date. */
  clock?: string;
  /** Set when the rule knows better than the default (explicit, reference, tense, unanchored or vague from the value). */
  anchoring?: TimexAnchoring;
  /** The words also have a common non-temporal reading that the rule's context check let through. */
  ambiguous?: boolean;
  /** Set for "the following year", "later that day": the value comes from the date the text spoke of last. */
  narrative?: NarrativeShift;
  /**
   * Set for "the quarter", "the year-ago quarter", "a year earlier" beside quarterly figures: the
   * quarter the text reports on, when it named one before, moved by whole years or put in a year.
   */
  reportedQuarter?: { yearOffset: number; year?: number };
  /** "the year-ago third quarter": the counterpart of the period reported on, not that period. */
  comparison?: boolean;
}

/** How a narrative expression moves from the date before it: "the following month" is (month, +1). */
export interface NarrativeShift {
  unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'weekday';
  offset: number;
  /** "the next morning": a part of the day. */
  part?: 'MO' | 'AF' | 'EV' | 'NI';
  /** "the previous Friday": 0 = Sunday ... 6 = Saturday. */
  weekday?: number;
}

/** A relative expression with no reference date: its partial TIMEX3 value ("XXXX-WXX-3", "XXXX-04-12"). */
export function unanchored(value: string, type: TimexType = 'DATE'): Resolution {
  return { type, value, relative: true, anchoring: 'unanchored' };
}

const UNANCHORED_PERIOD: Partial<Record<Unit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  fortnight: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

/** The partial value of a day, week, month... that has no reference date: "four years ago" is XXXX. */
export function unanchoredPeriod(unit: Unit): Resolution | null {
  const value = UNANCHORED_PERIOD[unit];
  return value ? unanchored(value) : null;
}

/** TIMEX3 weekday digit, Monday 1 ... Sunday 7, from 0 = Sunday ... 6 = Saturday. */
export function isoWeekday(day: number): number {
  return day === 0 ? 7 : day;
}

/** Marks a resolution whose words also have a common non-temporal reading. */
export function ambiguous(resolution: Resolution): Resolution {
  return { ...resolution, ambiguous: true };
}

/** Where in a period an expression points: "early", "mid", "late", "the end of". */
export type Mod = 'START' | 'MID' | 'END';

export function modOf(word: string | undefined): Mod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/^the /, '').replace(/ of$/, '').replace(/-$/, '').trim();
  if (/^(?:early|earlier|beginning|start|dawn)$/.test(w)) return 'START';
  if (/^(?:mid|middle|midway through)$/.test(w)) return 'MID';
  if (/^(?:late|later|end|close|rest|remainder)$/.test(w)) return 'END';
  return undefined;
}

/** A DATE resolution of `value`; `relative` when it was counted from the reference date, `mod` narrowing it ("early 2021"). */
export function date(value: string | undefined, { relative, mod }: { relative: boolean; mod?: Mod | undefined }): Resolution {
  const out: Resolution = { type: 'DATE', relative };
  if (value === undefined) return out;
  out.value = value;
  const bounds = mod ? modBounds(value, mod) : boundsOf(value);
  if (bounds) {
    out.begin = bounds.begin;
    out.end = bounds.end;
  }
  return out;
}

/** Thirds of a month, a year or a decade for "early/mid/late X". */
function modBounds(value: string, mod: Mod): { begin: string; end: string } | undefined {
  const third = mod === 'START' ? 0 : mod === 'MID' ? 1 : 2;
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const first = [1, 11, 21][third]!;
    const last = [10, 20, daysInMonth(y, mo)][third]!;
    return { begin: formatDay({ year: y, month: mo, day: first }), end: formatDay({ year: y, month: mo, day: last }) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { begin: formatMonth(y, [1, 5, 9][third]!), end: formatMonth(y, [4, 8, 12][third]!) };
  }
  m = /^(\d{3})$/.exec(value);
  if (m) return { begin: `${m[1]}${[0, 4, 7][third]}`, end: `${m[1]}${[3, 6, 9][third]}` };
  return boundsOf(value);
}

/**
 * The year of a month named without one: the reference year, unless the clause is past and the
 * month lies well after the reference month (then the year before), or future and well before
 * it (then the year after). Dates a month or two ahead stay in the year even in past clauses
 * ("the offer was extended to Nov. 16").
 */
export function yearOfMonth(month: number, ref: Day, tense: Tense | undefined): number {
  const d = month - ref.month;
  if (tense === 'past') return d > 3 ? ref.year - 1 : ref.year;
  if (tense === 'future') return d < -3 ? ref.year + 1 : ref.year;
  if (d > 6) return ref.year - 1;
  if (d < -6) return ref.year + 1;
  return ref.year;
}

/** "until Tuesday", "until 9 a.m. EST Tuesday", "through January". */
const UNTIL =
  /\b(?:until|till|through)\s+(?:(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)(?:\s+[A-Z]{3})?,?\s+)?(?:on\s+)?$/i;
/** Words that set a deadline: "extended the deadline until", "postponed until", "has until". */
const DEADLINE =
  /\b(?:deadline|extend|extended|postpone|postponed|delay|delayed|adjourn|adjourned|suspend|suspended|given|gave|ha(?:s|ve|d) until)\b/i;

/**
 * "has until Tuesday", "postponed until Tuesday morning", "extended through January": a deadline,
 * which news gives for a day to come even in a past clause; "stayed until Sunday" is not one.
 */
export function isDeadline(text: string, start: number, tense: Tense | undefined): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!UNTIL.test(before.slice(-32))) return false;
  return tense !== 'past' || DEADLINE.test(before);
}

/**
 * A weekday named alone: the latest on or before the reference date, or the first on or after it
 * in a future clause ("will announce on Friday" written on a Friday is that day).
 */
export function resolveWeekday(target: number, ref: Day, tense: Tense | undefined): Day {
  const today = weekday(ref);
  if (tense === 'future') return addDays(ref, (target - today + 7) % 7);
  return addDays(ref, -((today - target + 7) % 7));
}

/** "last Friday": strictly before; "next Friday": strictly after; "this Friday": in the week of the reference. */
export function resolveWeekdayWith(target: number, ref: Day, relation: 'last' | 'next' | 'this'): Day {
  const today = weekday(ref);
  if (relation === 'last') return addDays(ref, -(((today - target + 6) % 7) + 1));
  if (relation === 'next') return addDays(ref, ((target - today + 6) % 7) + 1);
  const mondayBased = (d: number): number => (d + 6) % 7;
  return addDays(ref, mondayBased(target) - mondayBased(today));
}

/** "last April": the latest April strictly before the reference month; "next April": the first after it. */
export function resolveMonthWith(month: number, ref: Day, relation: 'last' | 'next' | 'this'): number {
  if (relation === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 'next') return month > ref.month ? ref.year : ref.year + 1;
  return ref.year;
}

/** "two weeks ago", "in six months": the reference date moved by a count of units. */
export function counted(ref: Day, n: number, unit: Unit): Resolution | null {
  const value = shiftedValue(ref, n, unit);
  return value ? { ...date(value, { relative: true }), anchoring: 'counted' } : null;
}

/** The reference date moved by n units, written at that unit's granularity ("two weeks ago" -> a week). */
function shiftedValue(ref: Day, n: number, unit: Unit): string | undefined {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, n));
    case 'week':
      return formatWeek(addDays(ref, n * 7));
    case 'fortnight':
      return formatWeek(addDays(ref, n * 14));
    case 'month':
      return monthValue(addMonths(ref, n));
    case 'quarter': {
      const d = addMonths(ref, n * 3);
      return `${formatYear(d.year)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    }
    case 'year':
      return formatYear(ref.year + n);
    case 'decade':
      return formatYear(ref.year + n * 10);
    case 'century':
      return formatYear(ref.year + n * 100);
    default:
      return undefined;
  }
}

function monthValue(d: Day): string {
  return formatMonth(d.year, d.month);
}

/** The period holding the reference date, moved by `offset` periods: "last week" is ('week', -1). */
export function periodValue(ref: Day, unit: Unit, offset: number): string | undefined {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, offset));
    case 'week':
      return formatWeek(addDays(ref, offset * 7));
    case 'month':
      return monthValue(addMonths(ref, offset));
    case 'quarter': {
      const d = addMonths(ref, offset * 3);
      return `${formatYear(d.year)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    }
    case 'year':
      return formatYear(ref.year + offset);
    case 'decade':
      return String(Math.floor(ref.year / 10) + offset);
    case 'century':
      return String(Math.floor(ref.year / 100) + offset);
    default:
      return undefined;
  }
}

/** Quarter named without a year: the reference year, or the year before for a later quarter spoken of in the past. */
export function yearOfQuarter(quarter: number, ref: Day, tense: Tense | undefined): number {
  const current = Math.floor((ref.month - 1) / 3) + 1;
  if (quarter > current && tense === 'past') return ref.year - 1;
  return ref.year;
}

export function isBefore(a: Day, b: Day): boolean {
  return compareDays(a, b) < 0;
}
