import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Claim, NewsArticle, Thing } from 'schema-dts';
import { DEFAULT_DATA_BASE } from '../../src/core/vocab.js';
import { hintsFrom } from '../../src/ingest/index.js';
import type { PlainHints } from '../../src/ingest/index.js';
import { buildMarkup, markupToHtml, markupToJson } from '../../src/markup/index.js';
import type { ArticleMarkup, MarkupOptions } from '../../src/markup/index.js';
import { runArticle } from '../../src/pipeline.js';
import { SAMPLE } from '../helpers/cli.js';
import { CORPUS } from '../query/helpers.js';

async function markupOf(path: string, hints: PlainHints = {}, options: MarkupOptions = {}) {
  const { model } = await runArticle(
    { raw: readFileSync(path, 'utf8'), source: { name: path, format: 'text' }, hints: hintsFrom(hints, 'option') },
    { base: DEFAULT_DATA_BASE, formats: [] },
  );
  return { ...buildMarkup(model, options), model };
}

type Node = Record<string, unknown>;
const nodes = (markup: ArticleMarkup): Node[] =>
  '@graph' in markup ? (markup['@graph'] as unknown as Node[]) : [markup as unknown as Node];
const articleOf = (markup: ArticleMarkup) => nodes(markup)[0]! as Exclude<NewsArticle, string> & Node;
const claimsOf = (markup: ArticleMarkup) => nodes(markup).filter((n) => n['@type'] === 'Claim') as unknown as Exclude<Claim, string>[];
const names = (things: unknown) => (Array.isArray(things) ? things : [things]).map((t) => (t as { name: string }).name);
const [NEWS, , OPED] = CORPUS as [string, string, string, string];

describe('buildMarkup', () => {
  it('makes the sample an OpinionNewsArticle with its headline, author, publisher and ISSN', async () => {
    const { markup } = await markupOf(SAMPLE);
    expect(markup['@context']).toBe('https://schema.org');
    expect(articleOf(markup)).toMatchObject({
      '@type': 'OpinionNewsArticle',
      headline: 'NATO-Russia Missile Row Intensifies',
      author: { '@type': 'Person', name: 'Hassan Beheshtipour' },
      publisher: { '@type': 'Organization', name: 'Eurasia Review' },
      isPartOf: { '@type': 'Periodical', issn: '2330-717X' },
      inLanguage: 'en',
      articleSection: ['Stalemate in missile shield talks', 'Who does the future of Libya belong to?'],
    });
  });

  it('uses the article IRI of the graph as @id, so the markup and the graph name the same thing', async () => {
    const { markup, model } = await markupOf(SAMPLE);
    expect(articleOf(markup)['@id']).toBe(model.article.iri);
  });

  it('invents no date, image or author URL', async () => {
    const article = articleOf((await markupOf(SAMPLE)).markup);
    for (const key of ['datePublished', 'dateModified', 'image', 'url']) expect(article).not.toHaveProperty(key);
    expect(article['author']).not.toHaveProperty('url');
  });

  it('reports the Google recommendations it cannot meet', async () => {
    const codes = (await markupOf(SAMPLE)).warnings.map((w) => w.code);
    expect(codes).toEqual(['MARKUP_NO_IMAGE', 'MARKUP_NO_DATE_PUBLISHED', 'MARKUP_NO_DATE_MODIFIED', 'MARKUP_NO_AUTHOR_URL']);
  });

  it('takes the date and URL given, and the URL becomes the @id', async () => {
    const { markup, warnings } = await markupOf(SAMPLE, { datePublished: '2011-07-20', url: 'https://example.org/nato-russia' });
    expect(articleOf(markup)).toMatchObject({
      '@id': 'https://example.org/nato-russia',
      url: 'https://example.org/nato-russia',
      datePublished: '2011-07-20',
    });
    expect(warnings.map((w) => w.code)).not.toContain('MARKUP_NO_DATE_PUBLISHED');
  });

  it('reads the date printed in a news article, which is no opinion piece', async () => {
    const article = articleOf((await markupOf(NEWS)).markup);
    expect(article).toMatchObject({ datePublished: '2024-03-12' });
    expect(['NewsArticle', 'ReportageNewsArticle']).toContain(article['@type']);
  });

  it('makes the actors named in the headline what the article is about, with Wikidata links', async () => {
    const article = articleOf((await markupOf(SAMPLE)).markup);
    expect(article['about']).toEqual([
      { '@type': 'Organization', name: 'NATO' },
      { '@type': 'Country', name: 'Russia', sameAs: 'http://www.wikidata.org/entity/Q159' },
    ]);
    expect(names(article['mentions'])).toEqual(expect.arrayContaining(['Dmitry Rogozin', 'Sergey Lavrov', 'Sochi', 'Libya']));
  });

  it('does not list the author or the publisher among the things mentioned', async () => {
    const article = articleOf((await markupOf(SAMPLE)).markup);
    expect(names(article['mentions'])).not.toContain('Hassan Beheshtipour');
    expect(names(article['mentions'])).not.toContain('Eurasia Review');
  });

  it('adds named speakers’ statements as Claims that point back at the article', async () => {
    const { markup } = await markupOf(SAMPLE);
    const claims = claimsOf(markup);
    const rogozin = claims.find((c) => (c.author as { name: string }).name === 'Dmitry Rogozin');
    expect(rogozin).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Dmitry Rogozin' },
      appearance: { '@id': articleOf(markup)['@id'] },
    });
    expect(rogozin!.text).toMatch(/arms race/);
    expect(claims.filter((c) => (c.author as { name: string }).name === 'Sergey Lavrov').length).toBeGreaterThanOrEqual(2);
  });

  it('leaves out the op-ed writer’s own claims, and speakers that cannot be a schema:author', async () => {
    const { markup } = await markupOf(SAMPLE);
    const authors = claimsOf(markup).map((c) => c.author as Exclude<Thing, string>);
    expect(authors.map((a) => (a as { name: string }).name)).not.toContain('Hassan Beheshtipour');
    expect(new Set(authors.map((a) => a['@type']))).toEqual(new Set(['Person']));
  });

  it('keeps direct quotes word for word', async () => {
    const claims = claimsOf((await markupOf(NEWS)).markup);
    expect(claims.map((c) => c.text)).toContainEqual(
      expect.stringContaining('"We cannot keep taking more fish out of the sea than the sea can replace'),
    );
  });

  it('caps the claims, and writes a single NewsArticle object without them', async () => {
    expect(claimsOf((await markupOf(SAMPLE, {}, { claims: 2 })).markup)).toHaveLength(2);
    const { markup } = await markupOf(SAMPLE, {}, { claims: 0 });
    expect(markup).not.toHaveProperty('@graph');
    expect(markup).toMatchObject({ '@context': 'https://schema.org', '@type': 'OpinionNewsArticle' });
  });

  it('marks the op-ed of the corpus as opinion with its ISSN', async () => {
    expect(articleOf((await markupOf(OPED)).markup)).toMatchObject({
      '@type': 'OpinionNewsArticle',
      isPartOf: { issn: '1234-5679' },
      datePublished: '2024-03-25',
    });
  });
});

describe('markupToHtml', () => {
  it('wraps the JSON-LD in a script element that parses back to the same data', async () => {
    const { markup } = await markupOf(SAMPLE);
    const html = markupToHtml(markup);
    const inner = /^<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>\n$/.exec(html)?.[1];
    expect(JSON.parse(inner!)).toEqual(JSON.parse(markupToJson(markup)));
  });

  it('cannot be closed early by a string in the data', () => {
    const html = markupToHtml({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('\\u003c/script>');
  });
});
