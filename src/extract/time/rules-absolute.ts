/**
 * Dates that carry their own year, and month/day dates whose year comes from the reference date.
 */

import { daysInMonth, formatDay, formatMonth, formatUnyearedDay, formatUnyearedMonth, formatYear } from './calendar.js';
import { DAY_OF_MONTH, MONTH, PRIOR_YEAR, SEASON, WEEKDAY, YEAR, monthNumber, ordinalValue, seasonCode } from './lexicon.js';
import { ambiguous, date, isDeadline, modOf, unanchored, yearOfMonth, yearOfQuarter, type Resolution } from './resolve.js';
import type { Tense } from './tense.js';
import { isCapitalised, pattern, type Rule, type RuleContext } from './rule.js';

/** "early", "mid-", "the end of": kept inside the expression as TimeML does ("the middle of October"). */
export const MOD = '(?:early|late|mid|the (?:middle|end|beginning|start|close) of|(?:the )?(?:early|late|mid)(?:dle)?)';

const NOT_NUMBER_AFTER = '(?![\\d%]|[.,:/]\\d|-\\d)';

function dayDate(
  ctx: RuleContext,
  monthWord: string,
  dayWord: string,
  yearWord: string | undefined,
  at: [number, number],
  relation?: string,
): Resolution | null {
  const month = monthNumber(monthWord);
  const day = Number.parseInt(dayWord, 10);
  if (!month) return null;
  if (yearWord) {
    const year = Number(yearWord);
    if (day > daysInMonth(year, month)) return null;
    return date(formatDay({ year, month, day }), { relative: false });
  }
  if (day > daysInMonth(2000, month)) return null;
  if (!ctx.ref) return unanchored(formatUnyearedDay(month, day));
  const ref = ctx.ref;
  let year = yearOfMonth(month, ref, ctx.tense(at[0], at[1]));
  const rel = relation?.toLowerCase();
  // "last Oct. 23": the latest such day before the reference date; "next March 12": the first after it.
  const key = month * 100 + day;
  const refKey = ref.month * 100 + ref.day;
  if (rel === 'last') year = key < refKey ? ref.year : ref.year - 1;
  if (rel === 'next') year = key > refKey ? ref.year : ref.year + 1;
  if (rel === 'this') year = ref.year;
  // "since Oct. 23": the latest such day on or before the reference date.
  if (!rel && isSince(ctx.text, at[0])) year = key <= refKey ? ref.year : ref.year - 1;
  return date(formatDay({ year, month, day: Math.min(day, daysInMonth(year, month)) }), { relative: true });
}

const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

/** "since March", "ever since the Oct. 23 shooting": a point looked back to. */
function isSince(text: string, start: number): boolean {
  return /\bsince (?:(?:the|shortly after the|just after the) )?$/i.test(text.slice(Math.max(0, start - 24), start));
}

/** The tense a month named alone is read in: a deadline ("extended through January") looks ahead. */
function monthTense(ctx: RuleContext, m: RegExpExecArray): Tense | undefined {
  const tense = ctx.tense(...span(m));
  return isDeadline(ctx.text, m.index, tense) ? 'future' : tense;
}

export const absoluteRules: Rule[] = [
  {
    name: 'iso-date',
    pattern: pattern(`\\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b${NOT_NUMBER_AFTER}`),
    resolve(m) {
      const g = m.groups!;
      const year = Number(g.y);
      const month = Number(g.m);
      const day = Number(g.d);
      if (day > daysInMonth(year, month)) return null;
      return date(formatDay({ year, month, day }), { relative: false });
    },
  },
  {
    name: 'numeric-date',
    // 7/4/2011 (US order when the first number can be a month), 4/7/2011 otherwise.
    pattern: pattern(`(?<![\\d/.])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>${YEAR})\\b(?!/)`),
    resolve(m) {
      const g = m.groups!;
      const a = Number(g.a);
      const b = Number(g.b);
      const [month, day] = a <= 12 ? [a, b] : [b, a];
      const year = Number(g.y);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      return date(formatDay({ year, month, day }), { relative: false });
    },
  },
  {
    name: 'month-day-year',
    // "July 4, 2011", "Saturday, April 18", "Sept. 30 1998", "July the 4th"
    pattern: pattern(
      `\\b(?:(?<rel>last|this|next) )?(?:(?<wd>${WEEKDAY}),? )?(?<mon>${MONTH}) (?:the )?(?<d>${DAY_OF_MONTH})\\b${NOT_NUMBER_AFTER}(?:(?:,? | of )(?<y>${YEAR})\\b${NOT_NUMBER_AFTER})?`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.mon)) return null;
      return dayDate(ctx, g.mon!, g.d!, g.y, span(m), g.rel);
    },
  },
  {
    name: 'coordinated-day',
    // "April 24 and 25", "March 3 to 5, 2011": the second day of the month just named.
    pattern: pattern(
      `(?<=\\b(?<mon>${MONTH}) ${DAY_OF_MONTH} (?:and|or|to|through|-|–) )(?<d>${DAY_OF_MONTH})\\b${NOT_NUMBER_AFTER}(?:,? (?<y>${YEAR})\\b${NOT_NUMBER_AFTER})?(?! (?:percent|per cent|people|times|points|million|billion)\\b)`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.mon)) return null;
      return dayDate(ctx, g.mon!, g.d!, g.y, span(m));
    },
  },
  {
    name: 'day-month-year',
    // "4 July 2011", "the 4th of July", "Monday 4 July"
    pattern: pattern(
      `\\b(?:(?<wd>${WEEKDAY}),? )?(?:the )?(?<d>${DAY_OF_MONTH}) (?:of )?(?<mon>${MONTH})(?:,? (?<y>${YEAR})\\b${NOT_NUMBER_AFTER})?(?![\\w-])`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.mon)) return null;
      // "the 4th of July" needs an ordinal; "the 4 July" is not written.
      if (/^the /i.test(m[0]) && !/(?:st|nd|rd|th)$/i.test(g.d!)) return null;
      return dayDate(ctx, g.mon!, g.d!, g.y, span(m));
    },
  },
  {
    name: 'month-year',
    // "July 2011", "mid-July 2011", "the end of March 2010", "July of 2011"
    pattern: pattern(`\\b(?:(?<mod>${MOD})[- ]?)?(?<mon>${MONTH}),? (?:of )?(?<y>${YEAR})\\b${NOT_NUMBER_AFTER}`),
    resolve(m) {
      const g = m.groups!;
      if (!isCapitalised(g.mon)) return null;
      const month = monthNumber(g.mon!);
      if (!month) return null;
      return date(formatMonth(Number(g.y), month), { relative: false, mod: modOf(g.mod) });
    },
  },
  {
    name: 'month-alone',
    // "in July", "mid-July", "early September": the year comes from the reference date.
    pattern: pattern(`\\b(?:(?<mod>${MOD})[- ]?)?(?<mon>${MONTH})(?![\\w-])`),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.mon)) return null;
      const word = g.mon!.toLowerCase();
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      const governed =
        g.mod ||
        /\b(?:in|by|since|until|till|through|during|from|to|before|after|of|early|late|mid|last|this|next|between)\s+$/.test(before);
      // "May" and "March" are ordinary words unless governed; "Jan" and other bare abbreviations are names.
      if (/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(word)) return null;
      if (!governed && /^(?:may|march)$/.test(word)) return null;
      // "June Carter", "April Fools": a capitalised word after it makes it a name.
      if (/^\s+[A-Z][a-z]/.test(after) && !governed) return null;
      if (/^[-’']/.test(after) && !/^['’]s\b/.test(after)) return null;
      const month = monthNumber(word);
      if (!month) return null;
      const since = ctx.ref && !g.mod && isSince(ctx.text, m.index);
      const year = !ctx.ref
        ? 0
        : since
          ? month <= ctx.ref.month
            ? ctx.ref.year
            : ctx.ref.year - 1
          : yearOfMonth(month, ctx.ref, monthTense(ctx, m));
      const resolution = ctx.ref
        ? date(formatMonth(year, month), { relative: true, mod: modOf(g.mod) })
        : unanchored(formatUnyearedMonth(month));
      return /^(?:may|march)$/.test(word) ? ambiguous(resolution) : resolution;
    },
  },
  {
    name: 'decade',
    // "the 1990s" -> 199, "the early 1980s", "the '90s"
    pattern: pattern(`\\b(?:the )?(?:(?<mod>early|mid|late)[- ]?)?(?:(?<dec>1[5-9]\\d0|20\\d0)|['’](?<short>\\d0))['’]?s\\b`),
    resolve(m) {
      const g = m.groups!;
      if (!g.dec && !/^the\b/i.test(m[0])) return null;
      const decade = g.dec ? g.dec.slice(0, 3) : `19${g.short!.slice(0, 1)}`;
      return date(decade, { relative: false, mod: modOf(g.mod) });
    },
  },
  {
    name: 'spoken-decade',
    // "the nineties", "the late sixties": the twentieth century's ("the twenties" could be either century)
    pattern: pattern(`\\bthe (?:(?<mod>early|mid|late)[- ])?(?<w>thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`),
    resolve(m, ctx) {
      const g = m.groups!;
      const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // Temperatures and ages: "in the low nineties", "in the nineties Fahrenheit", "in his fifties".
      if (/\b(?:low|high|upper|lower)\s+$/i.test(before) || /^\s*(?:degrees|percent|°|F\b|C\b)/i.test(after)) return null;
      const tens = ['thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(g.w!.toLowerCase()) + 3;
      return date(`19${tens}`, { relative: false, mod: modOf(g.mod) });
    },
  },
  {
    name: 'century',
    pattern: pattern(
      `\\b(?:the )?(?:(?<mod>early|mid|late)[- ]?)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first) century\\b`,
    ),
    resolve(m) {
      const n = ordinalValue(m.groups!.ord!);
      if (!n || n > 22) return null;
      return date(String(n - 1).padStart(2, '0'), { relative: false });
    },
  },
  {
    name: 'season-year',
    // "summer 2010" -> 2010-SU, "the winter of 1994"
    pattern: pattern(`\\b(?:(?<mod>${MOD})[- ]?)?(?:the )?(?<s>${SEASON}) (?:of )?(?<y>${YEAR})\\b${NOT_NUMBER_AFTER}`),
    resolve(m) {
      const g = m.groups!;
      return date(`${g.y}-${seasonCode(g.s!)}`, { relative: false });
    },
  },
  {
    name: 'quarter',
    // "the third quarter", "third-quarter", "the fourth quarter of 2010", "the 1988 second quarter",
    // "the year-ago third quarter" (that quarter a year before)
    pattern: pattern(
      `\\b(?:(?:the|this year's|last year's|next year's|its|a) )?(?:(?<prior>${PRIOR_YEAR}) )?(?:(?<y1>${YEAR}) )?(?:fiscal[- ])?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter(?:s\\b)?(?: of (?:fiscal )?(?<y2>${YEAR})|,? (?<y3>${YEAR}))?\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const q = ordinalValue(g.ord!);
      if (!q || q > 4) return null;
      const explicit = g.y1 ?? g.y2 ?? g.y3;
      if (explicit) return date(`${explicit}-Q${q}`, { relative: false });
      if (!ctx.ref) return unanchored(`XXXX-Q${q}`);
      const lead = m[0].toLowerCase();
      let year = yearOfQuarter(q, ctx.ref, ctx.tense(...span(m)));
      if (lead.startsWith("last year's")) year = ctx.ref.year - 1;
      if (lead.startsWith("next year's")) year = ctx.ref.year + 1;
      if (lead.startsWith("this year's")) year = ctx.ref.year;
      if (g.prior) year -= 1;
      const resolution = date(`${formatYear(year)}-Q${q}`, { relative: true });
      return g.prior || lead.startsWith("last year's") ? { ...resolution, comparison: true } : resolution;
    },
  },
  {
    name: 'quarter-code',
    pattern: pattern(`\\bQ(?<q>[1-4])(?:[ -]?(?<y>${YEAR}|['’]\\d\\d))?\\b`, 'g'),
    resolve(m, ctx) {
      const g = m.groups!;
      if (g.y) {
        const year = g.y.length === 4 ? g.y : `20${g.y.slice(1)}`;
        return date(`${year}-Q${g.q}`, { relative: false });
      }
      if (!ctx.ref) return unanchored(`XXXX-Q${g.q}`);
      return date(`${formatYear(yearOfQuarter(Number(g.q), ctx.ref, ctx.tense(...span(m))))}-Q${g.q}`, { relative: true });
    },
  },
  {
    name: 'half-year',
    // "the first half of 2011" -> 2011-H1, "the second half"
    pattern: pattern(`\\b(?:the )?(?<ord>first|second|last) half(?: of (?:(?<rel>this|last|next) year|(?<y>${YEAR})))?\\b`),
    resolve(m, ctx) {
      const g = m.groups!;
      const h = g.ord!.toLowerCase() === 'first' ? 1 : 2;
      if (g.y) return date(`${g.y}-H${h}`, { relative: false });
      // "the second half" without "of ..." is too often a match or a sentence ("the second half of the plan").
      if (!g.rel) return null;
      if (!ctx.ref) return unanchored(`XXXX-H${h}`);
      const offset = g.rel.toLowerCase() === 'last' ? -1 : g.rel.toLowerCase() === 'next' ? 1 : 0;
      return date(`${formatYear(ctx.ref.year + offset)}-H${h}`, { relative: true });
    },
  },
  {
    name: 'fiscal-year',
    pattern: pattern(`\\b(?:fiscal (?:year )?(?<y>${YEAR})|FY ?(?<fy>${YEAR}|\\d\\d))\\b${NOT_NUMBER_AFTER}`),
    resolve(m) {
      const g = m.groups!;
      const year = g.y ?? (g.fy!.length === 4 ? g.fy! : `${Number(g.fy) > 50 ? '19' : '20'}${g.fy}`);
      return date(year, { relative: false });
    },
  },
  {
    name: 'year-with-mod',
    // "early 1990", "mid-1996", "the end of 2010"
    pattern: pattern(`\\b(?<mod>${MOD})[- ]?(?<y>${YEAR})\\b${NOT_NUMBER_AFTER}`),
    resolve(m) {
      const g = m.groups!;
      return date(g.y!, { relative: false, mod: modOf(g.mod) });
    },
  },
  {
    name: 'year-prefixed',
    // "post-1959 politics", "pre-1990 borders": the year is the point of reference.
    pattern: pattern(`\\b(?:post|pre)-(?<y>${YEAR})\\b`),
    resolve(m) {
      return date(m.groups!.y!, { relative: false });
    },
  },
  {
    name: 'year',
    // A bare year: "in 2011", "2011 was", but not "2011 troops" or "$2011".
    pattern: pattern(`(?<![\\w$£€.,/'’-])(?<y>${YEAR})(?![\\w%'’]|[.,:/-]\\d)`),
    resolve(m, ctx) {
      const year = Number(m.groups!.y);
      if (year < 1800) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
      const after = ctx.text.slice(m.index + 4, m.index + 30);
      // A count: "about 2000 people", "2011 troops", "No. 1999".
      if (
        /\b(?:about|nearly|almost|some|approximately|roughly|over|than|least|most|only|just|No\.|number|Nos?|flight|route|room|code|model|page|pp?\.)\s+$/i.test(
          before,
        )
      )
        return null;
      // A numbered thing: "Resolution 1973", "Article 1999", "Flight 2011".
      if (
        /\b(?:resolutions?|articles?|sections?|chapters?|paragraphs?|clauses?|amendments?|protocols?|bills?|items?|rules?|decrees?|orders?|acts?|laws?|directives?|regulations?|flights?|rooms?|routes?|highways?|interstates?|buses|bus|trains?|models?|versions?|series|units?|batch|lots?|codes?|numbers?|hull|case|cases)\s+$/i.test(
          before,
        )
      )
        return null;
      if (
        /^\s+(?!(?:was|has|is|as|its|this|his|us|thus|versus|plus|gives|makes|marks|sees|brings|goes|does|comes|begins|ends|looks|saw|will|would)\b)[a-z]+s\b/.test(
          after,
        )
      )
        return null;
      if (
        /^\s+(?:people|men|women|children|feet|foot|metres|meters|miles|km|kilometres|points|percent|per cent|votes|seats|troops|soldiers|units|dollars|euros|pounds|yen|tons|tonnes|barrels|acres|calories|hp|cc|mm|GMT|UTC|hours|hrs|local time)\b/i.test(
          after,
        )
      )
        return null;
      if (/^\s*(?:[A-Z]{2,4}T|GMT|UTC|hours|hrs)\b/.test(after)) return null;
      return date(formatYear(year), { relative: false });
    },
  },
];
