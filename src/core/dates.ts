/**
 * The one home of date parsing: dates as printed on news pages (`findDates`, `parseDateValue`),
 * as machines write them in page metadata and records (`parseMachineDate`, `dateOfUrlPath`),
 * and YYYY-MM-DD days (`parseDay`, `isIsoDate`: --date, reference dates, xsd:date), all
 * normalised to YYYY-MM-DD. Only complete, unambiguous dates are returned: "March 3" (no
 * year) and "03/04/2024" (day or month?) are not.
 */

export interface FoundDate {
  /** Offsets relative to the searched string. */
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface DatePattern {
  regex: RegExp;
  /** Year, month, day from the match; undefined when ambiguous. */
  read(m: RegExpExecArray): [number, number, number] | undefined;
}

const PATTERNS: readonly DatePattern[] = [
  // 2024-03-03, also the date part of 2024-03-03T10:15:00Z
  { regex: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 2024/03/03
  { regex: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // March 3, 2024 / Mar. 3rd 2024
  { regex: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])] },
  // Mar 13 21:30:09 EST 2015 (how JavaScript and Unix print a date): the year comes after the time
  {
    regex: new RegExp(
      `\\b${MONTH}\\s+${DAY}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{2}:?\\d{2})?)?\\s+(\\d{4})\\b`,
      'gi',
    ),
    read: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])],
  },
  // 3 March 2024 / 3rd of March, 2024
  {
    regex: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])],
  },
  // 13/03/2024, 03.13.2024: only when one part cannot be a month (or both parts agree)
  {
    regex: /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      if (a === b) return [year, a, b];
      if (a > 12 && b <= 12) return [year, b, a];
      if (b > 12 && a <= 12) return [year, a, b];
      return undefined;
    },
  },
];

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? 0;
}

/** A calendar day; months are 1-based. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The years news is dated in: a printed or given publication date outside them is refused. */
export const NEWS_YEARS = { first: 1800, last: 2200 } as const;

/** A real day in the years news is dated in (NEWS_YEARS): what a printed or given publication date may be. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= NEWS_YEARS.first && year <= NEWS_YEARS.last && isCalendarDay(year, month, day);
}

/** Why `value` cannot be a publication date, in words for an error message: a real day out of NEWS_YEARS says so. */
export function publicationDateProblem(value: string): string {
  const day = parseDay(value);
  if (day && (day.year < NEWS_YEARS.first || day.year > NEWS_YEARS.last)) {
    return `is outside the years ${NEWS_YEARS.first}-${NEWS_YEARS.last} a publication date may have`;
  }
  return 'is not a complete date (use YYYY-MM-DD)';
}

/** The YYYY-MM-DD that `value` starts with ("2011-07-10", "1998-02-13T14:35:00"), when it is a real day. */
export function parseDay(value: string | undefined): Day | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isCalendarDay(day.year, day.month, day.day) ? day : undefined;
}

/** True when `value` is exactly one real day written YYYY-MM-DD (the form of `--date` and of an xsd:date). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDay(value) !== undefined;
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every complete, valid date in `value`, in order of position (overlaps removed). */
export function findDates(value: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(value); m; m = pattern.regex.exec(value)) {
      const parts = pattern.read(m);
      if (!parts || !isValidDate(...parts)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, value: format(...parts) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.start >= last.end) kept.push(date);
  }
  return kept;
}

/** The value as YYYY-MM-DD when it is one complete date and nothing else of substance. */
export function parseDateValue(value: string): string | undefined {
  const dates = findDates(value);
  const first = dates[0];
  if (dates.length !== 1 || !first) return undefined;
  const rest = value.slice(0, first.start) + value.slice(first.end);
  return isDateLineRest(rest) ? first.value : undefined;
}

/**
 * YYYY-MM-DD from the forms machines write (page metadata, record fields): ISO 8601 with time
 * and zone (the date as the page states it, not shifted to UTC: "2016-11-16T23:30:00-08:00" is
 * 16 November), "20190428", "20190428060107", and what `parseDateValue` reads ("April 28, 2019",
 * RFC 2822, "Fri Mar 13 21:30:09 EST 2015").
 */
export function parseMachineDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return isValidDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? iso[0].slice(0, 10) : undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d{4}(?:\d{2})?$)/.exec(text);
  if (compact)
    return isValidDate(Number(compact[1]), Number(compact[2]), Number(compact[3]))
      ? `${compact[1]}-${compact[2]}-${compact[3]}`
      : undefined;
  return parseDateValue(text);
}

const DATED_PATH = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//;

/** The date many sites file an article under: ".../2015/02/01/the-story/". */
export function dateOfUrlPath(pathname: string): string | undefined {
  const dated = DATED_PATH.exec(pathname);
  return dated && isValidDate(Number(dated[1]), Number(dated[2]), Number(dated[3])) ? `${dated[1]}-${dated[2]}-${dated[3]}` : undefined;
}

// What may stand next to a date on a date line: weekday, time, zone, labels, separators.
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\b/gi;
const TIME =
  /\b\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?(?=\s|$)|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/gi;
const ZONE = /\b(?:[A-Z]{1,4}T|UTC|GMT|Z)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?/g;
const LABEL = /\b(?:published|posted|first published|updated|last updated|modified|date|on|at)\b/gi;

/** True when `rest` (a date line without its date) holds only weekday, time, zone and labels. */
export function isDateLineRest(rest: string): boolean {
  const left = rest.replace(WEEKDAY, ' ').replace(TIME, ' ').replace(ZONE, ' ').replace(LABEL, ' ');
  return /^[\s,.:;|•·()[\]–—-]*$/.test(left);
}

/** A line label saying which date this is: publication wins over update. */
export type DateLabel = 'published' | 'updated' | 'none';

export function dateLabel(line: string): DateLabel {
  if (/^\s*(?:(?:first\s+)?published|posted|date)\b/i.test(line)) return 'published';
  if (/^\s*(?:(?:last\s+)?updated|modified)\b/i.test(line)) return 'updated';
  return 'none';
}
