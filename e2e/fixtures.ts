import { test as base, expect } from '@playwright/test';
import { preview } from 'astro';
import { CodePage } from './pages/code-page';

const root = new URL('..', import.meta.url).pathname;

interface WorkerFixtures {
  /** Origin of this worker's server over the built dist/. */
  siteUrl: string;
}

interface TestFixtures {
  codePage: CodePage;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  siteUrl: [
    async ({}, use) => {
      // Astro's programmatic preview: the CLI may background itself under automation.
      const server = await preview({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
      await use(`http://127.0.0.1:${server.port}`);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ siteUrl }, use) => use(siteUrl),
  codePage: async ({ page }, use) => use(new CodePage(page)),
});

export { expect };
