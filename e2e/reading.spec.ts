/**
 * The page chrome a reader of a first-class docs site expects: a sidebar that stays and says where
 * the page is, contents that follow the reading, links to every anchored row, tables that use the
 * width, number pages that say what HTTP means by a code.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, htmlFiles } from './support/built-site';

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

/** The sidebar's links marked as the current page, by address. */
const currentInSidebar = (page: Page) =>
  page
    .locator('#site-nav [aria-current="page"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test.describe('sidebar', () => {
  test('stays under the header as the page scrolls, and scrolls on its own', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/rest/');
    const nav = page.locator('#site-nav');
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1500);
    const box = (await nav.boundingBox())!;
    // The header is 3.5rem high.
    expect(box.y).toBe(56);
    expect(box.height).toBe(desktop.height - 56);
    const [scrollHeight, clientHeight] = await nav.evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    await page.mouse.move(100, 400);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => nav.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  test('shows the current page’s entry on load, low as it may sit in the list', async ({ page }) => {
    await page.setViewportSize(desktop);
    for (const path of ['/guides/retries/', '/tools/query-builder/']) {
      await page.goto(path);
      await expect(page.locator(`#site-nav a[href="${path}"]`)).toBeInViewport({ ratio: 1 });
    }
  });

  test('on a phone, the menu opens on the current page’s entry', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/tools/query-builder/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.locator('#site-nav a[href="/tools/query-builder/"]')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('where am I', () => {
  // Pages with their own entry mark it; the others mark the entry that stands for them.
  for (const [path, place] of [
    ['/', '/'],
    ['/rest/', '/rest/'],
    ['/rest/429/', '/rest/429/'],
    ['/graphql/401/', '/graphql/401/'],
    ['/graphql/errors/jwt-expired/', '/graphql/#messages'],
    ['/codes/', '/codes/'],
    ['/codes/404/', '/codes/'],
    ['/changelog/', '/changelog/'],
    ['/guides/', '/guides/'],
    ['/guides/filtering/', '/guides/filtering/'],
    ['/headers/', '/headers/'],
    ['/headers/x-rate-limit-requests-left/', '/headers/'],
    ['/troubleshooting/', '/troubleshooting/'],
    ['/troubleshooting/rate-limited/', '/troubleshooting/'],
    ['/tools/inspector/', '/tools/inspector/'],
    ['/tools/query-builder/', '/tools/query-builder/'],
    ['/search/', '/search/'],
  ] as const)
    test(`${path} marks ${place} in the sidebar`, async ({ sharedPage: page }) => {
      await page.goto(path);
      expect(await currentInSidebar(page)).toEqual([place]);
    });
});

test.describe('on this page', () => {
  /** The entries marked current in the aside contents, or in the folded ones of narrower screens. */
  const marked = (page: Page, contents: 'aside' | 'folded') =>
    page
      .locator(contents === 'aside' ? 'nav[aria-label="Contents"]' : 'details nav[data-toc]')
      .locator('a[aria-current="true"]')
      .evaluateAll((links) => links.map((a) => a.textContent?.trim()));

  test('marks the section in view as the reader scrolls, with no script fetched', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.setViewportSize(desktop);
    await page.goto('/rest/');
    expect(await marked(page, 'aside')).toEqual(['2xx Success']);
    // A section is current once its top passes just under the header, where an anchor lands.
    await page.locator('[id="3xx"]').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => marked(page, 'aside')).toEqual(['3xx Redirection']);
    await page.locator('[id="4xx"]').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => marked(page, 'aside')).toEqual(['4xx Client error']);
    await page.evaluate(() => scrollBy(0, -100));
    await expect.poll(() => marked(page, 'aside')).toEqual(['3xx Redirection']);
    // At the end of the page, the last section, however short.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => marked(page, 'aside')).toEqual(['Troubleshooting']);
    expect(scripts).toEqual([]);
  });

  test('marks it in the folded contents on a phone too', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/rest/429/#retry');
    await expect.poll(() => marked(page, 'folded')).toEqual(['Retry advice']);
  });
});

test.describe('row links', () => {
  test('every anchored row of every table the build wrote has a link to its address', () => {
    const missing: string[] = [];
    for (const file of htmlFiles().filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(distDir, file), 'utf8');
      // Tables do not nest here: each row's markup runs to its closing tag.
      for (const [row] of html.matchAll(/<tr\b[\s\S]*?<\/tr>/g)) {
        const id = /\sid="([^"]+)"/.exec(row)?.[1];
        if (id && !row.includes(`<a href="#${id}" class="row-link`)) missing.push(`${file}#${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("is reached by keyboard after the row's own link, shown when focused, and leads to the row", async ({
    page,
  }) => {
    await page.setViewportSize(desktop);
    await page.goto('/rest/');
    const link = page.getByRole('link', { name: 'Link to the row “429 Too Many Requests”' });
    await expect(link).toHaveCSS('opacity', '0');
    await page.locator('#code-429 a').focus();
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/rest\/#code-429$/);
  });

  test('a Markdown table’s rows and a history’s have one too', async ({ page }) => {
    await page.goto('/guides/rate-limits/');
    await expect(
      page.locator(
        'tr:has(#row-x-rate-limit-requests-left) a.row-link[href="#row-x-rate-limit-requests-left"]',
      ),
    ).toHaveCount(1);
    await page.goto('/rest/404/');
    await expect(page.getByRole('link', { name: 'Link to the row “Markdown-era docs”' })).toHaveAttribute(
      'href',
      '#history-markdown',
    );
  });

  test('stays on the line of the words it follows, in a narrow first column too', async ({ page }) => {
    await page.setViewportSize(desktop);
    for (const path of ['/guides/rate-limits/', '/headers/']) {
      await page.goto(path);
      // A link that wrapped would start a line of its own, at the cell's left edge.
      const wrapped = await page.locator('td a.row-link').evaluateAll((links) =>
        links
          .filter((a) => {
            const cell = a.closest('td')!;
            const left = cell.getBoundingClientRect().left + parseFloat(getComputedStyle(cell).paddingLeft);
            return a.getBoundingClientRect().left < left + 1;
          })
          .map((a) => a.getAttribute('href')),
      );
      expect(wrapped, path).toEqual([]);
    }
  });

  test('a heading reached by its address is marked, as a row is', async ({ page }) => {
    await page.goto('/rest/429/#retry');
    const background = (selector: string) =>
      page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('.section-heading:has(#history)')).toBe('rgba(0, 0, 0, 0)');
    expect(await background('.section-heading:has(#retry)')).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('header reference', () => {
  test('keeps each header name on one line and gives the table the contents’ column', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto('/headers/');
    const names = page.locator('table a[href^="/headers/"]');
    expect(await names.count()).toBeGreaterThan(10);
    const broken = await names.evaluateAll((links) =>
      links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
    );
    expect(broken).toEqual([]);
    // The right column of other pages starts 15rem from the right edge: the table reaches into it.
    const frame = (await page.locator('table').first().locator('xpath=..').boundingBox())!;
    expect(frame.x + frame.width).toBeGreaterThan(desktop.width - 240);
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
    await expect(page.locator('details nav[data-toc]')).toHaveCount(1);
  });
});

test.describe('number pages', () => {
  test('say what the code means in HTTP, then how each API uses it', async ({ page }) => {
    await page.goto('/codes/404/');
    const http = page.getByRole('region', { name: 'What it means in HTTP' });
    await expect(http).toContainText('The server found nothing at the target URI');
    await expect(http).toContainText('client seems to have erred');
    await expect(http.getByRole('link', { name: 'RFC 9110, Section 15.5.5' })).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    );
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 2).map((h) => h.trim())).toEqual([
      'What it means in HTTP',
      'How each API uses it',
    ]);
  });
});
