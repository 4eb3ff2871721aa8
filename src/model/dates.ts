import { isIsoDate } from '../core/dates.js';
import type { TimeExpression } from '../core/types.js';
import type { EventTime, TypedDate } from './types.js';

/** An xsd:date, xsd:gYearMonth or xsd:gYear for a TIMEX3 value that is one; undefined otherwise (weeks, seasons, PRESENT_REF...). */
export function typedDate(value: string | undefined): TypedDate | undefined {
  if (!value) return undefined;
  if (isIsoDate(value)) return { lexical: value, datatype: 'date' };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return { lexical: value, datatype: 'gYearMonth' };
  if (/^\d{4}$/.test(value)) return { lexical: value, datatype: 'gYear' };
  return undefined;
}

/**
 * When an event happened, from the time expression dating it: a point for a day, a month or a
 * year; an interval for what is vague or wider than one calendar unit ("mid July" as the time
 * stage gives its bounds, a week, a quarter, a season, a decade); the text as written when the
 * value cannot be placed on the calendar ("recently", a weekday with no reference date).
 */
export function eventTime(timex: TimeExpression, timexIri: string): EventTime {
  if (timex.begin || timex.end) {
    const begin = typedDate(timex.begin);
    const end = typedDate(timex.end);
    if (begin || end) return { timex: timexIri, ...(begin ? { begin } : {}), ...(end ? { end } : {}) };
  }
  const value = timex.value?.replace(/T.*$/, '');
  const point = typedDate(value);
  if (point) return { timex: timexIri, point };
  const range = value ? calendarRange(value) : undefined;
  if (range) return { timex: timexIri, begin: range[0], end: range[1] };
  return { timex: timexIri, text: timex.span.text };
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The first and last calendar unit a TIMEX3 week, weekend, quarter, half, season, decade or century covers. */
function calendarRange(value: string): [TypedDate, TypedDate] | undefined {
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (!monday) return undefined;
    const first = m[3] ? addDays(monday, 5) : monday;
    return [day(first), day(addDays(monday, 6))];
  }
  m = /^(\d{4})-(Q([1-4])|H([12])|SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const [from, to]: [number, number] = m[3]
      ? [Number(m[3]) * 3 - 2, Number(m[3]) * 3]
      : m[4]
        ? [Number(m[4]) * 6 - 5, Number(m[4]) * 6]
        : SEASON_MONTHS[m[2]!]!;
    return [month(year, from), month(year + Math.floor((to - 1) / 12), ((to - 1) % 12) + 1)];
  }
  m = /^(\d{2,3})$/.exec(value);
  if (m) {
    const width = m[1]!.length === 3 ? 10 : 100;
    const first = Number(m[1]) * width;
    return [year(first), year(first + width - 1)];
  }
  return undefined;
}

function isoWeekMonday(y: number, week: number): Date | undefined {
  if (week < 1 || week > 53) return undefined;
  // ISO week 1 holds January 4th.
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = addDays(jan4, -((jan4.getUTCDay() + 6) % 7));
  return addDays(monday, (week - 1) * 7);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const day = (d: Date): TypedDate => ({
  lexical: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  datatype: 'date',
});
const month = (y: number, m: number): TypedDate => ({ lexical: `${pad(y, 4)}-${pad(m)}`, datatype: 'gYearMonth' });
const year = (y: number): TypedDate => ({ lexical: pad(y, 4), datatype: 'gYear' });
