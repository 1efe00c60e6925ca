import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();

// Each worker serves dist/ itself (e2e/fixtures.ts), and the workers start with this environment.
// Node's 16 KB default cap on request headers would refuse the hostile-input URLs, which carry a
// 10,000-character value in each of four query parameters at once (e2e/support/checks.ts).
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-http-header-size=65536']
  .filter(Boolean)
  .join(' ');

// End-to-end tests run against the built site in dist/ (run `npm run build` first); each worker
// serves it itself on a free port (see e2e/fixtures.ts).
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    // Recording a trace slows every page load by about a fifth; `npx playwright test --trace on`
    // records one when a failure needs it.
    trace: 'off',
  },
});
