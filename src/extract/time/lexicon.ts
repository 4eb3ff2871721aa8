/**
 * Words of English time expressions and the regular-expression fragments built from them.
 * Fragments carry no capture groups so rules can combine them freely; the rules re-read
 * the matched words with the lookup functions below.
 */

const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, 'january|jan'],
  [2, 'february|feb'],
  [3, 'march|mar'],
  [4, 'april|apr'],
  [5, 'may'],
  [6, 'june|jun'],
  [7, 'july|jul'],
  [8, 'august|aug'],
  [9, 'september|sept|sep'],
  [10, 'october|oct'],
  [11, 'november|nov'],
  [12, 'december|dec'],
];

const MONTH_BY_WORD = new Map<string, number>();
for (const [n, words] of MONTHS) for (const w of words.split('|')) MONTH_BY_WORD.set(w, n);

/** A month name, full or abbreviated (with optional dot). Capitalisation is checked by the rules. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Month number of a month word ("Sept." -> 9), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const WEEKDAY = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i < 0 ? undefined : i;
}

/** Day of month: "4", "04", "4th", "21st". */
export const DAY_OF_MONTH = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/** "year-ago", "the comparable year-earlier": a reporting period's counterpart a year before. */
export const PRIOR_YEAR = '(?:(?:comparable |corresponding |same )?(?:year-ago|year-earlier|year-before|prior-year))';

/** A year of the kind news text dates things with. */
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The number words whose value passes `test`, in the order of SMALL_NUMBERS (a regex alternation keeps it). */
export function wordsFor(test: (n: number) => boolean): Record<string, number> {
  return Object.fromEntries(Object.entries(SMALL_NUMBERS).filter(([, n]) => test(n)));
}

const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';

/** A cardinal: digits (with a fraction), or number words ("twenty-four", "two hundred"). */
export const CARDINAL = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?: \\d/\\d)?|${NUMBER_WORD}(?:[- ]${NUMBER_WORD})?(?: hundred| thousand)?|(?:a |one )?hundred|(?:a |one )?thousand)`;

/** Vague quantities: the value gets an X ("a few months" -> PXM). */
export const VAGUE_QUANTITY = '(?:a few|few|several|some|many|a couple of|couple of|a number of)';

/** Any count before a unit: cardinals, "a"/"an", vague quantities. */
export const QUANTITY = `(?:${CARDINAL}|${VAGUE_QUANTITY}|an?)`;

/**
 * Reads a quantity. Returns a number, 'X' for vague quantities, or undefined when the words are not one.
 * "a couple of" is 2 (TimeML annotates it so).
 */
export function quantityValue(words: string): number | 'X' | undefined {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w === 'a couple of' || w === 'couple of') return 2;
  if (/^(?:a few|few|several|some|many|a number of)$/.test(w)) return 'X';
  const fraction = /^(\d+) (\d)\/(\d)$/.exec(w);
  if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  if (/^[\d,]+(?:\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  for (const part of w.split(/[- ]+/)) {
    if (part === 'a' || part === 'and') continue;
    if (part === 'hundred') current = (current || 1) * 100;
    else if (part === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (part in SMALL_NUMBERS) current += SMALL_NUMBERS[part]!;
    else return undefined;
  }
  return total + current;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  const singular = w.replace(/s$/, '');
  const units: Unit[] = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade'];
  return units.find((u) => u === singular);
}

/**
 * TIMEX3 duration of n units: 6 month -> P6M, 24 hour -> PT24H, 2.5 year -> P2Y6M. Decades and
 * centuries keep TIMEX3's own units (P1DE, P2CE) when whole; a fraction of one is written in years.
 */
export function durationValue(n: number | 'X', unit: Unit): string {
  if (n === 'X') {
    const vague: Record<Unit, string> = {
      second: 'PTXS',
      minute: 'PTXM',
      hour: 'PTXH',
      day: 'PXD',
      week: 'PXW',
      fortnight: 'PXW',
      month: 'PXM',
      quarter: 'PXQ',
      year: 'PXY',
      decade: 'PXDE',
      century: 'PXCE',
    };
    return vague[unit];
  }
  switch (unit) {
    case 'second':
      return `PT${trim(n)}S`;
    case 'minute':
      return Number.isInteger(n) ? `PT${n}M` : `PT${Math.floor(n)}M${Math.round((n % 1) * 60)}S`;
    case 'hour':
      return Number.isInteger(n) ? `PT${n}H` : `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M`;
    case 'day':
      return `P${trim(n)}D`;
    case 'week':
      return `P${trim(n)}W`;
    case 'fortnight':
      return `P${trim(n * 2)}W`;
    case 'month':
      return `P${trim(n)}M`;
    case 'quarter':
      return `P${trim(n * 3)}M`;
    case 'year':
      return Number.isInteger(n) ? `P${n}Y` : `P${Math.floor(n)}Y${Math.round((n % 1) * 12)}M`;
    case 'decade':
      return Number.isInteger(n) ? `P${n}DE` : `P${trim(n * 10)}Y`;
    case 'century':
      return Number.isInteger(n) ? `P${n}CE` : `P${trim(n * 100)}Y`;
  }
}

function trim(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

export const ORDINAL_WORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const table: Record<string, number> = {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    'twenty-first': 21,
    '1st': 1,
    '2nd': 2,
    '3rd': 3,
  };
  if (w in table) return table[w];
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : undefined;
}

export const SEASON = '(?:spring|summer|autumn|fall|winter)';

export function seasonCode(word: string): 'SP' | 'SU' | 'FA' | 'WI' | undefined {
  const w = word.toLowerCase();
  if (w === 'spring') return 'SP';
  if (w === 'summer') return 'SU';
  if (w === 'autumn' || w === 'fall') return 'FA';
  if (w === 'winter') return 'WI';
  return undefined;
}

export const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

export function partOfDayCode(word: string): 'MO' | 'AF' | 'EV' | 'NI' | undefined {
  const w = word.toLowerCase();
  if (w === 'morning') return 'MO';
  if (w === 'afternoon') return 'AF';
  if (w === 'evening') return 'EV';
  if (w === 'night' || w === 'tonight' || w === 'overnight') return 'NI';
  return undefined;
}
