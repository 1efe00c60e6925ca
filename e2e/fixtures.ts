import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { serveSite } from '../scripts/static-server.mjs';
import { CodePage } from './pages/code-page';
import { distDir } from './support/built-site';

interface WorkerFixtures {
  /** Origin of this worker's server over the built dist/. */
  siteUrl: string;
  /**
   * One page kept open across this worker's tests, for checks that load a page and read it. A test's
   * own page starts a new browser context and renderer process, several seconds a test on two busy
   * cores; this one keeps its process, and with it what the process has compiled (axe's 600 KB
   * source: 1 s the first time, 0.3 s after). A test on it sets the viewport and scheme it needs.
   */
  sharedPage: Page;
  /** The same, with JavaScript off. */
  sharedNoScriptPage: Page;
}

/** A page in a context of its own that lives as long as the worker. */
async function workerPage(
  browser: Browser,
  baseURL: string,
  javaScriptEnabled: boolean,
  use: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled });
  await use(await context.newPage());
  await context.close();
}

interface TestFixtures {
  codePage: CodePage;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  siteUrl: [
    async ({}, use) => {
      // The server npm start runs, so the tests see what a reader of the local site sees.
      const site = await serveSite({ dir: distDir, port: 0, host: '127.0.0.1' });
      await use(site.url);
      await site.close();
    },
    { scope: 'worker' },
  ],
  sharedPage: [({ browser, siteUrl }, use) => workerPage(browser, siteUrl, true, use), { scope: 'worker' }],
  sharedNoScriptPage: [
    ({ browser, siteUrl }, use) => workerPage(browser, siteUrl, false, use),
    { scope: 'worker' },
  ],
  baseURL: async ({ siteUrl }, use) => use(siteUrl),
  codePage: async ({ page }, use) => use(new CodePage(page)),
});

export { expect };
