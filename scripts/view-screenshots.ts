/**
 * `npm run screenshots`: draws the view of the bundled sample and of a small corpus (the sample
 * and tests/fixtures/corpus) with the built CLI, and saves what Chromium shows into docs/:
 * the article page with a statement selected, the same page at phone width, and the index.
 * Needs Debian's chromium (see .ci/run); nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, launchBrowser, openPage } from '../tests/browser/chromium.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sample = join(root, 'samples/nato-russia-missile-row.txt');
const corpus = readdirSync(join(root, 'tests/fixtures/corpus')).map((f) => join(root, 'tests/fixtures/corpus', f));
const work = mkdtempSync(join(tmpdir(), 'newskg-screenshots-'));
const cli = (...args: string[]) =>
  execFileSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });

try {
  cli('view', sample, ...corpus, '-o', work);
  const articles = readdirSync(join(work, 'articles'));
  const page = articles.find((f) => f.startsWith('nato-russia-missile-row'))!;
  const browser = await launchBrowser();
  try {
    const article = await openPage(browser, pathToFileURL(join(work, 'articles', page)).href);
    await article.page.locator('[data-statement]:has(.cue)').first().locator('.cue').first().click();
    await article.page.evaluate('window.scrollTo(0, 0)');
    await article.page.screenshot({ path: join(root, 'docs/view-article.png') });
    const phone = await openPage(browser, pathToFileURL(join(work, 'articles', page)).href, { width: 390, height: 844 });
    await phone.page.screenshot({ path: join(root, 'docs/view-phone.png') });
    const index = await openPage(browser, pathToFileURL(join(work, 'index.html')).href);
    await index.page.screenshot({ path: join(root, 'docs/view-index.png') });
    const problems = [article, phone, index].flatMap(({ watch }) => [...watch.errors, ...watch.requests]);
    if (problems.length) throw new Error(`the pages reported: ${problems.join('; ')}`);
  } finally {
    await browser.close();
  }
  console.log(`docs/view-article.png, docs/view-phone.png, docs/view-index.png (${CHROMIUM})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
