/**
 * The view in a real browser: pages opened from file:// URLs as a person would open them,
 * checked for what that person sees and can do.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseRdf } from '../../src/graph/index.js';
import { NKG, RDF, SCHEMA } from '../../src/core/vocab.js';
import { ROOT, SAMPLE, runCli } from '../helpers/cli.js';
import { fixtureTurtle } from '../view/fixture.js';
import { browserSkipReason, launchBrowser, openPage } from './chromium.js';
import type { Browser } from './chromium.js';

const skipReason = browserSkipReason('tests/browser/view.test.ts');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');

describe.skipIf(skipReason !== undefined)('newskg view in Chromium', () => {
  let work: string;
  let browser: Browser;
  let samplePage: string;
  /** The sample's graph as exported, read back: what the page must agree with. */
  let mentionActors: string[];
  let speakerNames: Map<string, string>;
  /** Statement IRI -> its speaker and the actors it is about. */
  let involved: Map<string, string[]>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'newskg-view-browser-'));
    const exported = runCli(['export', SAMPLE, '-o', join(work, 'graph'), '--quiet']);
    expect(exported.status).toBe(0);
    const viewed = runCli(['view', SAMPLE, '-o', join(work, 'sample'), '--quiet']);
    expect(viewed.status, viewed.stderr).toBe(0);
    const corpus = readdirSync(CORPUS).map((f) => join(CORPUS, f));
    writeFileSync(
      join(work, 'hostile.ttl'),
      fixtureTurtle({ headline: '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> Harbour plan', body: true }),
    );
    const corpusView = runCli(['view', ...corpus, join(work, 'hostile.ttl'), '-o', join(work, 'corpus'), '--quiet']);
    expect(corpusView.status, corpusView.stderr).toBe(0);
    samplePage = readdirSync(join(work, 'sample/articles'))[0]!;

    const quads = await parseRdf(readFileSync(join(work, 'graph/nato-russia-missile-row.ttl'), 'utf8'), 'turtle', 'sample');
    const mentions = new Set(
      quads.filter((q) => q.predicate.value === RDF.type && q.object.value === NKG.Mention).map((q) => q.subject.value),
    );
    mentionActors = quads.filter((q) => q.predicate.value === NKG.refersTo && mentions.has(q.subject.value)).map((q) => q.object.value);
    const names = new Map(quads.filter((q) => q.predicate.value === SCHEMA.name).map((q) => [q.subject.value, q.object.value]));
    speakerNames = new Map(
      quads.filter((q) => q.predicate.value === NKG.speaker).map((q) => [q.subject.value, names.get(q.object.value)!]),
    );
    involved = new Map();
    for (const q of quads.filter((q) => q.predicate.value === NKG.speaker || q.predicate.value === NKG.about))
      involved.set(q.subject.value, [...(involved.get(q.subject.value) ?? []), q.object.value]);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const url = (path: string) => pathToFileURL(join(work, path)).href;

  async function visibleCount(page: Page, selector: string): Promise<number> {
    return page
      .locator(selector)
      .evaluateAll((nodes) => nodes.filter((n) => (n as unknown as { offsetParent: unknown }).offsetParent !== null).length);
  }

  it('shows the headline and one highlight per mention of the graph, with no error and no request off the disk', async () => {
    const { page, watch } = await openPage(browser, url(`sample/articles/${samplePage}`));
    await expect(page.locator('h1').textContent()).resolves.toBe('NATO-Russia Missile Row Intensifies');
    expect(mentionActors.length).toBeGreaterThan(100);
    expect(await page.locator('[data-mention]').count()).toBe(mentionActors.length);
    expect(await page.locator('#network-graph svg .node').count()).toBeGreaterThan(2);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('shows the speaker of a statement that is clicked, and by keyboard', async () => {
    const { page } = await openPage(browser, url(`sample/articles/${samplePage}`));
    const statements = page.locator('[data-statement]:has(.cue)');
    for (const index of [0, 5]) {
      const statement = statements.nth(index);
      const iri = (await statement.getAttribute('data-statement'))!;
      await statement.locator('.cue').first().click();
      await expect(page.locator('#detail dd').first().textContent()).resolves.toContain(speakerNames.get(iri));
    }
    const last = page.locator('[data-statement]').last();
    await last.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#detail').textContent()).resolves.toContain(speakerNames.get((await last.getAttribute('data-statement'))!));
    await page.close();
  });

  it('filters by actor: only that actor stays highlighted and listed, and the statements shown involve it', async () => {
    const { page, watch } = await openPage(browser, url(`sample/articles/${samplePage}`));
    const counts = new Map<string, number>();
    for (const actor of mentionActors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const [actor, mentions] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.selectOption('#filter-actor', actor);
    const lit = await page.locator('[data-mention]:not(.off)').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor')));
    expect(lit).toEqual(Array(mentions).fill(actor));
    expect(await visibleCount(page, '#actors [data-actor]')).toBe(1);
    const rows = await page
      .locator('[data-statement-row]')
      .evaluateAll((nodes) =>
        nodes.filter((n) => !(n as unknown as { hidden: boolean }).hidden).map((n) => n.getAttribute('data-statement-row')),
      );
    expect(rows.length).toBeGreaterThan(0);
    const expected = [...involved].filter(([, actors]) => actors.includes(actor)).map(([statement]) => statement);
    expect([...rows].sort()).toEqual(expected.sort());
    expect(rows.length).toBeLessThan(speakerNames.size);
    // a minimum confidence hides the statements below it
    await page.locator('#filter-actor').selectOption('');
    await page.locator('#filter-confidence').fill('0.9');
    const shown = await page.locator('[data-statement-row]:not([hidden]) td.num').allTextContents();
    expect(shown.every((c) => Number(c) >= 0.9)).toBe(true);
    await page.locator('button[type=reset]').click();
    await expect.poll(() => visibleCount(page, '[data-statement-row]')).toBe(speakerNames.size);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page } = await openPage(browser, url(`sample/articles/${samplePage}`), { width: 390, height: 844 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    // the details of a selected statement open over the bottom of the screen, and close again
    await page.locator('[data-statement]:has(.cue)').first().locator('.cue').first().click();
    const sheet = await page.locator('#detail').boundingBox();
    expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(844 + 1);
    expect(sheet!.y).toBeGreaterThan(844 / 2);
    await page.locator('#detail .close').click();
    await expect(page.locator('#detail.open').count()).resolves.toBe(0);
    await page.close();
  });

  it('lists every article of a corpus in the index, links to its page, and shows actors across articles', async () => {
    const { page, watch } = await openPage(browser, url('corpus/index.html'));
    const links = page.locator('table.articles tbody a');
    expect(await links.count()).toBe(readdirSync(CORPUS).length + 1);
    const shared = page.locator('table.corpus-actors tbody tr').first();
    expect(Number(await shared.locator('td.num').first().textContent())).toBeGreaterThan(1);
    const headline = (await links.first().textContent())!;
    await links.first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe(headline);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.close();
  });

  it('shows a hostile headline as text and runs none of it', async () => {
    const { page, watch } = await openPage(browser, url('corpus/index.html'));
    const link = page.locator('table.articles tbody a', { hasText: 'Harbour plan' });
    await expect(link.textContent()).resolves.toBe('<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> Harbour plan');
    await link.click();
    await expect(page.locator('h1').textContent()).resolves.toContain('<script>window.pwned = 1</script>');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // the same hand-made graph has boilerplate, shown dimmed, and a negated event, struck through
    const style = (selector: string, property: string) =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (node, p) =>
            (globalThis as unknown as { getComputedStyle(n: unknown): { getPropertyValue(p: string): string } })
              .getComputedStyle(node)
              .getPropertyValue(p),
          property,
        );
    expect(Number(await style('[data-boilerplate="newsletter"]', 'opacity'))).toBeLessThan(0.6);
    expect(await style('[data-event].ev-negated', 'text-decoration-line')).toBe('line-through');
    expect(await style('[data-event].ev-possible', 'outline-style')).toBe('dashed');
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
