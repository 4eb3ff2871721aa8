import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Debian's Chromium, driven headless by playwright-core: never a downloaded browser. The tests
 * skip without it, except in CI, where NEWSKG_REQUIRE_BROWSER makes a missing browser a failure.
 */
export const CHROMIUM = process.env['NEWSKG_CHROMIUM'] ?? '/usr/bin/chromium';

export function browserSkipReason(testFile: string): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  const reason = `no browser at ${CHROMIUM} (apt-get install chromium, or set NEWSKG_CHROMIUM)`;
  if (process.env['NEWSKG_REQUIRE_BROWSER']) throw new Error(`NEWSKG_REQUIRE_BROWSER is set but ${reason}`);
  console.warn(`${testFile} skipped: ${reason}`);
  return reason;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time, nothing in the background that could reach the network. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'newskg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that a person would not want: console errors, uncaught exceptions, requests off the disk. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport?: { width: number; height: number },
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  // a missing element fails the test in seconds instead of at the test's time-out
  page.setDefaultTimeout(5_000);
  if (viewport) await page.setViewportSize(viewport);
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) watch.requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, watch };
}
