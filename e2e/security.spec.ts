/**
 * The security policy (src/lib/site/csp.ts): each page's own policy in a meta element, the site-wide
 * headers from the build's _headers file, served as a static host serves them. Nothing the site
 * does on any template, in search, in the tools or in a flow is refused by the policy, and what the
 * policy is for (no injected script runs, no other site frames a page) holds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';
import { SearchDialog } from './pages/search-dialog';
import { distDir, onePagePerTemplate } from './support/built-site';

/**
 * Records, from before the page's first script, every violation of its policy the page reports,
 * and every console message about the policy or Pagefind's worker giving up (its own violations
 * are reported in the worker, not the page).
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeBinding('reportViolation', (_source, text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  const watchConsole = (text: string) => {
    if (/Content.Security.Policy|Pagefind web worker/i.test(text)) problems.push(text);
  };
  page.on('console', (message) => watchConsole(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => watchConsole(message.text())));
  return problems;
}

/** Injects an inline script as an attacker's markup would; resolves with the directive that refused it. */
function injectScript(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ refusedBy: string; ran: boolean }>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ refusedBy: event.effectiveDirective, ran: 'injected' in window }),
          { once: true },
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        setTimeout(() => resolve({ refusedBy: '', ran: 'injected' in window }), 2000);
      }),
  );
}

test.describe('the policy of each page', () => {
  for (const { route, path } of onePagePerTemplate()) {
    test(`${route} (${path}) runs its scripts and styles, and refuses an injected script`, async ({
      page,
    }) => {
      const problems = await watchPolicy(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
      // The head script ran (it marks the page as having JavaScript) and the stylesheet applied.
      expect(await page.evaluate(() => 'js' in document.documentElement.dataset)).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).minHeight)).not.toBe('0px');
      expect(problems).toEqual([]);
      expect(await injectScript(page)).toEqual({ refusedBy: 'script-src-elem', ran: false });
    });
  }

  test('a flow page runs its step-by-step script', async ({ page }) => {
    const problems = await watchPolicy(page);
    const flow = new FlowPage(page);
    await flow.goto('rate-limited');
    await expect(flow.step).toHaveCount(1);
    await flow.answer('Yes');
    await expect(flow.trail.getByRole('link')).toHaveCount(1);
    await flow.back.click();
    await expect(flow.back).toBeDisabled();
    expect(problems).toEqual([]);
  });
});

test.describe('search and the tools under the policy', () => {
  test('the search dialog loads Pagefind and its index, searches on the page, and finds pages', async ({
    page,
  }) => {
    const problems = await watchPolicy(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/');
    const search = new SearchDialog(page);
    await search.open();
    await search.query('rate limit');
    expect(await search.list.getAttribute('data-state')).toBe('results');
    expect((await search.resultPages()).length).toBeGreaterThan(1);
    // Pagefind's worker would copy every result back to the page (scripts/search/engine.ts).
    expect(workers).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('without workers, Pagefind searches on the page itself', async ({ page }) => {
    const problems = await watchPolicy(page);
    // Pagefind then compiles its WebAssembly on the page, which the policy must allow.
    await page.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
    await page.goto('/');
    const search = new SearchDialog(page);
    await search.open();
    await search.query('rate limit');
    expect(await search.list.getAttribute('data-state')).toBe('results');
    expect(problems).toEqual([]);
  });

  test('the search page answers the query in its address', async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto('/search/?q=rate%20limit');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the inspector explains a pasted response', async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto('/tools/inspector/');
    await page
      .getByLabel('Paste a response')
      .fill('HTTP/1.1 429 Too Many Requests\r\nX-Retry-After: 15\r\n\r\n');
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText('15 seconds');
    await expect(output.getByRole('link', { name: '429 Too Many Requests', exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the query builder explains a typed URL', async ({ page }) => {
    const problems = await watchPolicy(page);
    await page.goto('/tools/query-builder/');
    await page.getByLabel('Paste a URL').fill('/v3/catalog/products?limit=500&name:like=Shirts');
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText('maximum of 250');
    await expect(page.locator('[data-builder-url] code')).toContainText('name:like=Shirts');
    expect(problems).toEqual([]);
  });
});

test.describe('headers from the build’s _headers file', () => {
  const astroFile = `/_astro/${readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.js'))}`;

  test('every answer carries the site-wide policy, the referrer policy and nosniff', async ({ request }) => {
    for (const path of ['/', '/rest/429/', '/no-such-page/', '/status-codes.json', '/pagefind/pagefind.js']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      // No fetch directive: it would bind the page's inline scripts and styles without their hashes.
      expect(headers['content-security-policy'], path).not.toMatch(/(?:default|script|style)-src/);
      expect(headers['referrer-policy'], path).toBe('same-origin');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  test('only content-hashed files are cached for good', async ({ request }) => {
    const immutable = 'public, max-age=31536000, immutable';
    expect((await request.get(astroFile)).headers()['cache-control']).toBe(immutable);
    for (const path of [
      '/rest/429/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/_search/ui.js',
    ])
      expect((await request.get(path)).headers()['cache-control'], path).not.toContain('immutable');
  });

  test('no page can be framed by another', async ({ page, siteUrl }) => {
    // A page with no policy of its own frames one of the site's.
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.setContent(`<iframe src="${siteUrl}/rest/429/"></iframe>`);
    await refused;
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});
