import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonLd } from '../../../src/ingest/html/index.js';

const block = (value: unknown): string => JSON.stringify(value);

describe('readJsonLd', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads headline, authors, publisher, date, url, image and language of a NewsArticle', () => {
    const { facts } = readJsonLd(
      [
        block({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Port reopens after storm',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, 'By Li Wei'],
          publisher: { '@type': 'Organization', name: 'Harbour Times' },
          datePublished: '2024-01-05T06:00:00Z',
          url: 'https://harbour.example/port',
          image: ['https://harbour.example/a.jpg', 'https://harbour.example/b.jpg'],
          inLanguage: 'en-GB',
        }),
      ],
      'page.html',
    );
    expect(facts).toEqual({
      title: 'Port reopens after storm',
      authors: ['Ana Ruiz', 'Li Wei'],
      publisher: 'Harbour Times',
      datePublished: '2024-01-05T06:00:00Z',
      url: 'https://harbour.example/port',
      image: 'https://harbour.example/a.jpg',
      language: 'en-GB',
    });
  });

  it('keeps dateCreated apart from datePublished', () => {
    const { facts } = readJsonLd(
      [block({ '@type': 'NewsArticle', headline: 'Port reopens', dateCreated: '2024-01-04', datePublished: '2024-01-05' })],
      'p.html',
    );
    expect(facts).toMatchObject({ datePublished: '2024-01-05', dateCreated: '2024-01-04' });
  });

  it('gives the genre of opinion, analysis and review article types', () => {
    const genre = (type: unknown): unknown => readJsonLd([block({ '@type': type, headline: 'x' })], 'p').facts.genre;
    expect(genre('OpinionNewsArticle')).toBe('OpEd');
    expect(genre('https://schema.org/AnalysisNewsArticle')).toBe('Analysis');
    expect(genre(['NewsArticle', 'ReviewNewsArticle'])).toBe('Review');
    expect(genre('NewsArticle')).toBeUndefined();
  });

  it('reads the genre from articleSection when the type is generic', () => {
    expect(readJsonLd([block({ '@type': 'NewsArticle', articleSection: ['World', 'Opinion'] })], 'p').facts.genre).toBe('OpEd');
  });

  it('finds the article in an @graph and resolves @id references to people, publisher and image', () => {
    const { facts } = readJsonLd(
      [
        block({
          '@graph': [
            { '@type': 'WebPage', '@id': '#page', url: 'https://site.example/story', name: 'Page name' },
            { '@type': 'Person', '@id': '#p1', name: 'Noor Haddad' },
            { '@type': 'Organization', '@id': '#org', name: 'Site News' },
            { '@type': 'ImageObject', '@id': '#img', url: 'https://site.example/i.jpg' },
            {
              '@type': 'Article',
              headline: 'The story',
              author: { '@id': '#p1' },
              publisher: { '@id': '#org' },
              image: { '@id': '#img' },
              mainEntityOfPage: { '@id': 'https://site.example/story' },
            },
          ],
        }),
      ],
      'p',
    );
    expect(facts).toMatchObject({
      title: 'The story',
      authors: ['Noor Haddad'],
      publisher: 'Site News',
      image: 'https://site.example/i.jpg',
      url: 'https://site.example/story',
    });
  });

  it('prefers a NewsArticle over a generic Article described on the same page', () => {
    const blocks = [block({ '@type': 'Article', headline: 'Sidebar teaser' }), block([{ '@type': 'NewsArticle', headline: 'Main story' }])];
    expect(readJsonLd(blocks, 'p').facts.title).toBe('Main story');
  });

  it('decodes HTML entities that CMSs leave in JSON-LD strings', () => {
    expect(readJsonLd([block({ '@type': 'NewsArticle', headline: 'Don&#8217;t panic &amp; carry on' })], 'p').facts.title).toBe(
      'Don’t panic & carry on',
    );
  });

  it('reads a block wrapped in CDATA markers', () => {
    expect(readJsonLd(['//<![CDATA[\n{"@type": "NewsArticle", "headline": "Wrapped"}\n//]]>'], 'p').facts.title).toBe('Wrapped');
  });

  it('warns about a block that is not JSON and reads the others', () => {
    const result = readJsonLd(['{"@type": "NewsArticle", "headline": ', block({ '@type': 'NewsArticle', headline: 'Good' })], 'page.html');
    expect(result.facts.title).toBe('Good');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'HTML_JSONLD_INVALID',
        level: 'warning',
        message: expect.stringContaining('page.html: JSON-LD block 1'),
      }),
    ]);
  });

  it('never fetches the @context: a remote context is left unread', () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in ingest'));
    const { facts } = readJsonLd(
      [block({ '@context': 'https://context.invalid/ctx.jsonld', '@type': 'NewsArticle', headline: 'Offline' })],
      'p',
    );
    expect(facts.title).toBe('Offline');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('returns nothing for pages that describe no article', () => {
    expect(readJsonLd([block({ '@type': 'Organization', name: 'Only an org' })], 'p').facts).toEqual({});
  });
});
