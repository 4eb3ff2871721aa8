import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../../src/core/types.js';
import { extractTimexes } from '../../../src/extract/time/index.js';
import { sentencesOf } from '../events/helpers.js';

function timexes(text: string, referenceDate?: string): TimeExpression[] {
  return extractTimexes(text, sentencesOf(text), referenceDate);
}

/** Surface text and value of every expression found, in text order. */
function read(text: string, referenceDate?: string): string[] {
  return timexes(text, referenceDate).map((t) => `${t.span.text}=${t.value ?? ''}`);
}

describe('reporting periods a year before', () => {
  const ref = '2011-10-27'; // quarterly results season for the third quarter

  it('reads "the year-ago third quarter" as one expression: that quarter of the year before', () => {
    expect(read('Profit rose in the third quarter. In the year-ago third quarter, the bank earned $22.5 million.', ref)).toEqual([
      'the third quarter=2011-Q3',
      'the year-ago third quarter=2010-Q3',
    ]);
  });

  it('reads "the quarter a year ago" and "last year\'s quarter" as the reported quarter a year before', () => {
    expect(read('Sales fell in the quarter. For the quarter a year ago, the chain reported a loss.', ref)).toContain(
      'the quarter a year ago=2010-Q3',
    );
    expect(read("Quarterly sales in Britain were $9 million, after $3 million for last year's quarter.", ref)).toContain(
      "last year's quarter=2010-Q3",
    );
  });

  it('reads "the corresponding period last year" beside quarterly figures as the quarter a year before', () => {
    const text = 'Third-quarter net income was $2 million, against $1.8 million for the corresponding period last year.';
    expect(read(text, ref)).toContain('the corresponding period last year=2010-Q3');
  });

  it('still leaves "the same period" alone without a year to move it', () => {
    expect(read('Quarterly sales rose, as they did in the same period.', ref)).toEqual([]);
  });
});

describe('seasons named with last, this and next', () => {
  it('reads "last fall" in February as the fall of the year before', () => {
    expect(read('A hiring surge began last fall.', '2012-02-06')).toEqual(['last fall=2011-FA']);
  });

  it('reads "next spring" in February as the coming spring, in the same year', () => {
    expect(read('The plant will reopen next spring.', '2012-02-06')).toEqual(['next spring=2012-SP']);
  });

  it('reads "last fall" during a fall as the fall a year before, and "last winter" in January as the winter before the current one', () => {
    expect(read('The strike started last fall.', '2011-10-20')).toEqual(['last fall=2010-FA']);
    expect(read('It snowed heavily last winter.', '2012-01-15')).toEqual(['last winter=2010-WI']);
  });
});

describe('tense of a plan spoken of in the past', () => {
  const monday = '2011-07-11';

  it('reads "had been due to expire Friday" as the Friday before', () => {
    expect(read('The offer had been due to expire Friday evening.', monday)).toEqual(['Friday evening=2011-07-08TEV']);
  });

  it('reads "was scheduled to" as past but "is scheduled to" as future', () => {
    expect(read('The vote was scheduled to take place Friday.', monday)).toEqual(['Friday=2011-07-08']);
    expect(read('The vote is scheduled to take place Friday.', monday)).toEqual(['Friday=2011-07-15']);
  });
});

describe('deadlines', () => {
  const monday = '2011-07-11';

  it('reads "until 9 a.m. Tuesday" after a deadline verb as the coming Tuesday, even in a past clause', () => {
    expect(read('The agency extended its deadline until 9 a.m. EST Tuesday.', monday)).toEqual(['9 a.m. EST Tuesday=2011-07-12T09:00']);
    expect(read('Officials postponed until Tuesday morning any action on the permit.', monday)).toEqual(['Tuesday morning=2011-07-12TMO']);
  });

  it('reads "has until Friday" as the coming Friday', () => {
    expect(read('The family has until Friday to sign the papers.', monday)).toEqual(['Friday=2011-07-15']);
  });

  it('keeps "stayed until Sunday" in the past', () => {
    expect(read('The delegation stayed in the capital until Sunday.', monday)).toEqual(['Sunday=2011-07-10']);
  });
});

describe('the verb a time expression belongs to', () => {
  it('reads a relative clause\'s past verb after "that" as past', () => {
    const text = 'He is a suspect in shootings that injured three doctors in November in Ontario.';
    expect(read(text, '2012-05-06')).toEqual(['November=2011-11']);
  });

  it('does not take an attribution after the clause for its tense', () => {
    const text = "``The delegation will leave at 4 a.m. Thursday,'' the minister said.";
    expect(read(text, '2011-07-13')).toEqual(['4 a.m. Thursday=2011-07-14T04:00']);
  });

  it('reads a month after a deadline verb and "through" as the coming one', () => {
    const text = 'Lenders extended the company $90 million in revolving loans through January.';
    expect(read(text, '2011-10-30')).toEqual(['January=2012-01']);
  });
});

describe('spoken years and parts of the day', () => {
  it('reads a month or a season with a spoken year as one expression', () => {
    expect(read('January nineteen ninety-seven. The bomb went off in a park.', '1998-02-27')).toEqual([
      'January nineteen ninety-seven=1997-01',
    ]);
    expect(read('Prices were last this low in the winter of nineteen ninety-four.', '1998-02-23')).toEqual([
      'the winter of nineteen ninety-four=1994-WI',
    ]);
  });

  it('reads "mid-afternoon yesterday" as the afternoon of the day before', () => {
    expect(read('Trading was halted in mid-afternoon yesterday.', '2011-11-02')).toEqual(['mid-afternoon yesterday=2011-11-01TAF']);
  });

  it('reads a bare "mid-afternoon" on the reference date, with less confidence than a named day', () => {
    const [bare] = timexes('By mid-afternoon, the army had withdrawn.', '2011-03-06');
    const [named] = timexes('The army withdrew in mid-afternoon yesterday.', '2011-03-06');
    expect(bare?.value).toBe('2011-03-06TAF');
    expect(bare!.confidence).toBeLessThan(named!.confidence);
  });
});

describe('the quarter a report speaks of', () => {
  it('takes the quarter named shortly before for "the quarter", "a year earlier" and "the year-ago quarter"', () => {
    const text =
      'The retailer said net income rose 12% in the first quarter. A year earlier, it earned $3 million. ' +
      'Sales in the quarter rose 5%, and margins were wider than in the year-ago quarter.';
    expect(read(text, '2011-10-26')).toEqual([
      'the first quarter=2011-Q1',
      'A year earlier=2010-Q1',
      'the quarter=2011-Q1',
      'the year-ago quarter=2010-Q1',
    ]);
  });

  it('does not let "the year-ago first quarter" become the quarter reported on', () => {
    const text = 'Net rose in the second quarter. In the year-ago first quarter, it lost money. Sales in the quarter rose.';
    expect(read(text, '2011-10-26')).toContain('the quarter=2011-Q2');
  });

  it('falls back on the last quarter ended when the quarter named is far back, in another story', () => {
    const filler = ' The company also makes tractors and sells them to farmers across the region.'.repeat(8);
    const text = `Profit fell in the first quarter.${filler} Separately, a bank said sales in the quarter rose.`;
    expect(read(text, '2011-10-26')).toContain('the quarter=2011-Q3');
  });
});

describe('more expressions', () => {
  it('reads "4 in the morning" and "eight in the evening" as clock times', () => {
    expect(read('The plane will leave at 4 in the morning.', '2011-04-05')).toEqual(['4 in the morning=2011-04-05T04:00']);
    expect(read('The rally starts at eight in the evening.', '2011-04-05')).toEqual(['eight in the evening=2011-04-05T20:00']);
  });

  it('reads Election Day as the Tuesday after the first Monday of November', () => {
    expect(read('Security will be a theme of the campaign from now to Election Day.', '2010-10-26')).toContain('Election Day=2010-11-02');
  });

  it('reads "in the near term" as the future and a year after "post-" as that year', () => {
    expect(read('Prices may fall in the near term.', '2011-04-05')).toEqual(['the near term=FUTURE_REF']);
    expect(read('The post-1959 politics split families.', '2011-04-05')).toEqual(['post-1959=1959']);
  });

  it('does not read "a quarter of the market" as a time, but keeps "several quarters of losses"', () => {
    expect(read('Banks hold more than a quarter of the market.', '2011-04-05')).toEqual([]);
    expect(read('It made money after several quarters of losses.', '2011-04-05')).toEqual(['several quarters=PXQ']);
  });
});

describe('spoken decades and measured days', () => {
  it('reads "the nineties" as the 1990s but not a temperature', () => {
    expect(read('Hate group numbers dropped through the nineties.', '1998-03-03')).toEqual(['the nineties=199']);
    expect(read('Temperatures stayed in the low nineties.', '1998-03-03')).toEqual([]);
  });

  it('reads "one day" as a day when it measures, not as "someday"', () => {
    expect(read('The move followed the announcement by one day.', '2011-04-05')).toEqual(['one day=P1D']);
    expect(read('She hopes one day to return home.', '2011-04-05')).toEqual([]);
  });

  it('reads "day-long" after an ordinal and "decades-long" as durations, but not an age', () => {
    expect(read('They left their third day-long meeting.', '2011-04-05')).toEqual(['day-long=P1D']);
    expect(read('It was a years-long slump.', '2011-04-05')).toEqual(['years-long=PXY']);
    expect(read('A 44-year-old man was held.', '2011-04-05')).toEqual([]);
  });
});

describe('looking back and ahead', () => {
  it('reads a month or a day after "since" as the latest one on or before the reference date', () => {
    expect(read('Prices have risen since November.', '2012-05-06')).toEqual(['November=2011-11']);
    expect(read('Police have searched for him since shortly after the Oct. 23 shooting.', '2012-05-06')).toEqual(['Oct. 23=2011-10-23']);
    expect(read('Sales have grown since May.', '2012-05-06')).toEqual(['May=2012-05']);
  });

  it('reads "have been searching" as past', () => {
    expect(read('Investigators have been searching the woods since the Oct. 23 killing.', '2012-05-06')).toEqual(['Oct. 23=2011-10-23']);
  });

  it('does not take the verb "last" after "will" for the past', () => {
    expect(read('The festival will last until November.', '2012-05-06')).toEqual(['November=2012-11']);
  });
});

describe('without a publication date, the latest full date in the text gives months and days their year', () => {
  it('a month after a dated meeting takes that year, from the tense', () => {
    const text =
      'The ministers met in Geneva on March 2, 2019. Their deputies flew to Oslo in mid April to draft the text, and they will meet again in September.';
    const found = timexes(text);
    // the text was written after March 2, 2019: an April it reports in the past is the next one
    expect(found.find((t) => t.span.text === 'mid April')?.value).toBe('2019-04');
    expect(found.find((t) => t.span.text === 'September')?.value).toBe('2019-09');
    const april = found.find((t) => t.span.text === 'mid April')!;
    expect(april.evidence.anchoring).toBe('context');
    expect(april.confidence).toBeLessThan(found.find((t) => t.span.text === 'March 2, 2019')!.confidence);
  });

  it('the latest full date wins, wherever it stands, and a day without its year takes it too', () => {
    const text =
      'The pact was signed on 4 July 2011. A first round had been held on 12 November 2010. The envoy travelled to Paris on July 20.';
    expect(read(text)).toContain('July 20=2011-07-20');
  });

  it('a text with no full date keeps the partial value, and a publication date still rules', () => {
    expect(timexes('The envoy travelled to Paris in mid July.').find((t) => t.span.text === 'mid July')?.value).toBe('XXXX-07');
    expect(
      timexes('The talks were held on May 5, 2015. The envoy travelled to Paris in mid July.', '2016-02-01').find(
        (t) => t.span.text === 'mid July',
      )?.value,
    ).toBe('2015-07');
  });
});
