/**
 * Expressions anchored to the date the text last spoke of rather than to the publication date:
 * "the following year", "later that day", "that quarter", "the next morning", "the previous
 * Friday", and "the day after Easter". Their rule only marks them; once the expressions are chosen,
 * each takes its value from the latest dated expression before it.
 */

import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeekStart, parseDay, type Day } from './calendar.js';
import { WEEKDAY, partOfDayCode, weekdayNumber } from './lexicon.js';
import {
  date,
  isoWeekday,
  periodValue,
  resolveWeekdayWith,
  unanchored,
  unanchoredPeriod,
  type NarrativeShift,
  type Resolution,
} from './resolve.js';
import { isCapitalised, pattern, type Candidate, type Rule } from './rule.js';

type ShiftUnit = NarrativeShift['unit'];

export const narrativeRules: Rule[] = [
  {
    name: 'narrative',
    // "that year", "later that day", "the same week", "the following month", "the next morning", "the previous Friday"
    pattern: pattern(
      `\\b(?:(?:earlier|later) )?(?<det>that|the same|the following|the previous|the preceding|the prior|the next) (?:(?<u>day|week|weekend|month|quarter|year)|(?<part>morning|afternoon|evening|night)|(?<wd>${WEEKDAY}))\\b(?![-'’])`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const det = g.det!.toLowerCase();
      const offset = /following|next/.test(det) ? 1 : /previous|preceding|prior/.test(det) ? -1 : 0;
      if (g.wd && (offset === 0 || !isCapitalised(g.wd))) return null;
      // "the next week" and "the next year" are spoken from the reference date, and not only in narratives.
      if (det === 'the next' && (g.wd || (g.u && g.u.toLowerCase() !== 'day'))) return null;
      const unit: ShiftUnit = g.wd ? 'weekday' : g.part ? 'day' : (g.u!.toLowerCase() as ShiftUnit);
      const shift: NarrativeShift = { unit, offset };
      if (g.part) shift.part = partOfDayCode(g.part)!;
      if (g.wd) shift.weekday = weekdayNumber(g.wd)!;
      // Without an earlier date, "the following year" still means the year after the reference date.
      const fallback = offset !== 0 && !g.part ? fromReference(ctx.ref, shift) : null;
      return { ...(fallback ?? { type: g.part ? 'TIME' : 'DATE', relative: true }), narrative: shift };
    },
  },
];

function fromReference(ref: Day | undefined, shift: NarrativeShift): Resolution | null {
  if (shift.unit === 'weekday') {
    if (!ref) return unanchored(`XXXX-WXX-${isoWeekday(shift.weekday!)}`);
    return date(formatDay(resolveWeekdayWith(shift.weekday!, ref, shift.offset < 0 ? 'last' : 'next')), { relative: true });
  }
  const unit = shift.unit === 'weekend' ? 'week' : shift.unit;
  if (!ref) return unanchoredPeriod(unit);
  const value = periodValue(ref, unit, shift.offset);
  return value ? date(shift.unit === 'weekend' ? `${value}-WE` : value, { relative: true }) : null;
}

/**
 * Gives each narrative expression its value from the latest dated expression before it (which
 * it then replaces as the anchor); "that quarter" looks back to the latest quarter when there is
 * one. One with neither an anchor nor a fallback value is dropped. A day keeps the words before
 * it that move or widen it ("the day after Easter", "the week of March 6"). "The quarter" and "a
 * year earlier" beside quarterly figures take the quarter named shortly before, when there is one.
 */
export function anchorNarratives(text: string, chosen: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let anchor: string | undefined;
  let quarterAnchor: string | undefined;
  let quarterAnchorEnd = 0;
  for (const c of chosen) {
    let item = c;
    const shift = c.resolution.narrative;
    const reported = c.resolution.reportedQuarter;
    if (reported) {
      // Not an anchor itself: "the year-ago quarter" must not become the quarter reported on.
      const named = quarterAnchor && c.start - quarterAnchorEnd <= REPORTED_QUARTER_REACH ? quarterAnchor : undefined;
      const value = named ? date(reportedFrom(named, reported), { relative: true }) : undefined;
      out.push(value ? { ...c, resolution: { ...c.resolution, ...value, anchoring: 'narrative' } } : c);
      continue;
    }
    if (shift) {
      const from = shift.unit === 'quarter' ? (quarterAnchor ?? anchor) : anchor;
      const value = from ? shiftFrom(from, shift) : undefined;
      if (value) item = { ...c, resolution: { ...value, anchoring: 'narrative' } };
      else if (c.resolution.value === undefined) continue;
    } else {
      item = dayPhrase(text, c) ?? c;
    }
    const value = item.resolution.value;
    if (isCalendarDate(item.resolution)) anchor = value;
    if (value && QUARTER.test(value) && !item.resolution.comparison) {
      quarterAnchor = value;
      quarterAnchorEnd = item.end;
    }
    out.push(item);
  }
  return out;
}

const QUARTER = /^\d{4}-Q[1-4]$/;
/** How far after a named quarter "the quarter" still means it: a brief's length, not the next story's. */
const REPORTED_QUARTER_REACH = 400;

/** The quarter reported on, moved by whole years or put in a given year. */
function reportedFrom(anchor: string, reported: { yearOffset: number; year?: number }): string {
  const year = reported.year ?? Number(anchor.slice(0, 4)) + reported.yearOffset;
  return `${formatYear(year)}${anchor.slice(4)}`;
}

function isCalendarDate(r: Resolution): boolean {
  return (r.type === 'DATE' || r.type === 'TIME') && r.value !== undefined && /^\d{4}/.test(r.value);
}

/**
 * A day with the words in front of it that move or widen it: "the day after Easter" (the day
 * after), "the week of March 6" (that day's week).
 */
function dayPhrase(text: string, c: Candidate): Candidate | undefined {
  const value = c.resolution.value;
  const day = value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : undefined;
  if (!day) return undefined;
  const words = /\bthe (?:day (before|after)|week of) $/i.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (!words) return undefined;
  const moved = words[1] ? formatDay(addDays(day, words[1].toLowerCase() === 'after' ? 1 : -1)) : formatWeek(day);
  return { ...c, start: c.start - words[0].length, resolution: { ...c.resolution, ...date(moved, { relative: c.resolution.relative }) } };
}

/** The anchor moved as the expression says, at the expression's granularity; undefined when the anchor is too coarse. */
function shiftFrom(anchor: string, shift: NarrativeShift): Resolution | undefined {
  const day = parseDay(anchor);
  const month = /^(\d{4})-(\d{2})(?!\d)/.exec(anchor);
  const year = Number(anchor.slice(0, 4));
  switch (shift.unit) {
    case 'year':
      return date(formatYear(year + shift.offset), { relative: true });
    case 'month': {
      if (!month) return undefined;
      const moved = addMonths({ year, month: Number(month[2]), day: 1 }, shift.offset);
      return date(formatMonth(moved.year, moved.month), { relative: true });
    }
    case 'quarter': {
      const quarter = QUARTER.test(anchor) ? Number(anchor.slice(6)) : month ? Math.floor((Number(month[2]) - 1) / 3) + 1 : undefined;
      if (quarter === undefined) return undefined;
      const index = year * 4 + quarter - 1 + shift.offset;
      return date(`${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`, { relative: true });
    }
    case 'week':
    case 'weekend': {
      const w = /^(\d{4})-W(\d{2})$/.exec(anchor);
      const monday = w ? isoWeekStart(Number(w[1]), Number(w[2])) : day;
      if (!monday) return undefined;
      const week = formatWeek(addDays(monday, shift.offset * 7));
      return date(shift.unit === 'weekend' ? `${week}-WE` : week, { relative: true });
    }
    case 'day': {
      if (!day) return undefined;
      const moved = formatDay(addDays(day, shift.offset));
      if (!shift.part) return date(moved, { relative: true });
      return { type: 'TIME', value: `${moved}T${shift.part}`, begin: moved, end: moved, relative: true };
    }
    case 'weekday':
      if (!day) return undefined;
      return date(formatDay(resolveWeekdayWith(shift.weekday!, day, shift.offset < 0 ? 'last' : 'next')), { relative: true });
  }
}
