import { describe, expect, it } from 'vitest';
import { ownHeadlineText, siteNameOfUrl } from '../../src/ingest/headline.js';

describe('ownHeadlineText', () => {
  it.each([
    ['Harbour town votes to rebuild sea wall | The Harbour Gazette', [], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall - Meridian News', [], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall – The Meridian Herald', [], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall – The Daily Meridian', ['The Daily Meridian'], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall | World news | The Guardian', [], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall - harbourgazette.com', [], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall - HGZ', ['HGZ'], 'Harbour town votes to rebuild sea wall'],
    ['Harbour town votes to rebuild sea wall | HGZ.com', ['http://www.hgz.com'], 'Harbour town votes to rebuild sea wall'],
    ['Meridian News - Harbour town votes to rebuild sea wall', ['Meridian News'], 'Harbour town votes to rebuild sea wall'],
  ])('takes the site name off %s', (title, sites, expected) => {
    expect(ownHeadlineText(title, sites)).toBe(expected);
  });

  it.each([
    ['Talks fail - and why that matters for the harbour'],
    ['Tram strike: what we know so far'],
    ["Singer's $150K Dress -- STOLEN!!!"],
    ['Bad News'],
    ['Hard Times'],
    ['Ferry link cut | Skelmor islanders stranded for the winter'],
    ['Live updates - Ukraine war'],
    ['Harbour town votes to rebuild sea wall – The Daily Meridian'],
  ])('leaves a headline without a site name alone: %s', (title) => {
    expect(ownHeadlineText(title)).toBe(title);
  });

  it.each([
    ['Example News - Latest News & Headlines', []],
    ['Breaking News, Videos and Analysis | Example News', []],
    ['Home | The Daily Meridian', []],
    ['The Daily Meridian', ['The Daily Meridian']],
  ])('finds no headline of the article in the site title %s', (title, sites) => {
    expect(ownHeadlineText(title, sites)).toBeUndefined();
  });
});

describe('siteNameOfUrl', () => {
  it('takes the host without www', () => {
    expect(siteNameOfUrl('https://www.example-news.com/2024/03/story')).toBe('example-news.com');
    expect(siteNameOfUrl('not a url')).toBeUndefined();
  });
});
