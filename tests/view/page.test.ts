import { describe, expect, it } from 'vitest';
import { parseRdf } from '../../src/graph/index.js';
import { ViewSite, contentHashOf } from '../../src/view/index.js';
import { ARTICLE_TEXT, fixtureTurtle } from './fixture.js';
import type { FixtureOptions } from './fixture.js';

async function page(options: FixtureOptions = {}, texts?: Map<string, string>) {
  const site = new ViewSite();
  const result = site.addGraph(await parseRdf(fixtureTurtle(options), 'turtle', 'fixture.ttl'), texts ? { texts } : {});
  expect(result.files).toHaveLength(1);
  return { html: result.files[0]!.content, path: result.files[0]!.path, origin: result.added[0]!.textOrigin, site };
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('article page', () => {
  it('shows the whole text from schema:articleBody, one element per mention, boilerplate dimmed, events by factuality', async () => {
    const { html, origin, path } = await page({ body: true });
    expect(origin).toBe('graph');
    expect(path).toMatch(/^articles\/harbour-plan-stalls-[0-9a-f]{16}\.html$/);
    expect(count(html, /data-mention="/g)).toBe(3);
    expect(html).toContain('<span class="bp" data-boilerplate="newsletter"');
    expect(html).toMatch(/class="ev ev-negated" data-event="[^"]+\/sale"/);
    expect(html).toMatch(/class="ev ev-possible" data-event="[^"]+\/vote-2"/);
    expect(html).toContain(' did not '); // text no span quotes is there too
    expect(html).not.toContain('does not hold the article');
  });

  it('shows events without a reading and no boilerplate for a graph exported before them', async () => {
    const { html } = await page({ body: true, older: true });
    expect(count(html, /class="ev ev-unknown" data-event=/g)).toBe(3);
    expect(html).not.toContain('data-boilerplate');
  });

  it("takes the input text only when it hashes to the graph's content hash, else shows the quoted passages", async () => {
    const matching = await page({}, new Map([[contentHashOf(ARTICLE_TEXT), ARTICLE_TEXT]]));
    expect(matching.origin).toBe('source');
    const other = ARTICLE_TEXT.replace('Monday', 'Friday');
    const mismatch = await page({}, new Map([[contentHashOf(other), other]]));
    expect(mismatch.origin).toBe('spans');
    expect(mismatch.html).toContain('does not hold the article');
    expect(mismatch.html).not.toContain('Friday');
    expect(mismatch.html).not.toContain(' did not ');
    expect(matching.html).toContain(' did not ');
    expect(count(mismatch.html, /data-mention="/g)).toBe(3);
    expect(mismatch.html).toContain('class="gap"');
  });

  it('escapes a hostile headline everywhere and links no javascript: IRI', async () => {
    const headline = `</title><script>alert("x")</script><img src=x onerror=alert(1)>`;
    const { html, site } = await page({ headline, body: true });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://sws.geonames.org/1234567/"');
    const index = site.index().content;
    expect(index).not.toContain('<script>alert');
    expect(index).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});

describe('index page', () => {
  it('lists each article once, with outlet, date and counts, and the actors with the articles that mention them', async () => {
    const site = new ViewSite();
    const quads = await parseRdf(fixtureTurtle({ body: true }), 'turtle', 'fixture.ttl');
    const first = site.addGraph(quads);
    const again = site.addGraph(quads);
    expect(again.files).toEqual([]);
    expect(again.duplicates).toEqual(['https://example.org/news/harbour-plan']);
    const index = site.index().content;
    expect(index).toContain(`<a href="${first.added[0]!.page}">Harbour plan stalls</a>`);
    expect(index).toMatch(
      /<td>Northport Gazette<\/td><td>2024-11-04<\/td><td><\/td><td class="num">3<\/td><td class="num">3<\/td><td class="num">1<\/td><td class="num">3<\/td>/,
    );
    expect(index).toMatch(
      /<tr data-actor="https:\/\/example.org\/id\/actor\/place\/northport"><td>Northport<\/td><td>place<\/td><td class="num">1<\/td>/,
    );
  });
});
