import { describe, expect, it } from 'vitest';
import { addMonths, boundsOf, formatWeek, parseDay } from '../../../src/extract/time/calendar.js';

describe('calendar', () => {
  it('numbers weeks as ISO 8601 does', () => {
    expect(formatWeek({ year: 2011, month: 7, day: 4 })).toBe('2011-W27');
  });

  it('puts early January in the last week of the year before when ISO says so', () => {
    expect(formatWeek({ year: 2010, month: 1, day: 1 })).toBe('2009-W53');
  });

  it('clamps the day when adding months', () => {
    expect(addMonths({ year: 2011, month: 1, day: 31 }, 1)).toEqual({ year: 2011, month: 2, day: 28 });
  });

  it('reads the date part of a reference date with a time', () => {
    expect(parseDay('1998-02-13T14:35:00')).toEqual({ year: 1998, month: 2, day: 13 });
  });

  it('rejects an impossible reference date', () => {
    expect(parseDay('2011-02-30')).toBeUndefined();
  });

  it('gives a week its Monday-to-Sunday bounds', () => {
    expect(boundsOf('2011-W27')).toEqual({ begin: '2011-07-04', end: '2011-07-10' });
  });

  it('gives a winter the months running into the next year', () => {
    expect(boundsOf('2010-WI')).toEqual({ begin: '2010-12', end: '2011-02' });
  });
});
