/**
 * Durations ("six months" P6M, "the past few months" PXM, "24-hour" PT24H), sets ("every week"
 * P1W, "annually" P1Y) and clock times ("3 p.m.", "noon").
 */

import { formatClock, formatDay } from './calendar.js';
import { CARDINAL, MONTH, QUANTITY, UNIT, WEEKDAY, durationValue, monthNumber, quantityValue, unitOf, weekdayNumber } from './lexicon.js';
import { isoWeekday, unanchored, type Resolution } from './resolve.js';
import { pattern, type Rule } from './rule.js';

const APPROX =
  '(?:about|around|nearly|almost|some|roughly|approximately|more than|less than|fewer than|no more than|no less than|at least|at most|up to|over|under|just|only|barely|another|an additional|a further)';
const DIRECTION = '(?:past|last|next|first|previous|following|coming|final|remaining|initial|same|entire|whole|full)';

function duration(value: string): Resolution {
  return { type: 'DURATION', value, relative: false };
}

function set(value: string): Resolution {
  return { type: 'SET', value, relative: false };
}

const CLOCK_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CLOCK_WORD = `(?:${CLOCK_WORDS.join('|')})`;

export const durationRules: Rule[] = [
  {
    name: 'duration',
    // "six months", "nearly forty years", "the past three years", "the first nine months", "a week", "a few days"
    pattern: pattern(
      `\\b(?:(?<the>the|these|those|its|their) (?:(?<dir>${DIRECTION}) )?|(?<approx>${APPROX}) )?(?<q>${QUANTITY})(?: (?:more|additional|straight|consecutive|full|long|whole|trading|business|working|calendar))? (?<u>${UNIT})(?:-long)?\\b(?!-|['’]s?\\s)`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      const n = quantityValue(g.q!);
      const unit = unitOf(g.u!);
      if (n === undefined || !unit) return null;
      const q = g.q!.toLowerCase();
      const plural = /s$/i.test(g.u!);
      // "a second" is almost always the ordinal; "one day" and "some day" are usually "someday".
      if ((q === 'a' || q === 'an' || q === 'one') && plural) return null;
      if (unit === 'second' && (q === 'a' || q === 'an')) return null;
      const someday = (q === 'one' || q === 'some') && unit === 'day' && !g.the && !g.approx;
      // ... unless it measures: "for one day", "delayed by one day".
      if (someday && !(q === 'one' && /\b(?:for|by|within|than)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)))) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "two year" only as a compound modifier: "a five year low", "a two day rally".
      if (n !== 'X' && n !== 1 && !plural && !g.the && !/^ [a-z]/.test(after)) return null;
      // Ages are not annotated as durations: "52 years old", "a 44-year-old".
      if (/^[- ]old\b/.test(after)) return null;
      // The period of a rate: "$1.76 a year", "358,000 a month".
      if ((q === 'a' || q === 'an') && /(?:\d|%|percent|cents|dollars)\s*$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index)))
        return null;
      if (q === 'some' && !plural) return null;
      // A fraction: "more than a quarter of the market" (but "a quarter of a century" is a time).
      if (unit === 'quarter' && (q === 'a' || q === 'an') && /^ of\b(?! (?:a century|an hour))/.test(after)) return null;
      if ((q === 'many' || q === 'some') && !g.the && !g.approx && unit !== 'year' && unit !== 'month' && unit !== 'week' && unit !== 'day')
        return null;
      if (g.the && !g.dir && /^(?:its|their|these|those)$/i.test(g.the)) return null;
      return duration(durationValue(n, unit));
    },
  },
  {
    name: 'duration-compound',
    // "a 24-hour strike", "two-year term", "five-day visit", "6-month-old", "their third day-long meeting",
    // "a decades-long battle"
    pattern: pattern(
      `\\b(?:(?<q>\\d{1,3}|${CARDINAL})-|(?<=\\b(?:a|an|the|its|their|his|her)(?: (?:first|second|third|fourth|fifth|last|latest|final|another))? ))(?<u>second|minute|hour|day|week|month|year|decade|century)(?<plural>s(?=-long))?(?<suffix>-(?:long|old))?\\b(?!-)`,
    ),
    resolve(m) {
      const g = m.groups!;
      if (g.suffix?.toLowerCase() === '-old') return null;
      if (!g.q) return g.suffix ? duration(durationValue(g.plural ? 'X' : 1, unitOf(g.u!)!)) : null;
      const n = quantityValue(g.q!.replace(/-/g, ' '));
      const unit = unitOf(g.u!);
      if (n === undefined || n === 'X' || !unit) return null;
      return duration(durationValue(n, unit));
    },
  },
  {
    name: 'duration-vague',
    // "the past few months", "the next several days", "several years", "hundreds of years", "for years"
    pattern: pattern(
      `\\b(?:(?:(?:the )?(?<dir>past|last|next|coming|first) |the )?(?<q>few|several|many|couple of) (?<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)|(?<many>hundreds|thousands|tens) of (?<u2>years|days|hours)|(?<=\\b(?:for|within|over|in|after|take|takes|took|taken|lasted|last|lasts) )(?<bare>years|months|weeks|decades|centuries|hours|days))\\b(?! (?:ago|earlier|later|before|after|of)\\b)(?![\\w-])`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      if (g.q && g.q.toLowerCase() === 'couple of') {
        const unit = unitOf(g.u!);
        return unit ? duration(durationValue(2, unit)) : null;
      }
      if (g.bare) {
        const before = ctx.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
        // "in days" and "in hours" are rare as durations ("in days past"); keep "for years", "in years", "within weeks".
        if (/\bin $/.test(before) && /^(?:days|hours|weeks|months)$/i.test(g.bare)) return null;
        const unit = unitOf(g.bare);
        return unit ? duration(durationValue('X', unit)) : null;
      }
      const unit = unitOf(g.u ?? g.u2!);
      return unit ? duration(durationValue('X', unit)) : null;
    },
  },
  {
    name: 'half-duration',
    // "half an hour", "an hour and a half", "a year and a half"
    pattern: pattern(
      `\\b(?:half an? (?<u1>hour|day|year|month|week|century)|(?<q>an?|one|two|three|four|five|six|\\d+) (?<u2>hours?|days?|years?|months?|weeks?|minutes?) and a half)\\b`,
    ),
    resolve(m) {
      const g = m.groups!;
      const unit = unitOf(g.u1 ?? g.u2!);
      if (!unit) return null;
      const base = g.q ? quantityValue(g.q) : 0;
      if (base === undefined || base === 'X') return null;
      return duration(durationValue(base + 0.5, unit));
    },
  },
  {
    name: 'part-of-century',
    // "the last quarter-century" P25Y, "a half-century" P50Y
    pattern: pattern(`\\b(?:the|a) (?:${DIRECTION} )?(?<f>quarter|half)[- ]century\\b(?!-)`),
    resolve(m) {
      return duration(durationValue(m.groups!.f!.toLowerCase() === 'half' ? 0.5 : 0.25, 'century'));
    },
  },
  {
    name: 'set-every',
    // "every week", "each year", "every two years", "each Thursday", "every July"
    pattern: pattern(
      `\\b(?:every|each) (?:other )?(?:(?<q>${QUANTITY}) )?(?:(?<u>${UNIT})|(?<wd>${WEEKDAY})|(?<mon>${MONTH})|(?<part>morning|afternoon|evening|night))\\b(?!-)`,
    ),
    resolve(m) {
      const g = m.groups!;
      const other = /\bother\b/i.test(m[0]);
      if (g.wd) return set(`XXXX-WXX-${isoWeekday(weekdayNumber(g.wd)!)}`);
      if (g.mon) {
        const month = monthNumber(g.mon);
        return month ? set(`XXXX-${String(month).padStart(2, '0')}`) : null;
      }
      if (g.part) return set(`XXXX-XX-XXT${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[g.part.toLowerCase()]}`);
      const unit = unitOf(g.u!);
      if (!unit) return null;
      const n = g.q ? quantityValue(g.q) : 1;
      if (n === undefined) return null;
      // "each of the past three years" is a duration, not a set: the "of" keeps it out here.
      const plural = /s$/i.test(g.u!);
      if (!g.q && plural) return null;
      return set(durationValue(n === 'X' ? 'X' : other ? n * 2 : n, unit));
    },
  },
  {
    name: 'set-adverb',
    // "annually", "daily" used as an adverb ("published daily"), not the adjective ("a daily newspaper")
    pattern: pattern(`\\b(?<w>hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|semiannually)\\b`),
    resolve(m, ctx) {
      const w = m.groups!.w!.toLowerCase();
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (w !== 'annually' && /\b(?:a|an|the|its|their|his|her|our|your|my|this|that)\s+$/i.test(before)) return null;
      if (
        w !== 'annually' &&
        /^\s+[a-z]/.test(after) &&
        !/^\s+(?:and|or|to|for|in|at|on|by|from|since|until|with|outside|inside|across|around|through|during|after|before|basis)\b/.test(
          after,
        )
      )
        return null;
      const values: Record<string, string> = {
        hourly: 'PT1H',
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        fortnightly: 'P2W',
        monthly: 'P1M',
        quarterly: 'P3M',
        yearly: 'P1Y',
        annually: 'P1Y',
        biannually: 'P6M',
        semiannually: 'P6M',
      };
      return set(values[w]!);
    },
  },
  {
    name: 'set-times-per',
    // "twice a year", "three times a week", "once a month"
    pattern: pattern(`\\b(?:once|twice|(?<q>${CARDINAL}) times) (?:a|an|per|each|every) (?<u>hour|day|week|month|year|decade)\\b`),
    resolve(m) {
      const unit = unitOf(m.groups!.u!);
      return unit ? set(durationValue(1, unit)) : null;
    },
  },
  {
    name: 'clock',
    // "3 p.m.", "10:30 a.m. EST", "around 7:15 p.m.", "noon", "midnight", "1400 GMT"
    pattern: pattern(
      `\\b(?:(?<approx>about|around|approximately|shortly after|shortly before|just after|just before) )?(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<min>[0-5]\\d))? ?(?<ap>a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o['’]clock)|(?<h24>[01]\\d|2[0-3]):?(?<min24>[0-5]\\d) ?(?<tz24>GMT|UTC|[ECMP][SD]T|BST|CET|CEST|hours|hrs)\\b|(?<word>noon|midnight|midday)|(?<hp>1[0-2]|[1-9]|${CLOCK_WORD})(?: o['’]clock)? in the (?<part>morning|afternoon|evening))(?: (?<tz>[ECMP][SD]?T|GMT|UTC|BST|CET|CEST)\\b)?`,
    ),
    resolve(m, ctx) {
      const g = m.groups!;
      let hour: number;
      let minute = 0;
      if (g.word) {
        const w = g.word.toLowerCase();
        hour = w === 'midnight' ? 24 : 12;
        // "midnight" alone is a word of many uses ("midnight deadline" still a time, keep); fine.
      } else if (g.hp) {
        // "4 in the morning", "eight in the evening"
        hour = /^\d/.test(g.hp) ? Number(g.hp) : CLOCK_WORDS.indexOf(g.hp.toLowerCase()) + 1;
        if (g.part!.toLowerCase() !== 'morning' && hour < 12) hour += 12;
        if (g.part!.toLowerCase() === 'morning' && hour === 12) hour = 0;
      } else if (g.h24) {
        hour = Number(g.h24);
        minute = Number(g.min24);
      } else {
        hour = Number(g.h);
        minute = g.min ? Number(g.min) : 0;
        const ap = g.ap!.toLowerCase();
        if (ap.startsWith('p') && hour < 12) hour += 12;
        if (ap.startsWith('a') && hour === 12) hour = 0;
        if (ap.startsWith('o') && !/\d/.test(m[0])) return null;
      }
      const clock = formatClock(hour, minute);
      if (!ctx.ref) return { ...unanchored(`XXXX-XX-XX${clock}`, 'TIME'), clock };
      return {
        type: 'TIME',
        value: `${formatDay(ctx.ref)}${clock}`,
        begin: formatDay(ctx.ref),
        end: formatDay(ctx.ref),
        relative: true,
        clock,
      };
    },
  },
];
