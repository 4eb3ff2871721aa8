import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNewskgError } from '../../../src/core/errors.js';
import type { TimeExpression } from '../../../src/core/types.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { sentencesOf } from '../events/helpers.js';

/** Runs the extractor on one text and returns its expressions. */
function timexes(text: string, referenceDate?: string): TimeExpression[] {
  return extractTimexes(text, sentencesOf(text), referenceDate);
}

/** The expression whose text is `surface` (exactly). */
function find(text: string, surface: string, referenceDate?: string): TimeExpression | undefined {
  return timexes(text, referenceDate).find((t) => t.span.text === surface);
}

describe('absolute dates', () => {
  it('reads a US-style date with its year', () => {
    const t = find('The ministers met on July 4, 2011 in Vienna.', 'July 4, 2011');
    expect(t).toMatchObject({ type: 'DATE', value: '2011-07-04', relative: false });
  });

  it('reads a day-month-year date', () => {
    expect(find('The accord was signed on 4 July 2011.', '4 July 2011')?.value).toBe('2011-07-04');
  });

  it('reads an ISO date', () => {
    expect(find('Filed 2011-07-04 by the clerk.', '2011-07-04')?.value).toBe('2011-07-04');
  });

  it('reads a month and year as a month', () => {
    expect(find('Talks resumed in November 2010 after a pause.', 'November 2010')?.value).toBe('2010-11');
  });

  it('reads a year in a date context', () => {
    expect(find('The treaty was ratified in 1998 by both sides.', '1998')?.value).toBe('1998');
  });

  it('does not read a count of things as a year', () => {
    expect(timexes('The army sent 2011 troops to the border.')).toHaveLength(0);
  });

  it('does not read a numbered document as a year', () => {
    expect(timexes('Resolution 1973 was adopted by the council.')).toHaveLength(0);
  });

  it('reads a decade', () => {
    expect(find('Prices fell sharply in the 1990s.', 'the 1990s')?.value).toBe('199');
  });

  it('reads a season with its year', () => {
    expect(find('The offensive began in summer 2010.', 'summer 2010')?.value).toBe('2010-SU');
  });

  it('reads a quarter with its year and gives its bounds', () => {
    const t = find('Profit rose in the third quarter of 2010.', 'the third quarter of 2010');
    expect(t).toMatchObject({ value: '2010-Q3', begin: '2010-07', end: '2010-09' });
  });

  it('reads a fiscal year', () => {
    expect(find('Sales grew in fiscal 1998 at both units.', 'fiscal 1998')?.value).toBe('1998');
  });

  it('reads a year with a holiday', () => {
    expect(find('The ceasefire held through Christmas 2014 in the east.', 'Christmas 2014')?.value).toBe('2014-12-25');
  });
});

describe('dates relative to the reference date', () => {
  const ref = '2011-07-10'; // a Sunday

  it('resolves yesterday, today and tomorrow', () => {
    const text = 'He arrived yesterday, speaks today and leaves tomorrow.';
    expect(find(text, 'yesterday', ref)?.value).toBe('2011-07-09');
    expect(find(text, 'today', ref)?.value).toBe('2011-07-10');
    expect(find(text, 'tomorrow', ref)?.value).toBe('2011-07-11');
  });

  it('marks a resolved relative date as relative', () => {
    expect(find('He arrived yesterday.', 'yesterday', ref)?.relative).toBe(true);
  });

  it('reads a weekday in a past clause as the one before the reference date', () => {
    expect(find('The envoy met the minister on Monday.', 'Monday', ref)?.value).toBe('2011-07-04');
  });

  it('reads a weekday in a future clause as the one after the reference date', () => {
    expect(find('The envoy will meet the minister on Monday.', 'Monday', ref)?.value).toBe('2011-07-11');
  });

  it('reads a weekday in a future clause written on that weekday as the same day', () => {
    expect(find('On Sunday, the government will announce the results.', 'Sunday', ref)?.value).toBe('2011-07-10');
  });

  it('does not take "next to" for a future marker', () => {
    expect(find('Two people were hurt in the blast next to the station on Friday.', 'Friday', ref)?.value).toBe('2011-07-08');
  });

  it('reads the tense from irregular past verbs', () => {
    const text = 'Later Thursday, the cousins sought support for a bill that would help them.';
    expect(find(text, 'Later Thursday', '2011-07-14')?.value).toBe('2011-07-14');
  });

  it('reads "as early as Tuesday" as the coming Tuesday, past verbs before it notwithstanding', () => {
    expect(find('The vote was delayed and could come as early as Tuesday.', 'Tuesday', ref)?.value).toBe('2011-07-12');
  });

  it('reads "would be paid" as future though "paid" is also a past form', () => {
    expect(find('The dividend would be paid in January.', 'January', '2011-11-10')?.value).toBe('2012-01');
  });

  it('reads a weekday owning a noun as past, unless something is ahead of it', () => {
    const friday = '2011-07-08';
    expect(find("Lawyers will look for ways around Wednesday's ruling.", 'Wednesday', friday)?.value).toBe('2011-07-06');
    expect(find("The party will rally ahead of Sunday's vote.", 'Sunday', friday)?.value).toBe('2011-07-10');
  });

  it('reads last week as an ISO week', () => {
    expect(find('The talks collapsed last week.', 'last week', ref)?.value).toBe('2011-W26');
  });

  it('reads this month, next year and last month', () => {
    const text = 'Sales fell this month, rose last month and will rise next year.';
    expect(find(text, 'this month', ref)?.value).toBe('2011-07');
    expect(find(text, 'last month', ref)?.value).toBe('2011-06');
    expect(find(text, 'next year', ref)?.value).toBe('2012');
  });

  it('reads "two days ago" as a day', () => {
    expect(find('The convoy left two days ago.', 'two days ago', ref)?.value).toBe('2011-07-08');
  });

  it('reads "in six months" in a future clause as a date six months on, without "in"', () => {
    const t = find('Russia will hold elections in six months.', 'six months', ref);
    expect(t).toMatchObject({ type: 'DATE', value: '2012-01' });
  });

  it('reads "mid July" as the month with an interval in its middle', () => {
    const t = find('The envoy travelled to Washington in mid July.', 'mid July', ref);
    expect(t).toMatchObject({ type: 'DATE', value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
  });

  it('reads "by the end of the year" as the year, keeping "by" out', () => {
    const t = find('Russia plans to unveil its program by the end of the year.', 'the end of the year', ref);
    expect(t).toMatchObject({ value: '2011', begin: '2011-09', end: '2011-12' });
  });

  it('reads "earlier this year" as the year up to the reference date', () => {
    const t = find('The plan was announced earlier this year.', 'earlier this year', ref);
    expect(t).toMatchObject({ value: '2011', begin: '2011-01', end: '2011-07-10' });
  });

  it('gives a month without a year the reference year', () => {
    expect(find('The summit is planned for September.', 'September', ref)?.value).toBe('2011-09');
  });

  it('puts a later month spoken of in the past in the year before', () => {
    expect(find('The accord was signed in November.', 'November', ref)?.value).toBe('2010-11');
  });

  it('reads now and currently as PRESENT_REF', () => {
    const text = 'The army is now on alert and currently holds the pass.';
    expect(find(text, 'now', ref)?.value).toBe('PRESENT_REF');
    expect(find(text, 'currently', ref)?.value).toBe('PRESENT_REF');
  });

  it('reads "now that" as PRESENT_REF but not the "now" of "now-famous"', () => {
    expect(find('Aqaba is the only port now that the border is shut.', 'now', ref)?.value).toBe('PRESENT_REF');
    expect(timexes('Her now-famous dress was stolen.', ref)).toHaveLength(0);
  });

  it('reads "a week or so ago" as the week before', () => {
    expect(find('Then, a week or so ago, the general picked a date.', 'a week or so ago', ref)?.value).toBe('2011-W26');
  });

  it('reads "the current fiscal year" as the reference year', () => {
    expect(find('Sales in the current fiscal year will be flat.', 'the current fiscal year', ref)?.value).toBe('2011');
  });

  it('reads "the 1988 quarter" beside quarterly figures as the reported quarter of that year', () => {
    const text = 'The company earned $2 million in the second quarter, against $3 million in the 1988 quarter.';
    // The quarter comes from "the second quarter" named before it.
    expect(find(text, 'the 1988 quarter', ref)).toMatchObject({ value: '1988-Q2', evidence: { anchoring: 'narrative' } });
  });

  it('reads the second day of "April 24 and 25" and the week of a day', () => {
    const text = 'The summit is on April 24 and 25, and the hearing the week of March 8.';
    expect(find(text, '25', ref)?.value).toBe('2011-04-25');
    expect(find(text, 'the week of March 8', ref)?.value).toBe('2011-W10');
    expect(timexes('Shares rose on May 3 and 4 percent on May 4.', ref).map((t) => t.span.text)).toEqual(['May 3', 'May 4']);
  });

  it('reads "the year" as the reference year and "the year ended June 30" as a year long', () => {
    expect(find('Sales for the full year rose 5%.', 'the full year', ref)?.value).toBe('2011');
    expect(find('Rain delayed planting earlier in the year.', 'earlier in the year', ref)?.value).toBe('2011');
    expect(find('Net income for the year ended June 30 fell.', 'the year', ref)).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(timexes('Profit fell from $450 million the year before.', ref)).toHaveLength(0);
  });

  it('reads "over the summer" as a season, but not "the fall of" or a bare "the spring"', () => {
    expect(find('Over the summer, rivals cut prices.', 'the summer', ref)?.value).toBe('2011-SU');
    expect(find('Talks resume in the fall.', 'the fall', ref)?.value).toBe('2011-FA');
    expect(timexes('They marked the fall of the Wall. Water rose from the spring.', ref)).toHaveLength(0);
  });

  it('does not read a title as a time: a show, a paper, a film', () => {
    const text = 'Baker spoke on ABC\'s "This Week" and on CBS\'s 60 Minutes, read USA Today and watched High Noon.';
    expect(timexes(text, ref)).toHaveLength(0);
    expect(find('Today, the talks resumed.', 'Today', ref)?.value).toBe('2011-07-10');
    expect(find('Talks Resume Next Week After Long Pause', 'Next Week', ref)?.value).toBe('2011-W28');
  });

  it('reads "the last half of 2010" as its second half and not "the future of" as a time', () => {
    expect(find('Earnings fell in the last half of 2010.', 'the last half of 2010', ref)?.value).toBe('2010-H2');
    expect(timexes('This is important to the future of our peoples.', ref)).toHaveLength(0);
  });

  it('reads recent days as PAST_REF and the future as FUTURE_REF', () => {
    const text = 'Fighting grew in recent days, and nobody knows the future.';
    expect(find(text, 'recent days', ref)?.value).toBe('PAST_REF');
    expect(find(text, 'the future', ref)?.value).toBe('FUTURE_REF');
  });
});

describe('dates anchored to the date the text spoke of last', () => {
  const ref = '2011-07-10';

  it.each([
    ['On May 22, 1995, she was promoted, and the following year she moved to Paris.', 'the following year', '1996'],
    ['The mill was sold in June 1998 and closed later that year.', 'later that year', '1998'],
    ['Profit rose in the third quarter of 2010, and that quarter sales grew too.', 'that quarter', '2010-Q3'],
    ['The deal was signed in March 2009. The following month, the plant closed.', 'The following month', '2009-04'],
    ['He was arrested on March 3, 2009 and charged the next morning.', 'the next morning', '2009-03-04TMO'],
    ['Markets fell on Oct. 27, 1989, down 4% from the previous Friday.', 'the previous Friday', '1989-10-20'],
  ])('reads "%s"', (text, surface, value) => {
    expect(find(text, surface, ref)).toMatchObject({ value, evidence: { anchoring: 'narrative' } });
  });

  it('keeps "the following month" on the reference date when no date came before', () => {
    expect(find('The following month, the plant closed.', 'The following month', ref)?.value).toBe('2011-08');
  });

  it('drops "that day" when no date came before it', () => {
    expect(timexes('Prices soared that day across the city.', ref)).toHaveLength(0);
  });

  it('moves a day by "the day after" and joins the words to it', () => {
    expect(find('The day after Christmas 2010, the crew sailed.', 'The day after Christmas 2010', ref)?.value).toBe('2010-12-26');
  });

  it('gives a lone clock time the day its sentence names', () => {
    const text = 'The dress was taken between 8 a.m. and 9 p.m. Wednesday.';
    expect(find(text, '8 a.m.', ref)?.value).toBe('2011-07-06T08:00');
    expect(find(text, '9 p.m. Wednesday', ref)?.value).toBe('2011-07-06T21:00');
  });
});

describe('without a reference date', () => {
  it('gives a month without a year the partial value XXXX-MM and no interval', () => {
    const t = find('The envoy travelled to Washington in mid July.', 'mid July');
    expect(t).toMatchObject({ type: 'DATE', value: 'XXXX-07', relative: true });
    expect(t?.begin).toBeUndefined();
  });

  it('still resolves an absolute date', () => {
    expect(find('They met on July 4, 2011.', 'July 4, 2011')?.value).toBe('2011-07-04');
  });

  it.each([
    ['Gunmen opened fire on the crowd on Wednesday.', 'Wednesday', 'XXXX-WXX-3'],
    ['The ferry sank last Sunday.', 'last Sunday', 'XXXX-WXX-7'],
    ['He arrived yesterday.', 'yesterday', 'XXXX-XX-XX'],
    ['She was admitted to hospital on 12 April.', '12 April', 'XXXX-04-12'],
    ['The regime fell four years ago.', 'four years ago', 'XXXX'],
    ['Prices doubled two weeks ago.', 'two weeks ago', 'XXXX-WXX'],
    ['Voters elected a new parliament last fall.', 'last fall', 'XXXX-FA'],
    ['Sales fell last month.', 'last month', 'XXXX-XX'],
    ['Losses narrowed in the third quarter.', 'the third quarter', 'XXXX-Q3'],
    ['The shops close on Christmas Day.', 'Christmas Day', 'XXXX-12-25'],
    ['Families gather on Thanksgiving.', 'Thanksgiving', 'XXXX-11'],
  ])('gives "%s" a partial value', (text, surface, value) => {
    expect(find(text, surface)).toMatchObject({ type: 'DATE', value, relative: true, evidence: { anchoring: 'unanchored' } });
  });

  it('gives a part of a named weekday and a clock time partial values', () => {
    expect(find('Troops stormed the building on Friday afternoon.', 'Friday afternoon')).toMatchObject({
      type: 'TIME',
      value: 'XXXX-WXX-5TAF',
    });
    expect(find('The polls closed at 8 p.m. in the capital.', '8 p.m.')).toMatchObject({ type: 'TIME', value: 'XXXX-XX-XXT20:00' });
    expect(find('The polls closed at 8 p.m. Tuesday.', '8 p.m. Tuesday')).toMatchObject({ type: 'TIME', value: 'XXXX-WXX-2T20:00' });
  });
});

describe('durations, times and sets', () => {
  it.each([
    ['The siege lasted six months.', 'six months', 'P6M'],
    ['He served two years in prison.', 'two years', 'P2Y'],
    ['The strike lasted a week.', 'a week', 'P1W'],
    ['Over the past few months prices rose.', 'the past few months', 'PXM'],
    ['He was jailed for several months.', 'several months', 'PXM'],
    ['A 24-hour strike shut the port.', '24-hour', 'PT24H'],
    ['It was the worst flood in more than a decade.', 'more than a decade', 'P1DE'],
    ['The region was ruled by generals for decades.', 'decades', 'PXDE'],
    ['The mill has stood for nearly a century.', 'nearly a century', 'P1CE'],
    ['Rents rose over the last quarter-century.', 'the last quarter-century', 'P25Y'],
  ])('reads "%s" as a duration', (text, surface, value) => {
    expect(find(text, surface)).toMatchObject({ type: 'DURATION', value });
  });

  it('does not read an age as a duration', () => {
    expect(timexes('A 44-year-old man was arrested.')).toHaveLength(0);
  });

  it('keeps a US time zone abbreviation inside a clock time', () => {
    expect(find('The polls close at 8 p.m. ET across the state.', '8 p.m. ET', '2011-07-10')?.value).toBe('2011-07-10T20:00');
  });

  it('reads a clock time on the reference date', () => {
    expect(find('The vote closed at 3 p.m. in the capital.', '3 p.m.', '2011-07-10')).toMatchObject({
      type: 'TIME',
      value: '2011-07-10T15:00',
    });
  });

  it('reads "this morning" as the morning of the reference date', () => {
    expect(find('Troops crossed the river this morning.', 'this morning', '2011-07-10')).toMatchObject({
      type: 'TIME',
      value: '2011-07-10TMO',
    });
  });

  it('reads tonight as the night of the reference date', () => {
    expect(find('The council votes tonight.', 'tonight', '2011-07-10')?.value).toBe('2011-07-10TNI');
  });

  it.each([
    ['Inspectors visit every week.', 'every week', 'P1W'],
    ['The report is published annually.', 'annually', 'P1Y'],
    ['Protesters gather daily outside the house.', 'daily', 'P1D'],
    ['The summit is held each year.', 'each year', 'P1Y'],
  ])('reads "%s" as a set', (text, surface, value) => {
    expect(find(text, surface)).toMatchObject({ type: 'SET', value });
  });
});

describe('contract', () => {
  it('gives spans that slice the text and the index of their sentence', () => {
    const text = 'Talks began on Monday. They ended on July 4, 2011 without a deal.';
    const found = timexes(text, '2011-07-10');
    expect(found.length).toBe(2);
    for (const t of found) expect(text.slice(t.span.start, t.span.end)).toBe(t.span.text);
    expect(found.map((t) => t.sentence)).toEqual([0, 1]);
  });

  it('rejects a reference date that is not YYYY-MM-DD', () => {
    let error: unknown;
    try {
      timexes('He left yesterday.', '10/07/2011');
    } catch (e) {
      error = e;
    }
    expect(isNewskgError(error) && error.code).toBe('OPTION_INVALID');
  });
});

describe('the sample article', () => {
  const text = readFileSync(new URL('../../../samples/nato-russia-missile-row.txt', import.meta.url), 'utf8');

  it('dates the Sochi meeting without a reference date', () => {
    expect(find(text, 'July 4, 2011')?.value).toBe('2011-07-04');
  });

  it('gives "mid July" the year of the latest full date in the text ("July 4, 2011") when no reference date is given', () => {
    const t = find(text, 'mid July');
    expect(t).toMatchObject({ value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
    expect(t?.evidence.anchoring).toBe('context');
  });

  it('resolves "mid July" against a reference date', () => {
    expect(find(text, 'mid July', '2011-07-10')).toMatchObject({ value: '2011-07', begin: '2011-07-11', end: '2011-07-20' });
  });

  it('does not read "Resolution 1973" as a year', () => {
    expect(timexes(text).some((t) => t.span.text === '1973')).toBe(false);
  });
});
