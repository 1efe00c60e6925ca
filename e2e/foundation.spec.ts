import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { routeManifest } from './support/built-site';

test.describe('REST code table', () => {
  test('every row of /rest/ opens its code page', async ({ page }) => {
    await page.goto('/rest/');
    // Each row's anchor is the heading in it, so that search can point at the row.
    const anchors = page.locator('tr [id^="code-"]');
    const ids = await anchors.evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThanOrEqual(26);
    for (const id of ids) {
      const code = id.replace('code-', '');
      const href = await page.locator(`#${id} a`).getAttribute('href');
      expect(href).toBe(`/rest/${code}/`);
      // Fetched rather than clicked, all 26 of them: one click below shows that the links work.
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1] ?? '';
      expect(heading.replace(/<[^<>]+>/g, '')).toContain(code);
    }
    await page.locator('#code-429 a').click();
    await expect(page).toHaveURL(/\/rest\/429\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('429');
  });

  test('each status class has a section headed by the class and what it means', async ({ page }) => {
    await page.goto('/rest/');
    const headings = await page.locator('main h2[id$="xx"]').allTextContents();
    expect(headings.map((h) => h.trim())).toEqual([
      '2xx Success',
      '3xx Redirection',
      '4xx Client error',
      '5xx Server error',
    ]);
  });

  test('legacy codes are listed apart and marked', async ({ page }) => {
    await page.goto('/rest/');
    const legacy = page.getByRole('region', { name: 'Legacy codes' });
    await expect(legacy.locator('tr [id^="code-"]')).toHaveCount(2);
    await expect(legacy.locator('tr:has(#code-302)')).toContainText('Legacy');
    await expect(legacy.locator('tr:has(#code-509)')).toContainText('Legacy');
  });

  test("the troubleshooting table holds the docs' rows, redirects included, apart from ours", async ({
    page,
  }) => {
    await page.goto('/rest/');
    const table = page.getByRole('table', { name: 'Common causes and solutions by status code' });
    const documented = table.locator('tbody[data-causes-source="documented"]');
    const ours = table.locator('tbody[data-causes-source="ours"]');
    await expect(documented.getByRole('rowheader')).toHaveText(
      /^From the troubleshooting table of the API’s docs/,
    );
    await expect(ours.getByRole('rowheader')).toHaveText(/^Ours, not from the API’s docs/);
    // The docs' table has one row for 204, 301 and 302, and rows for 400, 401, 403, 415 and 500.
    const codesOf = (group: Locator) =>
      group.locator('h3').evaluateAll((hs) => hs.map((h) => h.textContent!.replace(/\s+/g, ' ').trim()));
    expect(await codesOf(documented)).toEqual(['204, 301, 302', '400', '401', '403', '415', '500']);
    const redirects = documented.locator('tr:has(#troubleshooting-204)');
    await expect(redirects).toContainText('www');
    await expect(redirects.locator('#troubleshooting-302')).toHaveCount(1);
    expect(await codesOf(ours)).toContain('429');
  });
});

test.describe('deep links', () => {
  test('/rest/429/ opens on the 429 page', async ({ codePage }) => {
    await codePage.goto('rest', 429);
    await expect(codePage.heading).toHaveText(/429\s+Too Many Requests/);
    await expect(codePage.page).toHaveTitle(/^429 Too Many Requests/);
    await expect(codePage.section('Retry advice')).toBeVisible();
  });

  test('/rest/#code-429 lands on the 429 row', async ({ page }) => {
    await page.goto('/rest/#code-429');
    const row = page.locator('#code-429');
    await expect(row).toBeInViewport();
    await expect(row).toContainText('Too Many Requests');
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    // The whole row is marked, though the anchor is the heading inside its second cell.
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    const marked = await page.locator('tr:has(#code-429)').evaluate(background);
    const unmarked = await page.locator('tr:has(#code-415)').evaluate(background);
    expect(marked).not.toBe(unmarked);
  });

  test("/guides/retries/#retry-429 lands on the 429 row, reached from 429's retry advice and back", async ({
    page,
  }) => {
    await page.goto('/rest/429/');
    await page
      .getByRole('region', { name: 'Retry advice' })
      .getByRole('link', { name: 'Every REST code' })
      .click();
    await expect(page).toHaveURL(/\/guides\/retries\/#retry-429$/);
    const row = page.locator('tr:has(#retry-429)');
    await expect(page.locator('#retry-429')).toBeInViewport();
    await expect(row).toContainText('Too Many Requests');
    await expect(row).toContainText('once the window has reset');
    // The row is marked, as a code's row on its API's page is.
    const background = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(await row.evaluate(background)).not.toBe(
      await page.locator('tr:has(#retry-415)').evaluate(background),
    );
    await row.getByRole('link', { name: '429 Too Many Requests', exact: true }).click();
    await expect(page).toHaveURL(/\/rest\/429\/#retry$/);
    await expect(page.locator('#retry')).toBeInViewport();
  });

  for (const [address, other, text] of [
    ['/guides/rate-limits/#row-x-rate-limit-time-reset-ms', '#row-x-rate-limit-requests-left', '15000'],
    ['/rest/404/#history-markdown', '#history-current', 'Not Found'],
  ] as const)
    test(`${address} lands on its row of a Markdown or history table, marked`, async ({ page }) => {
      await page.goto(address);
      const id = new URL(address, 'http://x').hash;
      const row = page.locator(`tr:has(${id})`);
      await expect(page.locator(id)).toBeInViewport();
      await expect(row).toContainText(text);
      const background = (el: Element) => getComputedStyle(el).backgroundColor;
      expect(await row.evaluate(background)).not.toBe(
        await page.locator(`tr:has(${other})`).evaluate(background),
      );
    });

  test("/codes/429/ links each API's retry verdict to that code's retry advice", async ({ page }) => {
    await page.goto('/codes/429/');
    await page
      .getByRole('region', { name: 'How each API uses it' })
      .getByRole('link', { name: 'Retry after waiting' })
      .click();
    await expect(page).toHaveURL(/\/rest\/429\/#retry$/);
    await expect(page.locator('#retry')).toBeInViewport();
  });

  test('the retry table lists each current REST code once, under its verdict', async ({ page, request }) => {
    const exported = (await (await request.get('/status-codes.json')).json()) as {
      codes: { api: string; code: number; legacy: boolean; retry: { when: string } }[];
    };
    const current = exported.codes.filter((c) => c.api === 'rest' && !c.legacy);
    await page.goto('/guides/retries/');
    const table = page.getByRole('table', { name: 'When to retry each code' });
    const rows = await table.locator('th[scope="row"]').evaluateAll((cells) => cells.map((cell) => cell.id));
    expect(rows.toSorted()).toEqual(current.map((c) => `retry-${c.code}`).toSorted());
    // Each code sits under the heading of its own verdict, the ones worth repeating first.
    const groups = await table.locator('tbody').evaluateAll((bodies) =>
      bodies.map((body) => ({
        verdict: body.querySelector('th[scope="rowgroup"]')!.id,
        codes: [...body.querySelectorAll('th[scope="row"]')].map((cell) => cell.id),
      })),
    );
    expect(groups[0]!.verdict).toBe('retry-backoff');
    expect(groups.at(-1)!.verdict).toBe('retry-no-need');
    for (const { verdict, codes } of groups)
      for (const id of codes)
        expect(`retry-${current.find((c) => `retry-${c.code}` === id)!.retry.when}`, id).toBe(verdict);
  });

  test('every section heading links to its own section, and the link shows on focus', async ({ page }) => {
    const unlinked: string[] = [];
    for (const path of [
      '/guides/filtering/',
      '/rest/429/',
      '/graphql/errors/jwt-expired/',
      '/headers/accept/',
    ]) {
      await page.goto(path);
      // Section headings: not the summary box's (an aside), the menus' or a table row's anchor.
      const ids = await page
        .locator('main :is(h2, h3)[id]:not(aside *, nav *, td *)')
        .evaluateAll((headings) =>
          headings
            .filter((h) => !h.parentElement?.querySelector(`:scope > a[href="#${h.id}"]`))
            .map((h) => h.id),
        );
      unlinked.push(...ids.map((id) => `${path}#${id}`));
    }
    expect(unlinked).toEqual([]);

    await page.goto('/guides/filtering/');
    const link = page.getByRole('link', { name: 'Link to the section “Combining filters”' });
    await expect(link).toHaveCSS('opacity', '0');
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/guides\/filtering\/#combining-filters$/);
    await expect(page.locator('#combining-filters')).toBeInViewport();
  });

  test('a code page shows the registry phrase where the API label differs', async ({ codePage }) => {
    await codePage.goto('rest', 413);
    await expect(codePage.heading).toHaveText(/413\s+Request Entity Too Large/);
    await expect(codePage.page.getByText('Standard phrase: Content Too Large')).toBeVisible();
  });

  test('a code page shows the other names developers give it', async ({ codePage }) => {
    await codePage.goto('rest', 403);
    await expect(
      codePage.page.getByText('Also called: permission denied, insufficient permissions'),
    ).toBeVisible();
  });
});

test.describe('theme', () => {
  test('the toggle switches the theme and the choice survives reloads and navigation', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/rest/');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Toggle dark theme' }).click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.goto('/rest/429/');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
  });

  test('without a stored choice the system theme applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('inline code', () => {
  test('looks the same whether Markdown or a template wrote it', async ({ page }) => {
    await page.goto('/graphql/');
    // The lead is the API's Markdown description; the section intro is the template's own text.
    const fromMarkdown = page.locator('h1 + p.inline-markdown code').first();
    const fromTemplate = page.locator('#messages + p code', { hasText: 'errors' });
    const look = (code: typeof fromMarkdown) =>
      code.evaluate((el) => {
        const style = getComputedStyle(el);
        // Padding is in em, so the larger lead's is larger: compare it relative to the font size.
        const padding = parseFloat(style.paddingLeft) / parseFloat(style.fontSize);
        return { background: style.backgroundColor, padding: padding.toFixed(2), radius: style.borderRadius };
      });
    const markdownLook = await look(fromMarkdown);
    expect(markdownLook.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await look(fromTemplate)).toEqual(markdownLook);
  });
});

test.describe('phone layout', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the menu opens, lists the codes and closes with Escape', async ({ page }) => {
    await page.goto('/rest/429/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: /^404 / })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
  });

  test('the page does not scroll sideways', async ({ page }) => {
    for (const path of ['/', '/rest/', '/rest/422/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("a code block's copy button never covers its code", async ({ page }) => {
    // The first block's line is wider than the phone: a button over the code hid its end.
    await page.goto('/guides/filtering/');
    const blocks = page.locator('.code-block');
    expect(await blocks.count()).toBeGreaterThan(1);
    for (const block of await blocks.all()) {
      const button = (await block.getByRole('button', { name: 'Copy' }).boundingBox())!;
      const code = (await block.locator('pre:visible').boundingBox())!;
      expect(button.y + button.height, await block.innerText()).toBeLessThanOrEqual(code.y);
    }
    await expect(blocks.first()).toContainText('HTTP');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test('a code page shows all its content and the phone menu still opens', async ({ page }) => {
    await page.goto('/rest/429/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('429');
    await expect(page.getByRole('heading', { name: 'When it happens' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: import('@playwright/test').Page) =>
    page.evaluate(() => navigator.clipboard.readText());

  test('a code page and an error message page copy their own address', async ({ page }) => {
    for (const path of ['/rest/429/', '/graphql/errors/jwt-expired/']) {
      await page.goto(path);
      const button = page.locator('button[data-copy-link]');
      await expect(button).toHaveAccessibleName('Copy link');
      await button.click();
      // For a moment the button says so, in a status region that screen readers announce.
      await expect(button.getByRole('status')).toHaveText('Copied');
      expect(await clipboard(page)).toBe(new URL(path, page.url()).href);
    }
  });

  test('an error message copies exactly as the API sends it', async ({ page }) => {
    await page.goto('/graphql/errors/jwt-expired/');
    await page.getByRole('button', { name: 'Copy message' }).click();
    expect(await clipboard(page)).toBe('GraphQL invalid credentials. JWT is expired');
  });

  test('a code block copies its code', async ({ page }) => {
    await page.goto('/guides/pagination/');
    const block = page.locator('.code-block').first();
    await block.getByRole('button', { name: 'Copy' }).click();
    expect(await clipboard(page)).toBe(await block.locator('pre:visible').innerText());
    expect(await clipboard(page)).toContain('GET /v3/catalog/products?page=2&limit=10');
  });
});

test.describe('header reference', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('examples wrap between words, never inside a header value', async ({ page }) => {
    await page.goto('/headers/');
    // The last cell of each row; for each of its words, the lines that word is drawn on.
    const words = await page.locator('main table tbody tr td:last-child').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = cell.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        return Array.from(text.textContent!.matchAll(/\S+/g), (match) => {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          return { word: match[0], lines: new Set([...range.getClientRects()].map((r) => r.top)).size };
        });
      }),
    );
    expect(words.length).toBeGreaterThan(10);
    expect(words.filter((w) => w.lines > 1)).toEqual([]);
  });
});

test.describe('wide tables', () => {
  const causes = (page: Page) =>
    page.getByRole('table', { name: 'Common causes and solutions by status code' });
  /** What the cell draws before its content: its column's name on a phone, else nothing. */
  const drawnLabel = (cell: Locator) => cell.evaluate((td) => getComputedStyle(td, '::before').content);

  test('stack on a phone, each cell under its column’s name, and stay tables to screen readers', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/rest/');
    await expect(causes(page).getByRole('columnheader')).toHaveText(['Code', 'Common causes', 'What to do']);
    await expect(causes(page).locator('thead')).not.toBeInViewport();
    // A row of codes; the first row of each group names where the group's rows come from.
    const [code, reasons, fixes] = await causes(page)
      .locator('tr:has(#troubleshooting-400)')
      .getByRole('cell')
      .all();
    expect(await drawnLabel(code!)).toBe('none');
    expect(await drawnLabel(fixes!)).toBe('"What to do" / ""');
    const [above, below] = [(await reasons!.boundingBox())!, (await fixes!.boundingBox())!];
    expect(below.y).toBeGreaterThanOrEqual(above.y + above.height - 1);

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await drawnLabel(fixes!)).toBe('none');
    const [left, right] = [(await reasons!.boundingBox())!, (await fixes!.boundingBox())!];
    expect(right.x).toBeGreaterThan(left.x + left.width - 1);
  });

  test('header tables are named by direction and origin', async ({ page }) => {
    await page.goto('/headers/');
    for (const name of [
      'Standard request headers',
      'Vendor-specific request headers',
      'Standard response headers',
      'Vendor-specific response headers',
    ])
      await expect(page.getByRole('table', { name, exact: true })).toHaveCount(1);
  });
});

test.describe('page weight', () => {
  test('a code page loads no script files, only the inline theme script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/rest/429/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const inline = await page
      .locator('script:not([type="application/json"]):not([type="application/ld+json"])')
      .count();
    expect(inline).toBe(1);
  });
});

test.describe('not found', () => {
  test('an unknown path answers 404 with the site’s page', async ({ page }) => {
    const response = await page.goto('/no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: /REST Management API status codes/ })).toBeVisible();
  });

  test("offers the address's words to search for, and the search finds the page meant", async ({ page }) => {
    await page.goto('/rest/too-many-requests/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the documentation' });
    await expect(box).toHaveValue('rest too many requests');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=rest\+too\+many\+requests$/);
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
    ).toHaveAttribute('href', '/rest/429/');
  });

  test("offers a mistyped guide's address without its folder, and the search opens the guide", async ({
    page,
  }) => {
    await page.goto('/guides/retry/');
    const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the documentation' });
    await expect(box).toHaveValue('retry');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('link').first(),
    ).toHaveAttribute('href', /^\/guides\/retries\/(?:\?|$)/);
  });

  test('a mistyped address offers the nearest pages first, then the search', async ({ page }) => {
    await page.goto('/guides/pagnation/');
    const suggestions = page.getByRole('region', { name: 'Did you mean' });
    await expect(suggestions.getByRole('link').first()).toHaveText('Pagination');
    await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', '/guides/pagination/');
    const order = await page
      .locator('main h2')
      .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.textContent?.trim()));
    expect(order.slice(0, 2)).toEqual(['Did you mean', 'Search for it']);
    // An address named after a page's title finds it too.
    await page.goto('/rest/too-many-requests/');
    await expect(suggestions.getByRole('link').first()).toHaveText(/^429 Too Many Requests/);
    // Nothing near: no suggestions, only the search.
    await page.goto('/wp-admin/setup-config.php');
    await expect(suggestions).toBeHidden();
  });

  test('a mistyped code page suggests the nearest real codes', async ({ page }) => {
    await page.goto('/rest/428/');
    const suggestions = page.getByRole('region', { name: 'Did you mean' });
    await expect(suggestions.getByRole('link').first()).toHaveText('429 Too Many Requests');
    await suggestions.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/rest\/429\/$/);
  });
});

test.describe('route manifest', () => {
  test('lists the pages of every template', () => {
    const manifest = routeManifest();
    expect(Object.keys(manifest)).toEqual(expect.arrayContaining(['/', '/[api]', '/[api]/[code]', '/404']));
    expect(manifest['/[api]/[code]']!.length).toBeGreaterThanOrEqual(26);
  });
});
