import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Quad } from '@rdfjs/types';
import { runArticle } from '../../src/pipeline.js';
import { PROFILES } from '../../src/graph/index.js';
import type { Profile } from '../../src/graph/index.js';
import { ViewSite, contentHashOf, readArticles } from '../../src/view/index.js';
import { SAMPLE } from '../helpers/cli.js';

// The view is drawn from the exported graph alone: every profile must give a page, and the
// lean one (spans of offsets only) is placed on the article's text when that text is supplied.

const text = readFileSync(SAMPLE, 'utf8');
const graphs = {} as Record<Profile, Quad[]>;

beforeAll(async () => {
  for (const profile of PROFILES)
    graphs[profile] = (
      await runArticle({ raw: text, source: { name: 'sample', format: 'text' } }, { base: 'https://example.org/kg/', formats: [], profile })
    ).quads;
}, 60_000);

const countOf = (html: string, attribute: string) => html.match(new RegExp(`${attribute}="`, 'g'))?.length ?? 0;

function page(profile: Profile): string {
  const site = new ViewSite();
  const added = site.addGraph(graphs[profile], { texts: new Map([[contentHashOf(text), text]]) });
  expect(added.added).toMatchObject([{ textOrigin: 'source' }]);
  return added.files[0]!.content;
}

describe('the view of each profile', () => {
  it.each(PROFILES)('reads every statement and event of %s', (profile) => {
    const [article] = readArticles(graphs[profile]);
    const [full] = readArticles(graphs.full);
    // in text order; a lean event is placed by its sentence, having no trigger
    expect(article!.statements.map((s) => s.iri)).toEqual(full!.statements.map((s) => s.iri));
    expect(article!.events.map((e) => e.iri).sort()).toEqual(full!.events.map((e) => e.iri).sort());
  });

  it('marks the same statements, events and mentions on standard as on full', () => {
    const [standard, full] = [page('standard'), page('full')];
    for (const attribute of ['data-statement', 'data-event', 'data-mention'])
      expect(countOf(standard, attribute)).toBe(countOf(full, attribute));
  });

  it('marks every statement and event of a lean graph on the supplied text, and no mention', () => {
    const lean = page('lean');
    const [article] = readArticles(graphs.lean);
    expect(article!.statements[0]!.evidence).toEqual({ start: expect.any(Number), end: expect.any(Number) });
    expect(countOf(lean, 'data-statement')).toBe(article!.statements.length);
    expect(countOf(lean, 'data-event')).toBe(article!.events.length);
    expect(countOf(lean, 'data-mention')).toBe(0);
  });
});
