import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/errors.js';
import { parseDocument } from '../../../src/ingest/html/dom.js';
import { mergePageMetadata, normaliseDate, normaliseLanguage, readMetaTags, repairSkeleton } from '../../../src/ingest/html/index.js';

function metaOf(head: string, htmlAttributes = ''): ReturnType<typeof readMetaTags> {
  return readMetaTags(parseDocument(repairSkeleton(`<html${htmlAttributes}><head>${head}</head><body><p>x</p></body></html>`)));
}

describe('readMetaTags', () => {
  it('reads OpenGraph, article:* and meta name tags', () => {
    const facts = metaOf(
      `<meta property="og:title" content="OG headline"><meta name="author" content="Kim Lee"><meta property="og:site_name" content="Daily Example">
       <meta property="article:published_time" content="2021-03-04T10:00:00Z"><meta property="og:url" content="https://d.example/a">
       <meta property="og:image" content="https://d.example/a.png"><link rel="canonical" href="https://d.example/canonical">`,
      ' lang="en-US"',
    );
    expect(facts).toEqual({
      title: 'OG headline',
      authors: ['Kim Lee'],
      publisher: 'Daily Example',
      datePublished: '2021-03-04T10:00:00Z',
      url: 'https://d.example/a',
      canonical: 'https://d.example/canonical',
      image: 'https://d.example/a.png',
      language: 'en-US',
    });
  });

  it('keeps several article:author tags as a list and skips profile URLs', () => {
    const facts = metaOf(
      '<meta property="article:author" content="https://social.example/kim"><meta property="article:author" content="Kim Lee"><meta property="article:author" content="Sam Ode">',
    );
    expect(facts.authors).toEqual(['Kim Lee', 'Sam Ode']);
  });

  it('reads the genre from article:section', () => {
    expect(metaOf('<meta property="article:section" content="Opinion">').genre).toBe('OpEd');
  });

  it('reads article:published and a creation date apart from the publication date', () => {
    const facts = metaOf(
      '<meta property="article:published" content="2017-01-13T00:00:04-05:00"><meta itemprop="dateCreated" content="2017-01-12">',
    );
    expect(facts).toMatchObject({ datePublished: '2017-01-13T00:00:04-05:00', dateCreated: '2017-01-12' });
  });

  it('reads a date from a <time itemprop="datePublished"> when no meta tag has one', () => {
    const facts = readMetaTags(
      parseDocument(repairSkeleton('<body><time itemprop="datePublished" datetime="2020-02-29">29 Feb</time><p>x</p></body>')),
    );
    expect(facts.datePublished).toBe('2020-02-29');
  });
});

describe('mergePageMetadata', () => {
  it('lets JSON-LD win over meta tags, and the canonical link win for the URL', () => {
    const diagnostics: Diagnostic[] = [];
    const page = mergePageMetadata(
      { title: 'LD title', authors: ['LD Author'], publisher: 'LD Pub', datePublished: '2020-01-02', url: 'https://x.example/ld' },
      {
        title: 'OG title',
        authors: ['Meta Author'],
        publisher: 'OG Pub',
        datePublished: '2020-01-01',
        url: 'https://x.example/og',
        canonical: 'https://x.example/canonical',
      },
      'p.html',
      diagnostics,
    );
    expect(page).toEqual({
      title: 'LD title',
      authors: ['LD Author'],
      publisher: 'LD Pub',
      datePublished: '2020-01-02',
      url: 'https://x.example/canonical',
    });
    expect(diagnostics).toEqual([]);
  });

  it('resolves a relative canonical link against og:url and a relative image against the page URL', () => {
    const page = mergePageMetadata({}, { canonical: '/news/a', url: 'https://x.example/news/a?ref=share', image: '/img/a.jpg' }, 'p', []);
    expect(page.url).toBe('https://x.example/news/a');
    expect(page.image).toBe('https://x.example/img/a.jpg');
  });

  it('takes a publication date over a creation date, whichever source gives them', () => {
    const page = mergePageMetadata({ dateCreated: '2016-11-15T09:00:00Z' }, { datePublished: '2016-11-16T14:15:00Z' }, 'p', []);
    expect(page.datePublished).toBe('2016-11-16');
    expect(mergePageMetadata({ dateCreated: '2016-11-15' }, {}, 'p', []).datePublished).toBe('2016-11-15');
  });

  it('reads the date from a URL filed under it when the page states none', () => {
    expect(mergePageMetadata({}, { url: 'https://x.example/2015/02/01/the-story/' }, 'p', []).datePublished).toBe('2015-02-01');
    expect(mergePageMetadata({}, { url: 'https://x.example/2015/02/31/the-story/' }, 'p', []).datePublished).toBeUndefined();
    expect(mergePageMetadata({ datePublished: '2015-02-02' }, { url: 'https://x.example/2015/02/01/a/' }, 'p', []).datePublished).toBe(
      '2015-02-02',
    );
  });

  it('names the publisher by its host when the page gives its address as its name', () => {
    expect(mergePageMetadata({}, { publisher: 'http://www.harbour-gazette.example' }, 'p', []).publisher).toBe('harbour-gazette.example');
  });

  it('drops values it cannot normalise with a warning, falling back to the next source', () => {
    const diagnostics: Diagnostic[] = [];
    const page = mergePageMetadata(
      { datePublished: 'Spring 2020', language: 'English' },
      { datePublished: '2020-05-01', canonical: 'ftp://x.example/a' },
      'p.html',
      diagnostics,
    );
    expect(page.datePublished).toBe('2020-05-01');
    expect(page.url).toBeUndefined();
    expect(page.language).toBeUndefined();
    expect(diagnostics.map((d) => d.details?.['field'])).toEqual(['datePublished', 'url', 'language']);
    expect(diagnostics.every((d) => d.code === 'HTML_METADATA_IGNORED' && d.message.startsWith('p.html: '))).toBe(true);
  });
});

describe('normaliseDate', () => {
  it('keeps the date as the page states it, not shifted to UTC', () => {
    expect(normaliseDate('2023-05-03T22:30:00-04:00')).toBe('2023-05-03');
    expect(normaliseDate('2016-11-16T23:15:00-08:00')).toBe('2016-11-16');
    expect(normaliseDate('2016-11-16T14:15:00+00:00')).toBe('2016-11-16');
    expect(normaliseDate('2016-11-16 23:59:00 -0800')).toBe('2016-11-16');
    expect(normaliseDate('Wed, 16 Nov 2016 14:15:00 GMT')).toBe('2016-11-16');
    expect(normaliseDate('November 16, 2016 11:15 PM EST')).toBe('2016-11-16');
  });

  it('reads compact, written and RFC 2822 dates', () => {
    expect(normaliseDate('20190428')).toBe('2019-04-28');
    expect(normaliseDate('April 28, 2019 6:01 AM')).toBe('2019-04-28');
    expect(normaliseDate('Sun, 28 Apr 2019 06:01:07 GMT')).toBe('2019-04-28');
    expect(normaliseDate('20190428060107')).toBe('2019-04-28');
    expect(normaliseDate('Sun Apr 28 06:01:07 PDT 2019')).toBe('2019-04-28');
  });

  it('rejects incomplete and impossible dates', () => {
    expect(normaliseDate('2019-04')).toBeUndefined();
    expect(normaliseDate('2019-02-30')).toBeUndefined();
  });
});

describe('normaliseLanguage', () => {
  it('accepts OpenGraph locales and canonicalises case', () => {
    expect(normaliseLanguage('en_US')).toBe('en-US');
    expect(normaliseLanguage('en-au')).toBe('en-AU');
    expect(normaliseLanguage('english')).toBeUndefined();
  });
});
