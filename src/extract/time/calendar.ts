/**
 * Calendar arithmetic on plain (year, month, day) triples, and TIMEX3/xsd formatting.
 * Months are 1-based. All computation is in UTC so no host time zone leaks in.
 */
import { daysInMonth, type Day } from '../../core/dates.js';

export { daysInMonth, parseDay, type Day } from '../../core/dates.js';

const DAY_MS = 86_400_000;

function toTime(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromTime(t: number): Day {
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromTime(toTime(d) + n * DAY_MS);
}

/** Adds months, clamping the day to the end of the target month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: Day): number {
  return new Date(toTime(d)).getUTCDay();
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Day): { year: number; week: number } {
  const dow = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const jan1 = toTime({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toTime(thursday) - jan1) / DAY_MS / 7) + 1 };
}

/** The Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const dow = (weekday(jan4) + 6) % 7;
  return addDays(jan4, (week - 1) * 7 - dow);
}

export function compareDays(a: Day, b: Day): number {
  return toTime(a) - toTime(b);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** TIMEX3's partial forms for a month or a day named without a year: XXXX-04, XXXX-04-12. */
export function formatUnyearedMonth(month: number): string {
  return `XXXX-${pad(month)}`;
}

export function formatUnyearedDay(month: number, day: number): string {
  return `XXXX-${pad(month)}-${pad(day)}`;
}

export function formatWeek(d: Day): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function formatClock(hour: number, minute: number): string {
  return `T${pad(hour)}:${pad(minute)}`;
}

/** Bounds (xsd lexical forms) of a TIMEX3 calendar value that is not itself an xsd date form. */
export function boundsOf(value: string): { begin: string; end: string } | undefined {
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    if (m[3]) return { begin: formatDay(addDays(monday, 5)), end: formatDay(addDays(monday, 6)) };
    return { begin: formatDay(monday), end: formatDay(addDays(monday, 6)) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return { begin: formatMonth(Number(m[1]), q * 3 - 2), end: formatMonth(Number(m[1]), q * 3) };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const h = Number(m[2]);
    return { begin: formatMonth(Number(m[1]), h * 6 - 5), end: formatMonth(Number(m[1]), h * 6) };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    // Northern-hemisphere meteorological seasons; winter runs into the next year.
    const months: Record<string, [number, number, number, number]> = {
      SP: [y, 3, y, 5],
      SU: [y, 6, y, 8],
      FA: [y, 9, y, 11],
      WI: [y, 12, y + 1, 2],
    };
    const [by, bm, ey, em] = months[m[2]!]!;
    return { begin: formatMonth(by, bm), end: formatMonth(ey, em) };
  }
  m = /^(\d{3})$/.exec(value);
  if (m) return { begin: `${m[1]}0`, end: `${m[1]}9` };
  m = /^(\d{2})$/.exec(value);
  if (m) return { begin: `${m[1]}00`, end: `${m[1]}99` };
  return undefined;
}
