import { describe, expect, it } from 'vitest';
import { dateLabel, findDates, parseDateValue } from '../../src/core/dates.js';

describe('findDates', () => {
  it.each([
    ['July 4, 2011', '2011-07-04'],
    ['Mar. 3rd 2024', '2024-03-03'],
    ['Sept 30, 2016', '2016-09-30'],
    ['3 March 2024', '2024-03-03'],
    ['12th of September, 2023', '2023-09-12'],
    ['2024-03-03T10:15:00Z', '2024-03-03'],
    ['2024/3/9', '2024-03-09'],
    ['25/12/2020', '2020-12-25'],
    ['12.25.2020', '2020-12-25'],
    ['07/07/2021', '2021-07-07'],
  ])('reads %s as %s', (text, value) => {
    expect(findDates(text).map((d) => d.value)).toEqual([value]);
  });

  it.each([['03/04/2024'], ['March 3'], ['February 30, 2024'], ['may 2024']])('does not guess %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('gives offsets of the date within the string', () => {
    const text = 'Published: March 3, 2024 at 10:00';
    const [date] = findDates(text);
    expect(text.slice(date!.start, date!.end)).toBe('March 3, 2024');
  });
});

describe('parseDateValue', () => {
  it.each([
    ['Published: March 3, 2024', '2024-03-03'],
    ['Monday, March 4, 2024 10:15 AM GMT', '2024-03-04'],
    ['Posted on 2 February 2022', '2022-02-02'],
    ['Updated 4:05 p.m. EST, Tue March 5, 2024', '2024-03-05'],
  ])('accepts the date line %s', (text, value) => {
    expect(parseDateValue(text)).toBe(value);
  });

  it('rejects a sentence that contains a date', () => {
    expect(parseDateValue('The talks began on March 3, 2024 in Geneva.')).toBeUndefined();
  });

  it('rejects a dateline with a place', () => {
    expect(parseDateValue('LONDON 1996-08-30')).toBeUndefined();
  });
});

describe('dateLabel', () => {
  it('tells publication from update', () => {
    expect(dateLabel('Published: March 3, 2024')).toBe('published');
    expect(dateLabel('Last updated March 4, 2024')).toBe('updated');
    expect(dateLabel('March 3, 2024')).toBe('none');
  });
});
