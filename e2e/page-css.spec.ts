/**
 * Each page's stylesheet is trimmed to the classes it uses (src/lib/html/post-render/page-css.ts).
 * What scripts build after load must still be styled: every class on the page, once a script has
 * run, that the site styles anywhere must have its rules in this page's stylesheet too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { prunableClasses, selectorClasses } from '../src/lib/html/post-render/page-css';
import { expect, test } from './fixtures';
import { distDir, htmlFiles } from './support/built-site';

/** Every class that has a rule in some built page's stylesheet. */
const styledAnywhere = new Set<string>();
for (const file of htmlFiles()) {
  const html = readFileSync(join(distDir, file), 'utf8');
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g))
    for (const name of prunableClasses(css!)) styledAnywhere.add(name);
}

/** Classes used on the page that the site styles but this page's stylesheet does not. */
async function unstyledClasses(page: Page): Promise<string[]> {
  const { used, selectors } = await page.evaluate(() => {
    const selectors: string[] = [];
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
        if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    const used = new Set<string>();
    for (const el of document.querySelectorAll('[class]')) el.classList.forEach((c) => used.add(c));
    return { used: [...used], selectors };
  });
  const styledHere = new Set(selectors.flatMap(selectorClasses));
  return used.filter((name) => styledAnywhere.has(name) && !styledHere.has(name));
}

test.describe("what scripts build is styled on the page's trimmed stylesheet", () => {
  test('the search dialog and its results', async ({ page }) => {
    await page.goto('/rest/429/');
    await page.keyboard.press('/');
    await page.locator('#search-input').fill('rate limit');
    await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
    expect(await unstyledClasses(page)).toEqual([]);
  });

  test('the search page', async ({ page }) => {
    await page.goto('/search/?q=rate%20limit');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    expect(await unstyledClasses(page)).toEqual([]);
  });

  test('the search page when nothing is found, with the ways in', async ({ page }) => {
    await page.goto('/search/?q=etag');
    await expect(page.locator('[data-search-page]').getByText(/^Or browse:/)).toBeVisible();
    expect(await unstyledClasses(page)).toEqual([]);
  });

  test('the inspector explanation', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill('HTTP/1.1 429 Too Many Requests\nX-Retry-After: 15\n');
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(page.locator('[data-inspector-output] table')).toBeVisible();
    expect(await unstyledClasses(page)).toEqual([]);
  });

  test('the query builder with a problem', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    await page.getByLabel(/items per page/).fill('500');
    await expect(page.getByRole('list', { name: 'Problems' })).toBeVisible();
    expect(await unstyledClasses(page)).toEqual([]);
  });

  test('a flow in step-by-step mode', async ({ page }) => {
    await page.goto('/troubleshooting/rate-limited/');
    await page.locator('[data-flow] a[href^="#"]').first().click();
    expect(await unstyledClasses(page)).toEqual([]);
  });
});
