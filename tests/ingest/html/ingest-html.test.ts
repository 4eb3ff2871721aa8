import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNewskgError } from '../../../src/core/errors.js';
import type { SpannedValue } from '../../../src/core/types.js';
import { hintsFrom, ingestHtml } from '../../../src/ingest/index.js';
import { htmlSource, PARAGRAPHS, readPage, simplePage } from './helpers.js';

function spanIsExact(doc: { text: string }, value: SpannedValue | undefined): boolean {
  return value?.span !== undefined && doc.text.slice(value.span.start, value.span.end) === value.span.text;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isNewskgError(error) ? error.code : 'not a NewskgError';
  }
  return undefined;
}

describe('ingestHtml on a news page with JSON-LD and OpenGraph', () => {
  const doc = ingestHtml(readPage('opinion-jsonld-og.html'), htmlSource('opinion-jsonld-og.html'));

  it('makes the article text the document text: headline, byline, body, no page furniture', () => {
    expect(
      doc.text.startsWith('Why the river treaty needs a second look\n\nBy Marta Kowalczyk and Tomas Lind\n\nWhen the two governments'),
    ).toBe(true);
    expect(doc.text).not.toMatch(/Most read|All rights reserved|dataLayer|font-family|Home/);
    expect(doc.text.endsWith('leaves the next crisis to chance.')).toBe(true);
  });

  it('decodes entities in the text', () => {
    expect(doc.text).toContain('the data was “still being reconciled” — a phrase');
  });

  it('takes the metadata from JSON-LD over OpenGraph and meta tags, with origin html', () => {
    const m = doc.metadata;
    expect(m.headline).toMatchObject({ value: 'Why the river treaty needs a second look', origin: 'html' });
    expect(m.authors.map((a) => [a.value, a.origin])).toEqual([
      ['Marta Kowalczyk', 'html'],
      ['Tomas Lind', 'html'],
    ]);
    expect(m.publisher).toEqual({ value: 'The Valley Courier', origin: 'html' });
    expect(m.datePublished).toEqual({ value: '2023-05-03', origin: 'html' });
    expect(m.image).toEqual({ value: 'https://valleycourier.example/img/dam-wide.jpg', origin: 'html' });
    expect(m.genre).toEqual({ value: 'OpEd', origin: 'html' });
  });

  it('takes the URL from the canonical link and the language from <html lang>', () => {
    expect(doc.metadata.url).toEqual({ value: 'https://valleycourier.example/opinion/2023/05/river-treaty-second-look', origin: 'html' });
    expect(doc.metadata.language).toBe('en-GB');
  });

  it('keeps spans into the article text for the headline and the printed authors', () => {
    expect(spanIsExact(doc, doc.metadata.headline)).toBe(true);
    expect(doc.metadata.authors.every((a) => spanIsExact(doc, a))).toBe(true);
    expect(doc.metadata.authors[1]?.span?.text).toBe('Tomas Lind');
  });

  it('finds paragraphs and the sub-heading with the plain-text passes', () => {
    expect(doc.paragraphs).toHaveLength(5);
    expect(doc.sections.map((s) => s.heading.text)).toEqual(['What the commission has not done']);
    expect(doc.source.format).toBe('html');
  });
});

describe('ingestHtml on other page shapes', () => {
  it('reads an @graph JSON-LD page with referenced author, publisher and image', () => {
    const doc = ingestHtml(readPage('graph-jsonld.html'), htmlSource('graph-jsonld.html'));
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Ines Carvalho']);
    expect(doc.metadata.publisher?.value).toBe('Coastline Daily Media Group');
    expect(doc.metadata.image?.value).toBe('https://coastline.example/media/cranes.jpg');
    expect(doc.metadata.url?.value).toBe('https://coastline.example/news/harbour-strike-ends');
    expect(doc.metadata.genre?.value).toBe('News');
    expect(doc.metadata.datePublished?.value).toBe('2024-02-19');
  });

  it('reads a page with only meta tags: author list split, date normalised, relative URLs resolved', () => {
    const doc = ingestHtml(readPage('meta-only.html'), htmlSource('meta-only.html'));
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Priya Raman', 'Daniel Okafor', 'Lena Fischer']);
    expect(doc.metadata.datePublished).toEqual({ value: '2022-06-07', origin: 'html' });
    expect(doc.metadata.url?.value).toBe('https://gazette.example/local/library-reopens');
    expect(doc.metadata.image?.value).toBe('https://gazette.example/media/library.jpg');
    expect(doc.metadata.language).toBe('en-US');
    expect(doc.text).not.toContain('Priya Raman');
  });

  it('refuses a page with no article, naming the file', () => {
    let error: unknown;
    try {
      ingestHtml(readPage('no-article.html'), htmlSource('pages/no-article.html'));
    } catch (e) {
      error = e;
    }
    expect(isNewskgError(error) && error.code).toBe('INPUT_NO_ARTICLE');
    expect((error as Error).message).toMatch(/^pages\/no-article\.html: no article text found/);
  });

  it('reads a truncated page with a broken JSON-LD block, with a warning', () => {
    const doc = ingestHtml(readPage('truncated.html'), htmlSource('truncated.html'));
    expect(doc.metadata.headline?.value).toBe('Ferry service suspended as storm approaches');
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.text.endsWith('asked residents to offer spare rooms where they')).toBe(true);
    expect(doc.diagnostics.map((d) => d.code)).toContain('HTML_JSONLD_INVALID');
  });

  it('reads a bare fragment with no <html>, <head> or <body>', () => {
    const doc = ingestHtml(PARAGRAPHS.map((p) => `<p>${p}`).join('\n'), htmlSource('fragment.html'));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  it('lets caller hints (a record field, an option) win over page metadata', () => {
    const page = simplePage(PARAGRAPHS, '<meta property="article:published_time" content="2020-01-01">');
    const doc = ingestHtml(page, htmlSource('p.html'), hintsFrom({ datePublished: '2020-02-02' }, 'record'));
    expect(doc.metadata.datePublished).toEqual({ value: '2020-02-02', origin: 'record' });
  });

  it('warns when the printed byline names someone the page metadata does not', () => {
    const page = simplePage(PARAGRAPHS, '<meta name="author" content="Carla Duarte">').replace(
      '<h1>Test page</h1>',
      '<h1>Test page</h1><p class="byline">By Rosa Mendes</p>',
    );
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Carla Duarte']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('HTML_AUTHOR_CONFLICT');
  });

  it('takes the byline of the article, not one from a list of related stories before it', () => {
    const related = '<ul class="related"><li><a href="/a">Port strike ends</a> <span class="author">By Lea Novak</span></li></ul>';
    const page = simplePage(PARAGRAPHS)
      .replace('<body>', `<body><div class="teasers">${related}<div class="author-box">By Ivo Brandt</div></div>`)
      .replace('<h1>Test page</h1>', '<h1>Test page</h1><p class="byline">By Rosa Mendes</p>');
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Rosa Mendes']);
  });

  it('does not take a dateline element for the byline', () => {
    const page = simplePage(PARAGRAPHS).replace(
      '<h1>Test page</h1>',
      '<h1>Test page</h1><span class="dateline">GENEVA —</span><p class="byline">By Rosa Mendes</p>',
    );
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => a.value)).toEqual(['Rosa Mendes']);
  });

  it('takes the site name off the page title', () => {
    const head =
      '<meta property="og:title" content="Night buses to run to the airport | The Harbour Gazette"><meta property="og:site_name" content="The Harbour Gazette">';
    const doc = ingestHtml(simplePage(PARAGRAPHS, head), htmlSource('p.html'));
    expect(doc.metadata.headline?.value).toBe('Night buses to run to the airport');
    expect(doc.text.startsWith('Night buses to run to the airport\n')).toBe(true);
  });

  it("replaces the site's generic title with the article's own", () => {
    const page = simplePage(PARAGRAPHS, '<meta property="og:title" content="Harbour Gazette - Latest News &amp; Headlines">')
      .replace('<title>Test page</title>', '<title>Night buses to run to the airport - Harbour Gazette</title>')
      .replace('<h1>Test page</h1>', '<h1>Night buses to run to the airport</h1>');
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.headline?.value).toBe('Night buses to run to the airport');
  });

  it('reads the author and the date from a byline that prints both', () => {
    const page = simplePage(PARAGRAPHS).replace(
      '<h1>Test page</h1>',
      '<h1>Test page</h1><div class="byline">By JANE DOE March 11, 2015 3:46 PM</div>',
    );
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => [a.value, a.type])).toEqual([['JANE DOE', 'Person']]);
    expect(doc.metadata.datePublished).toMatchObject({ value: '2015-03-11', span: { text: 'March 11, 2015' } });
  });

  it('makes an organisation byline an Organization author', () => {
    const doc = ingestHtml(simplePage(PARAGRAPHS, '<meta name="author" content="Harbour Gazette News">'), htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => [a.value, a.type])).toEqual([['Harbour Gazette News', 'Organization']]);
  });

  it('uses the printed byline for the authors when the page has no author metadata', () => {
    const page = simplePage(PARAGRAPHS).replace(
      '<h1>Test page</h1>',
      '<h1>Test page</h1><div class="article-byline">By Rosa Mendes and Ken Ito</div>',
    );
    const doc = ingestHtml(page, htmlSource('p.html'));
    expect(doc.metadata.authors.map((a) => [a.value, a.span?.text])).toEqual([
      ['Rosa Mendes', 'Rosa Mendes'],
      ['Ken Ito', 'Ken Ito'],
    ]);
  });
});

describe('ingestHtml limits', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads a 50 MB page of inline script quickly: scripts are cut before the DOM is built', () => {
    const script = `<script>window.__STATE__ = ${JSON.stringify({ blob: 'x'.repeat(50 * 1024 * 1024) })};</script>`;
    const page = simplePage(PARAGRAPHS).replace('</head>', `${script}</head>`);
    const started = performance.now();
    const doc = ingestHtml(page, htmlSource('huge-script.html'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.text.length).toBeLessThan(1000);
  });

  it('refuses a page with more elements than an article page can have, before building a DOM', () => {
    const page = simplePage(PARAGRAPHS).replace('</article>', `</article>${'<div><span>cell</span></div>'.repeat(30000)}`);
    expect(codeOf(() => ingestHtml(page, htmlSource('huge-table.html')))).toBe('INPUT_TOO_LARGE');
  });

  it('does not touch the network for a page whose JSON-LD names a remote @context', () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network'));
    const head = `<script type="application/ld+json">{"@context": "https://context.invalid/x.jsonld", "@type": "NewsArticle", "headline": "Offline headline"}</script>`;
    const doc = ingestHtml(simplePage(PARAGRAPHS, head), htmlSource('p.html'));
    expect(doc.metadata.headline?.value).toBe('Offline headline');
    expect(fetch).not.toHaveBeenCalled();
  });
});
