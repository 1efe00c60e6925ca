/**
 * Code samples as a reader uses them: highlighted and readable, a request in the reader's language
 * (tabs by keyboard, the choice shown in every sample and remembered), the copy button copying what
 * shows, every language on the page without JavaScript, and the query builder's request.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const LANGUAGES = ['HTTP', 'cURL', 'JavaScript', 'Python', 'PHP', 'Go', 'Ruby'];

/** The page's samples of requests, which come in every language. */
const requestSamples = (page: Page) => page.locator('.code-block').filter({ has: page.getByRole('tablist') });
const tab = (sample: Locator, name: string) => sample.getByRole('tab', { name, exact: true });
/** The code a sample shows: the one code block of it that is not hidden. */
const shownCode = (sample: Locator) => sample.locator('pre:visible');

test.describe('code samples', () => {
  test('a code page highlights its example, at 14 px on a desktop and 13 px on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/rest/429/');
    const code = page.locator('.code-block pre:visible code').first();
    await expect(code.locator('.hl-keyword').first()).toHaveText('GET');
    expect(await code.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await code.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(13);
  });

  test('the language tabs follow the WAI-ARIA pattern: arrows, Home and End', async ({ page }) => {
    await page.goto('/rest/429/');
    const sample = requestSamples(page).first();
    await expect(sample.getByRole('tab')).toHaveText(LANGUAGES);
    await tab(sample, 'HTTP').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(sample, 'cURL')).toBeFocused();
    await expect(tab(sample, 'cURL')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(sample, 'HTTP')).toHaveAttribute('tabindex', '-1');
    await expect(shownCode(sample)).toContainText('curl --request GET');
    await expect(page.getByRole('tabpanel', { name: 'cURL' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(tab(sample, 'Ruby')).toBeFocused();
    await expect(shownCode(sample)).toContainText("require 'net/http'");
    await page.keyboard.press('ArrowRight');
    await expect(tab(sample, 'HTTP')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tab(sample, 'Ruby')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tab(sample, 'HTTP')).toHaveAttribute('aria-selected', 'true');
    await expect(shownCode(sample)).toContainText('GET /stores/{{store_hash}}/v3/catalog/products HTTP/1.1');
  });

  test('the chosen language shows in every sample of the page, and on the next page and visit', async ({
    page,
  }) => {
    await page.goto('/guides/filtering/');
    const samples = requestSamples(page);
    expect(await samples.count()).toBeGreaterThan(5);
    await tab(samples.nth(2), 'Python').click();
    for (const sample of await samples.all()) {
      await expect(tab(sample, 'Python')).toHaveAttribute('aria-selected', 'true');
      await expect(shownCode(sample)).toContainText('import requests');
    }

    await page.goto('/rest/429/');
    const sample = requestSamples(page).first();
    await expect(tab(sample, 'Python')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(sample, 'Python')).toHaveAttribute('tabindex', '0');
    await expect(shownCode(sample)).toContainText(
      'url = f"https://api.bigcommerce.com/stores/{STORE_HASH}/v3/catalog/products"',
    );
    await page.reload();
    await expect(tab(requestSamples(page).first(), 'Python')).toHaveAttribute('aria-selected', 'true');
  });

  test.describe('copying', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('the copy button copies exactly the language shown', async ({ page }) => {
      await page.goto('/graphql/errors/jwt-expired/');
      const sample = requestSamples(page).first();
      await tab(sample, 'Go').click();
      await sample.getByRole('button', { name: 'Copy' }).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await shownCode(sample).innerText());
      expect(copied).toMatch(/^package main\n/);
      expect(copied).toContain('req.Header.Add("Authorization", "Bearer " + expiredToken)');
    });
  });

  test('the query builder offers the URL it builds as a request in the chosen language', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    const request = page.locator('[data-builder-request]').first();
    await tab(request, 'JavaScript').click();
    await page.getByLabel('Resource path').first().fill('/v3/catalog/categories');
    const shown = shownCode(request.locator('.code-block'));
    await expect(shown).toContainText(
      'fetch(`https://api.bigcommerce.com/stores/${STORE_HASH}/v3/catalog/categories?price:min=10',
    );
    await expect(tab(request, 'JavaScript')).toHaveAttribute('aria-selected', 'true');
    await expect(request).not.toContainText('ZqZ');
    // A quote typed into the path cannot end the string it goes into.
    await page.getByLabel('Resource path').first().fill("/v3/catalog/it's");
    await expect(shown).toContainText('/v3/catalog/it%27s?');
  });
});

test.describe('code samples without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every language of a request shows, one after another, each under its name', async ({ page }) => {
    await page.goto('/rest/429/');
    const sample = page.locator('.code-block').first();
    await expect(sample.getByRole('tablist')).toBeHidden();
    const panels = sample.getByRole('tabpanel');
    await expect(panels).toHaveCount(LANGUAGES.length);
    for (const [i, name] of LANGUAGES.entries()) {
      await expect(panels.nth(i)).toBeVisible();
      await expect(panels.nth(i).locator('p')).toHaveText(name);
    }
    await expect(page.locator('[data-example-source]').first()).toContainText('Illustrative');
  });
});
