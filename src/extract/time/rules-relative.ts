/**
 * Dates anchored to the reference date: deictic words, weekdays, "last week", "two days ago",
 * "in six months", "the end of the year", and the PRESENT_REF/PAST_REF/FUTURE_REF words.
 */

import { addDays, formatDay, formatMonth, formatUnyearedMonth, formatYear, weekday, type Day } from './calendar.js';
import {
  MONTH,
  QUANTITY,
  SEASON,
  UNIT,
  WEEKDAY,
  durationValue,
  monthNumber,
  partOfDayCode,
  quantityValue,
  seasonCode,
  unitOf,
  weekdayNumber,
} from './lexicon.js';
import {
  counted,
  date,
  isDeadline,
  isoWeekday,
  modOf,
  periodValue,
  resolveMonthWith,
  resolveWeekday,
  resolveWeekdayWith,
  unanchored,
  unanchoredPeriod,
  yearOfMonth,
  type Mod,
  type Resolution,
} from './resolve.js';
import { isCapitalised, pattern, type Rule, type RuleContext } from './rule.js';
import type { Tense } from './tense.js';

const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];

type Relation = 'last' | 'next' | 'this';

function relationOf(word: string | undefined): Relation | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|this past|the past|the previous|the last)$/.test(w)) return 'last';
  if (/^(?:next|coming|this coming|the coming|the next|following|the following)$/.test(w)) return 'next';
  if (/^(?:this|current|the current|present|the present)$/.test(w)) return 'this';
  return undefined;
}

function unanchoredWeekday(word: string): string {
  return `XXXX-WXX-${isoWeekday(weekdayNumber(word)!)}`;
}

const offsetOf = (relation: Relation): number => (relation === 'last' ? -1 : relation === 'next' ? 1 : 0);

/** The named weekday, as a day, or undefined without a reference date. */
function weekdayDay(ctx: RuleContext, word: string, relation: Relation | undefined, at: [number, number]): Day | undefined {
  const target = weekdayNumber(word);
  if (target === undefined || !ctx.ref) return undefined;
  if (relation) return resolveWeekdayWith(target, ctx.ref, relation);
  const tense = ctx.tense(at[0], at[1]);
  return resolveWeekday(target, ctx.ref, isDeadline(ctx.text, at[0], tense) ? 'future' : tense);
}

/**
 * "Wednesday's ruling" names something that has happened, whatever the clause around it says;
 * "ahead of Sunday's vote" something to come. Undefined when the weekday owns nothing.
 */
function possessiveTense(ctx: RuleContext, m: RegExpExecArray): Tense | undefined {
  const end = m.index + m[0].length;
  if (!/^['’]s\b/.test(ctx.text.slice(end, end + 3))) return undefined;
  return /\b(?:ahead of|until|till|upcoming)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)) ? 'future' : 'past';
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/**
 * "last summer": the latest summer before the season in progress; "next spring": the first after
 * it; "this fall": the one of the reference year. Seasons are counted as year * 4 + index, the
 * winter carrying the year of its December.
 */
function seasonValue(ref: Day, code: string, relation: Relation): string {
  const index = SEASON_ORDER.indexOf(code);
  const inProgress = ref.month <= 2 ? (ref.year - 1) * 4 + 3 : ref.year * 4 + Math.floor((ref.month - 3) / 3);
  let year = code === 'WI' && ref.month <= 2 ? ref.year - 1 : ref.year;
  if (relation === 'last') year = Math.floor((inProgress - 1 - index) / 4);
  if (relation === 'next') year = Math.floor((inProgress - index) / 4) + 1;
  return `${formatYear(year)}-${code}`;
}

const DEICTIC_DAY: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    // "today", "yesterday", "late yesterday", "the day before yesterday"
    pattern: pattern(
      `\\b(?:(?<mod>early|late|earlier|later) )?(?:the day (?<shift>before|after) )?(?<w>today|yesterday|tomorrow)\\b(?!['’]s\\s+(?:world|society|youth|generation|standards|technology|economy|market|news))`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!ctx.ref) return unanchored('XXXX-XX-XX');
      let offset = DEICTIC_DAY[g.w!.toLowerCase()]!;
      if (g.shift) offset += g.shift.toLowerCase() === 'before' ? -1 : 1;
      return date(formatDay(addDays(ctx.ref, offset)), { relative: true });
    },
  },
  {
    name: 'part-of-day',
    // "this morning", "last night", "tonight", "Friday evening", "yesterday afternoon"
    pattern: pattern(
      `\\b(?:(?<mod>early|late|mid|earlier|later) ?)?(?:(?:(?<anchor>this|last|tomorrow|yesterday|today|(?:(?<rel>last|next|this) )?(?<wd>${WEEKDAY}))[ -](?<part>morning|afternoon|evening|night))|(?<tonight>tonight)|(?<=\\b(?:this|that) )(?<bare>overnight))\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (g.bare) return null;
      if (g.wd && !isCapitalised(g.wd)) return null;
      const part = (g.tonight ? 'NI' : { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part!.toLowerCase()])!;
      if (!ctx.ref) return unanchored(`${g.wd ? unanchoredWeekday(g.wd) : 'XXXX-XX-XX'}T${part}`, 'TIME');
      let day: Day | undefined = ctx.ref;
      const anchor = g.anchor?.toLowerCase();
      if (anchor === 'yesterday') day = addDays(ctx.ref, -1);
      else if (anchor === 'tomorrow') day = addDays(ctx.ref, 1);
      else if (anchor === 'last') day = part === 'NI' || part === 'EV' ? addDays(ctx.ref, -1) : undefined;
      else if (g.wd) day = weekdayDay(ctx, g.wd, relationOf(g.rel), span(m));
      if (!day) return null;
      return { type: 'TIME', value: `${formatDay(day)}T${part}`, begin: formatDay(day), end: formatDay(day), relative: true };
    },
  },
  {
    name: 'part-of-day-first',
    // "mid-afternoon yesterday", "early morning Friday", and "mid-afternoon" alone, on the reference date
    pattern: pattern(
      `\\b(?:(?<mod>early|late|mid)[- ]?(?<part>morning|afternoon|evening|night) (?:on )?(?<anchor>yesterday|today|tomorrow|${WEEKDAY})|mid[- ]?(?<bare>morning|afternoon))\\b(?![-'’])`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const part = partOfDayCode(g.part ?? g.bare!)!;
      const anchor = g.anchor?.toLowerCase();
      if (g.anchor && weekdayNumber(g.anchor) !== undefined && !isCapitalised(g.anchor)) return null;
      if (!ctx.ref)
        return unanchored(
          `${g.anchor && weekdayNumber(g.anchor) !== undefined ? unanchoredWeekday(g.anchor) : 'XXXX-XX-XX'}T${part}`,
          'TIME',
        );
      const day = !anchor
        ? ctx.ref
        : anchor in DEICTIC_DAY
          ? addDays(ctx.ref, DEICTIC_DAY[anchor]!)
          : weekdayDay(ctx, g.anchor!, undefined, span(m));
      if (!day) return null;
      const value = {
        type: 'TIME' as const,
        value: `${formatDay(day)}T${part}`,
        begin: formatDay(day),
        end: formatDay(day),
        relative: true,
      };
      // Which day a bare "mid-afternoon" is on is a guess from the reference date.
      return anchor ? value : { ...value, anchoring: 'context' as const };
    },
  },
  {
    name: 'weekday',
    // "Friday", "last Friday", "next Tuesday", "on Monday" (without "on"), "early Tuesday"
    pattern: pattern(
      `\\b(?:(?<rel>last|next|this|this coming|this past|the coming|the previous|the following|coming|past|(?<mod>early|late|earlier|later)) )?(?<wd>${WEEKDAY})(?![\\w-])`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!isCapitalised(g.wd)) return null;
      if (!ctx.ref) return unanchored(unanchoredWeekday(g.wd!));
      const owner = !g.rel && possessiveTense(ctx, m);
      if (owner) return date(formatDay(resolveWeekday(weekdayNumber(g.wd!)!, ctx.ref, owner)), { relative: true });
      const day = weekdayDay(ctx, g.wd!, g.mod ? undefined : relationOf(g.rel), span(m));
      return day ? date(formatDay(day), { relative: true }) : null;
    },
  },
  {
    name: 'relative-month',
    // "last April", "this September", "next March"
    pattern: pattern(
      `\\b(?:(?<mod>early|late|mid|earlier|later)[- ])?(?<rel>last|next|this|this past|this coming|the coming|the past|coming|past) (?<mon>${MONTH})(?![\\w-])`,
    ),
    resolve: (m, ctx) => resolveRelativeMonth(m, ctx, resolveMonthWith),
  },
  {
    name: 'month-of-relative-year',
    // "June last year", "March of this year", "April next year"
    pattern: pattern(`\\b(?:(?<mod>early|late|mid)[- ])?(?<mon>${MONTH}),? (?:of )?(?<rel>last|this|next) year\\b`),
    resolve: (m, ctx) => resolveRelativeMonth(m, ctx, (_month, ref, relation) => ref.year + offsetOf(relation)),
  },
  {
    name: 'relative-season',
    // "last summer", "this spring", "next winter", "early this fall"
    pattern: pattern(
      `\\b(?:(?<mod>early|late|mid)[- ]?)?(?<rel>last|next|this|this past|this coming|the coming|the past) (?<s>${SEASON})\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const relation = relationOf(g.rel);
      const code = seasonCode(g.s!);
      if (!relation || !code) return null;
      if (!ctx.ref) return unanchored(`XXXX-${code}`);
      return date(seasonValue(ctx.ref, code, relation), { relative: true });
    },
  },
  {
    name: 'relative-period',
    // "last week", "this month", "next year", "earlier this year", "late last week", "the past year"
    pattern: pattern(
      `\\b(?:(?<mod>early|late|mid|earlier|later)[- ](?:in )?)?(?<rel>last|next|this|this past|this coming|the past|the coming|the previous|the following|the current|current|the present|past|coming|previous) (?:fiscal )?(?<u>week|weekend|month|year|quarter|decade|century)\\b(?!-)`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const relation = relationOf(g.rel);
      const word = g.u!.toLowerCase();
      if (!relation) return null;
      const rel = g.rel!.toLowerCase();
      // "the past year" / "the coming year" read as periods ending or starting now: TimeML gives them the calendar value too.
      // "the past decade" is read as the ten years up to now.
      if ((word === 'decade' || word === 'century') && relation !== 'this') {
        return { type: 'DURATION', value: durationValue(1, word), relative: false };
      }
      if (/^(?:past|coming|previous)$/.test(rel)) return null; // bare "past week" is an adjective phrase in a noun phrase
      if (word === 'weekend') {
        if (!ctx.ref) return unanchored('XXXX-WXX-WE');
        const value = periodValue(ctx.ref, 'week', offsetOf(relation));
        return value ? date(`${value}-WE`, { relative: true }) : null;
      }
      const unit = unitOf(word);
      if (!unit) return null;
      if (!ctx.ref) return unanchoredPeriod(unit);
      const mod = modOf(g.mod);
      const value = periodValue(ctx.ref, unit, offsetOf(relation));
      if (!value) return null;
      const out = date(value, { relative: true, mod: mod });
      // "earlier this year": from the start of the period up to the reference date.
      if (g.mod && /^earlier$/i.test(g.mod) && relation === 'this') out.end = formatDay(ctx.ref);
      if (g.mod && /^later$/i.test(g.mod) && relation === 'this') out.begin = formatDay(ctx.ref);
      return out;
    },
  },
  {
    name: 'the-season',
    // "over the summer", "the early summer", "in the fall": the season of the reference year, or the year the tense points to.
    pattern: pattern(`\\bthe (?:(?<mod>early|late|mid)[- ])?(?<s>${SEASON})\\b(?![-'’]|\\s+(?:of|in|from|to|and|season|months?)\\b)`),
    resolve(m, ctx) {
      const g = m.groups!;
      const code = seasonCode(g.s!)!;
      // "the fall of the Wall", "the spring" of water: "fall" and "spring" only after a preposition of time.
      if (
        (code === 'FA' || code === 'SP') &&
        !/\b(?:in|during|over|by|until|through|since|before|after)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))
      )
        return null;
      if (!ctx.ref) return unanchored(`XXXX-${code}`);
      const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code];
      return date(`${formatYear(yearOfMonth(start, ctx.ref, ctx.tense(...span(m))))}-${code}`, { relative: true });
    },
  },
  {
    name: 'the-year',
    // "for the year", "the full year", "earlier in the year": the reference year; "the year ended June 30" is a year's span.
    pattern: pattern(
      `\\b(?:(?:earlier|later) in )?the (?:fiscal |full |calendar )?year\\b(?![-'’]|\\s+(?:before|after|earlier|later|ago|of|in which|when)\\b)`,
    ),
    resolve(m, ctx) {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/^\s+(?:ended|ending)\b/i.test(after)) return { type: 'DURATION', value: 'P1Y', relative: false };
      const year = ctx.ref ? date(formatYear(ctx.ref.year), { relative: true }) : unanchored('XXXX');
      return { ...year, ambiguous: true };
    },
  },
  {
    name: 'the-weekend',
    // "over the weekend" (the last one in a past clause, the next one in a future clause)
    pattern: pattern(`\\bthe weekend\\b(?!-)`),
    resolve(m, ctx) {
      if (!ctx.ref) return unanchored('XXXX-WXX-WE');
      const dow = (weekday(ctx.ref) + 6) % 7; // Monday = 0
      const inWeekend = dow >= 5;
      const future = ctx.tense(...span(m)) === 'future';
      const offset = inWeekend ? 0 : future ? 0 : -1;
      return date(`${periodValue(ctx.ref, 'week', offset)}-WE`, { relative: true });
    },
  },
  {
    name: 'period-boundary',
    // "the end of the year", "the beginning of next month", "the middle of this week"
    pattern: pattern(
      `\\b(?:the )?(?<mod>end|beginning|start|middle|close|rest|remainder) of (?<rel>the|this|next|last|the current) (?<u>week|month|year|decade|quarter)\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (!/^the\b/i.test(m[0]) && !/^(?:end|beginning|start|middle)$/i.test(g.mod!)) return null;
      const rel = g.rel!.toLowerCase();
      const offset = rel === 'next' ? 1 : rel === 'last' ? -1 : 0;
      const unit = unitOf(g.u!);
      if (!unit) return null;
      if (!ctx.ref) return unanchoredPeriod(unit);
      const value = periodValue(ctx.ref, unit, offset);
      if (!value) return null;
      const mod: Mod | undefined = modOf(g.mod);
      const out = date(value, { relative: true, mod: mod });
      if (/^(?:rest|remainder)$/i.test(g.mod!)) {
        out.begin = formatDay(ctx.ref);
      }
      return out;
    },
  },
  {
    name: 'ago',
    // "two days ago", "a year ago", "six weeks earlier"
    pattern: pattern(
      `\\b(?:(?<approx>about|around|nearly|almost|some|roughly|more than|less than|just|only|over) )?(?<q>${QUANTITY}) (?<u>${UNIT})(?: or so)? (?<dir>ago|earlier|before now|from now|hence)\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const n = quantityValue(g.q!);
      const unit = unitOf(g.u!);
      if (n === undefined || !unit) return null;
      const dir = g.dir!.toLowerCase();
      const sign = dir === 'from now' || dir === 'hence' ? 1 : -1;
      if (n === 'X') return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', { relative: true });
      if (!ctx.ref) return unanchoredPeriod(unit);
      if (!Number.isInteger(n)) return null;
      return counted(ctx.ref, sign * n, unit);
    },
  },
  {
    name: 'in-future',
    // "in six months" in a future clause: a date six months on (TimeML keeps "in" out of the extent).
    pattern: pattern(
      `(?<=\\b(?:in|within) )(?<q>${QUANTITY}) (?<u>days?|weeks?|months?|years?|decades?)\\b(?! (?:of|ago|earlier|later|before|after|old)\\b)`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const before = ctx.text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
      if (/within $/.test(before)) return null;
      const n = quantityValue(g.q!);
      const unit = unitOf(g.u!);
      if (n === undefined || n === 'X' || !unit || !Number.isInteger(n)) return null;
      if (ctx.tense(...span(m)) !== 'future') return null;
      if (!ctx.ref) return unanchoredPeriod(unit);
      return counted(ctx.ref, n, unit);
    },
  },
  {
    name: 'present-ref',
    pattern: pattern(
      `\\b(?:(?<now>right now|just now|now|nowadays|currently|at present|at the present time|these days|for the time being)|(?<current>current|presently))\\b`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 25);
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (g.now) {
        const w = g.now.toLowerCase();
        if (w === 'now') {
          // "Now, ..." opening a sentence is a discourse use, "now-famous" part of an adjective; "until now", "now that" are times.
          if (/^-[a-z]/i.test(after)) return null;
          if (/^(?:[.!?"'”]\s*|^\s*)$/.test(before.trimEnd().slice(-1)) && /^,/.test(after)) return null;
        }
        return date('PRESENT_REF', { relative: true });
      }
      // "current" as an adjective: only before nouns that name a time or a state of affairs.
      if (g.current!.toLowerCase() === 'presently') return date('PRESENT_REF', { relative: true });
      if (
        /^\s+(?:account|accounts|affairs|events|account deficit|and former|or former|members?|president|chairman|head|leader|minister|law|rules?|system|form|version|price|prices|rate|rates|level|levels)\b/i.test(
          after,
        )
      )
        return null;
      if (/\b(?:electric|alternating|direct|ocean|strong|the ocean's|river)\s+$/i.test(before)) return null;
      return date('PRESENT_REF', { relative: true });
    },
  },
  {
    name: 'past-ref',
    // "recently", "recent days", "the past" (not "the past three years"), "in recent years"
    pattern: pattern(
      `\\b(?:(?<recently>recently|lately|more recently)|(?<recent>recent)(?: (?<u>days|weeks|months|years|decades|times))?|(?<past>the past)(?! (?:\\d|few|several|couple|many|(?:${QUANTITY}) |week|weekend|month|year|decade|century|quarter|day|hours?|minutes?|months|years|days|weeks|decades|summer|winter|spring|fall|autumn)))\\b`,
    ),
    resolve(m) {
      const g = m.groups!;
      // The adjective alone: "recent days" and "recent developments" differ; only temporal heads count.
      if (g.recent && !g.u) return null;
      return date('PAST_REF', { relative: true });
    },
  },
  {
    name: 'future-ref',
    // "the future", "the near future", "coming weeks", "the coming months", "in the near term"
    pattern: pattern(
      `\\b(?:(?:the )?(?:near |distant |foreseeable |immediate )?future|(?:the )?coming (?:days|weeks|months|years|decades)|(?<=\\b(?:in|over|for|during) )the (?:near|short) term)\\b(?![\\w-])`,
    ),
    resolve(m, ctx) {
      const before = ctx.text.slice(Math.max(0, m.index - 4), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "future" as an adjective ("future plans", "its future missile program") is not a time expression.
      if (!/^the\b/i.test(m[0]) && !/^coming/i.test(m[0]) && !/\b(?:in|near)\s+$/i.test(before)) return null;
      // "the future of the company" is its fate, not a time.
      if (
        /^\s+[a-z]/.test(after) &&
        !/^\s+(?:is|was|will|and|or|for|to|in|as|that|at|with|from|by|has|had|would|could|may|might)\b/.test(after) &&
        !/coming/i.test(m[0])
      )
        return null;
      return date('FUTURE_REF', { relative: true });
    },
  },
];

/** "last April", "June last year": a capitalised month and a relation, dated in the year `yearOf` picks. */
function resolveRelativeMonth(
  m: RegExpExecArray,
  ctx: RuleContext,
  yearOf: (month: number, ref: Day, relation: Relation) => number,
): Resolution | null {
  const g = m.groups!;
  if (!isCapitalised(g.mon)) return null;
  const month = monthNumber(g.mon!);
  const relation = relationOf(g.rel);
  if (!month || !relation) return null;
  if (!ctx.ref) return unanchored(formatUnyearedMonth(month));
  return date(formatMonth(yearOf(month, ctx.ref, relation), month), { relative: true, mod: modOf(g.mod) });
}
