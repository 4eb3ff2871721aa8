/**
 * Named days and years: holidays ("Christmas", "Thanksgiving"), years in words ("nineteen
 * ninety-six"), "year-end", and the reporting periods of business news ("the latest quarter",
 * "the year-ago quarter", "a year earlier" next to quarterly figures).
 */

import { addDays, formatDay, formatMonth, formatUnyearedDay, formatUnyearedMonth, formatYear, weekday, type Day } from './calendar.js';
import { MONTH, PRIOR_YEAR, SEASON, YEAR, monthNumber, seasonCode, wordsFor } from './lexicon.js';
import { date, unanchored, yearOfMonth, type Resolution } from './resolve.js';
import { isCapitalised, pattern, type Rule, type RuleContext } from './rule.js';

const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

/** The nth weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, dow: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((dow - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
  return addDays(lastDay, -((weekday(lastDay) - dow + 7) % 7));
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Holidays whose date is fixed or computable; the month gives the year logic for unyeared mentions. */
const HOLIDAYS: Record<string, { month: number; day: (year: number) => Day }> = {
  "new year's day": { month: 1, day: (y) => ({ year: y, month: 1, day: 1 }) },
  "new year's eve": { month: 12, day: (y) => ({ year: y, month: 12, day: 31 }) },
  "valentine's day": { month: 2, day: (y) => ({ year: y, month: 2, day: 14 }) },
  'good friday': { month: 4, day: (y) => addDays(easter(y), -2) },
  easter: { month: 4, day: (y) => easter(y) },
  'easter sunday': { month: 4, day: (y) => easter(y) },
  'easter monday': { month: 4, day: (y) => addDays(easter(y), 1) },
  'may day': { month: 5, day: (y) => ({ year: y, month: 5, day: 1 }) },
  'memorial day': { month: 5, day: (y) => nthWeekday(y, 5, 1, -1) },
  'labor day': { month: 9, day: (y) => nthWeekday(y, 9, 1, 1) },
  // US Election Day: the Tuesday after the first Monday of November.
  'election day': { month: 11, day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  halloween: { month: 10, day: (y) => ({ year: y, month: 10, day: 31 }) },
  'veterans day': { month: 11, day: (y) => ({ year: y, month: 11, day: 11 }) },
  'armistice day': { month: 11, day: (y) => ({ year: y, month: 11, day: 11 }) },
  thanksgiving: { month: 11, day: (y) => nthWeekday(y, 11, 4, 4) },
  'thanksgiving day': { month: 11, day: (y) => nthWeekday(y, 11, 4, 4) },
  'christmas eve': { month: 12, day: (y) => ({ year: y, month: 12, day: 24 }) },
  christmas: { month: 12, day: (y) => ({ year: y, month: 12, day: 25 }) },
  'christmas day': { month: 12, day: (y) => ({ year: y, month: 12, day: 25 }) },
  'boxing day': { month: 12, day: (y) => ({ year: y, month: 12, day: 26 }) },
};

const HOLIDAY = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/'/g, "['’]").replace(/ /g, '\\s'))
  .join('|');

/** A holiday without a year: its month and day when fixed (XXXX-12-25), its month when only the day moves (XXXX-11). */
function unyearedHoliday(dayIn: (year: number) => Day): string {
  const [a, b] = [dayIn(2001), dayIn(2002)];
  if (a.month !== b.month) return 'XXXX-XX-XX';
  return a.day === b.day ? formatUnyearedDay(a.month, a.day) : formatUnyearedMonth(a.month);
}

const TENS = wordsFor((n) => n >= 10);
const ONES = wordsFor((n) => n >= 1 && n <= 9);
const TENS_WORD = Object.keys(TENS).join('|');
const ONES_WORD = Object.keys(ONES).join('|');

/** The last quarter that has ended by the reference date, moved by whole years. */
function lastQuarter(ref: Day, yearOffset: number): string {
  const current = Math.floor((ref.month - 1) / 3) + 1;
  const year = current === 1 ? ref.year - 1 : ref.year;
  const quarter = current === 1 ? 4 : current - 1;
  return `${formatYear(year + yearOffset)}-Q${quarter}`;
}

function currentQuarter(ref: Day): string {
  return `${formatYear(ref.year)}-Q${Math.floor((ref.month - 1) / 3) + 1}`;
}

/**
 * A quarter read from the reference date and the words around the expression; a quarter the text
 * names before it (`reportedQuarter`) replaces the guess once expressions are chosen.
 */
function inContext(value: string, yearOffset?: number, year?: number): Resolution {
  const resolution: Resolution = { ...date(value, { relative: true }), anchoring: 'context' };
  if (yearOffset !== undefined) resolution.reportedQuarter = year === undefined ? { yearOffset } : { yearOffset, year };
  return resolution;
}

/** Quarterly results nearby make "a year ago" mean the same quarter a year before. */
function nearQuarterlyFigures(ctx: RuleContext, at: number): boolean {
  return /\bquarter/i.test(ctx.text.slice(Math.max(0, at - 400), at + 80));
}

export const namedRules: Rule[] = [
  {
    name: 'holiday',
    pattern: pattern(`\\b(?<h>${HOLIDAY})(?:,? (?<y>${YEAR}))?\\b`),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!/^[A-Z]/.test(g.h!)) return null;
      const holiday = HOLIDAYS[g.h!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')];
      if (!holiday) return null;
      if (g.y) return date(formatDay(holiday.day(Number(g.y))), { relative: false });
      if (!ctx.ref) return unanchored(unyearedHoliday(holiday.day));
      return date(formatDay(holiday.day(yearOfMonth(holiday.month, ctx.ref, ctx.tense(...span(m))))), { relative: true });
    },
  },
  {
    name: 'spoken-year',
    // "nineteen ninety-six", "the year two thousand", "two thousand and one", "January nineteen
    // ninety-seven", "the winter of nineteen ninety-four"
    pattern: pattern(
      `\\b(?:(?<mon>${MONTH}) |(?:the )?(?<season>${SEASON}) of )?(?:the year )?(?:(?<c>nineteen|eighteen|twenty) (?:(?<t>${TENS_WORD})(?:[- ](?<o>${ONES_WORD}))?|oh[- ](?<oh>${ONES_WORD})|(?<hundred>hundred))|two thousand(?: and)?(?: (?<k>${ONES_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\\b(?![- ](?:${ONES_WORD}|percent|people|years|dollars|hundred|thousand|million))`,
    ),
    resolve(m) {
      const g = m.groups!;
      let year: number;
      if (g.c) {
        const century = g.c.toLowerCase() === 'twenty' ? 20 : g.c.toLowerCase() === 'eighteen' ? 18 : 19;
        const rest = g.hundred ? 0 : g.oh ? ONES[g.oh.toLowerCase()]! : TENS[g.t!.toLowerCase()]! + (g.o ? ONES[g.o.toLowerCase()]! : 0);
        if (!g.hundred && !g.oh && TENS[g.t!.toLowerCase()]! < 10) return null;
        year = century * 100 + rest;
      } else {
        // "two thousand" alone is a count unless introduced as a year.
        if (!g.k && !/^the year/i.test(m[0])) return null;
        year = 2000 + (g.k ? (ONES[g.k.toLowerCase()] ?? TENS[g.k.toLowerCase()] ?? 0) : 0);
      }
      const month = g.mon && isCapitalised(g.mon) ? monthNumber(g.mon) : undefined;
      if (month) return date(formatMonth(year, month), { relative: false });
      if (g.mon) return null;
      if (g.season) return date(`${formatYear(year)}-${seasonCode(g.season)!}`, { relative: false });
      return date(formatYear(year), { relative: false });
    },
  },
  {
    name: 'year-end',
    // "by year-end", "year's end", "around year end"
    pattern: pattern(`\\b(?:year[- ]end|year['’]s end)\\b(?![- ]?(?:results|figures|bonus|bonuses|report|rally|sales|holidays?|review))`),
    resolve(m, ctx) {
      if (!ctx.ref) return unanchored('XXXX');
      const past = ctx.tense(...span(m)) === 'past' && ctx.ref.month <= 3;
      return date(formatYear(ctx.ref.year - (past ? 1 : 0)), { relative: true, mod: 'END' });
    },
  },
  {
    name: 'reporting-quarter',
    // "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "the 1988 quarter",
    // "last year's quarter", "the quarter a year ago", "the corresponding period last year"
    pattern: pattern(
      `\\b(?:(?<det>the|its|last year['’]s) )?(?:(?:(?<adj>latest|most recent|current|same|comparable|corresponding|${PRIOR_YEAR})|(?<y>${YEAR})) )?(?:fiscal )?(?:(?<q>quarter)|(?<period>period))\\b(?!s|-)(?<ago> (?:a|one) year (?:ago|earlier)| last year)?`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const adj = g.adj?.toLowerCase() ?? '';
      const yearBefore = !!g.ago || /^last/i.test(g.det ?? '');
      if (!g.det && !adj) return null;
      if (g.period && !/year-/.test(adj) && adj !== 'latest' && !g.y && !yearBefore) return null;
      if ((g.period || g.y) && !nearQuarterlyFigures(ctx, m.index)) return null;
      if (/^(?:same)$/.test(adj) && !yearBefore) return null;
      if (!ctx.ref) return g.y ? { ...date(`${g.y}-QX`, { relative: false }), anchoring: 'context' } : unanchored('XXXX-QX');
      // "the 1988 quarter" beside quarterly figures: the quarter reported on, in that year.
      if (g.y) return inContext(`${g.y}${lastQuarter(ctx.ref, 0).slice(4)}`, 0, Number(g.y));
      // Which quarter a report speaks of is a guess from the reference date alone.
      if (yearBefore || /year-|prior-year|comparable|corresponding/.test(adj)) return inContext(lastQuarter(ctx.ref, -1), -1);
      if (adj === 'current') return inContext(currentQuarter(ctx.ref));
      return inContext(lastQuarter(ctx.ref, 0), 0);
    },
  },
  {
    name: 'year-ago-adjective',
    // "year-earlier results", "compared with year-ago net income"
    pattern: pattern(`\\b(?:year-earlier|year-ago)\\b(?! (?:quarter|period)\\b)`),
    resolve(m, ctx) {
      if (!ctx.ref) return unanchored('XXXX');
      if (nearQuarterlyFigures(ctx, m.index)) return inContext(lastQuarter(ctx.ref, -1), -1);
      return date(formatYear(ctx.ref.year - 1), { relative: true });
    },
  },
  {
    name: 'year-ago-quarterly',
    // "a year ago" / "a year earlier" beside quarterly figures is the same quarter a year before.
    pattern: pattern(`\\b(?:a|one) year (?:ago|earlier)\\b`),
    resolve(m, ctx): Resolution | null {
      if (!ctx.ref || !nearQuarterlyFigures(ctx, m.index)) return null;
      return inContext(lastQuarter(ctx.ref, -1), -1);
    },
  },
];
