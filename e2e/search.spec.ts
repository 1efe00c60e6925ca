import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import { problemsOf, unknownInStatus, type EvaluationCase } from '../src/lib/search/evaluation/metrics';
import type { RecordedIndex } from '../src/lib/search/evaluation/recorded-index';
import { PAGEFIND_OPTIONS } from '../src/lib/search/index-options';
import { VOCABULARY_PATH } from '../src/lib/search/search-data';
import { entriesOfExport } from '../src/lib/search/vocabulary';
import { expect, test } from './fixtures';
import { distDir, indexedText, routeManifest } from './support/built-site';
import { axeViolations } from './support/checks';
import { SearchDialog } from './pages/search-dialog';

const CASES = new URL('../src/lib/search/evaluation/cases.yaml', import.meta.url);

/**
 * The evaluation set's sample for the browser: the queries this test held before the set existed,
 * and those marked `browser` (the whole set runs in unit tests and in the bench).
 */
const SAMPLE = (yaml.load(readFileSync(CASES, 'utf8')) as EvaluationCase[]).filter(
  (c) => c.browser || c.from === 'ranking-test',
);

/** Queries per test: each test opens one dialog and types its share in turn. */
const PER_TEST = 25;

test.describe('search ranking', () => {
  // One dialog answers a share of the queries in turn, as a reader refining a search would type
  // them: opening search afresh for each took six seconds of page and index loading per query.
  for (let from = 0; from < SAMPLE.length; from += PER_TEST) {
    const share = SAMPLE.slice(from, from + PER_TEST);
    test(`queries ${from + 1}–${from + share.length} of the evaluation set's ${SAMPLE.length} keep their bounds`, async ({
      page,
    }) => {
      const search = new SearchDialog(page);
      await page.goto('/');
      await search.open();
      const misses: string[] = [];
      for (const entry of share) {
        await search.query(entry.q);
        const outcome = {
          pages: await search.resultPages(),
          unknown: unknownInStatus((await search.status.textContent()) ?? ''),
        };
        misses.push(...problemsOf(entry, outcome).map((problem) => `"${entry.q}" ${problem}`));
      }
      expect(misses).toEqual([]);
    });
  }

  // An operator named in words too: "not in" opened the prose below the table, not the row.
  for (const [query, row] of [
    ['date_modified:min=2024-01-01', 'operator-min'],
    ['not in', 'operator-not_in'],
  ] as const) {
    test(`opens ${query} at its operator's row`, async ({ page }) => {
      const search = new SearchDialog(page);
      await page.goto('/');
      await search.open();
      await search.query(query);
      const urls = await search.options.evaluateAll((els) => els.map((el) => el.getAttribute('data-url')));
      expect(new URL(urls[1]!, 'http://x').hash).toBe(`#${row}`);
      await search.options.nth(1).click();
      await expect(page).toHaveURL(new RegExp(`/guides/filtering/.*#${row}$`));
      await expect(page.locator(`#${row}`)).toBeInViewport();
    });
  }

  test('says plainly that the site does not cover a word no page mentions, and offers the ways in', async ({
    page,
  }) => {
    // Pagefind answers a word no page holds with pages holding its start: "webhook" found "web".
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('webhook');
    await expect(search.status).toHaveText(
      'The site does not cover “webhook”: no page mentions it. Check the spelling, or try a status code.',
    );
    await expect(search.options).toHaveCount(0);
    await expect(search.dialog.getByText(/^Or browse:/)).toBeVisible();
    // Among other words, it is left out and named.
    await search.query('webhook retry');
    await expect(search.status).toHaveText(/^No page mentions “webhook”: \d+ results? for “retry”$/);
    expect(await search.resultPages()).toContain('/guides/retries/');
    await search.query('retries');
    await expect(search.status).toHaveText(/^\d+ results? for “retries”$/);
  });

  test('never says a word is on no page while showing a page for it', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('{"errors":[{"message":"JWT is expired"}]}');
    await expect(search.status).not.toContainText('No page mentions');
    expect((await search.resultPages())[0]).toBe('/graphql/errors/jwt-expired/');
  });

  test('tells results of the same title apart by their titles', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('401');
    // Three pages are titled "401 Unauthorized": each result says which it is.
    await expect(search.options.nth(0)).toContainText('401 Unauthorized (REST)');
    await expect(search.options.nth(1)).toContainText('401 Unauthorized (GraphQL)');
    await expect(search.list.getByText('HTTP 401 Unauthorized', { exact: true })).toHaveCount(1);
  });

  test("leaves out a header line's own value that no page holds, and says so", async ({ page }) => {
    // The index matched "abc123" by its start elsewhere: "X-Auth-Client: abc123" gave the list of
    // headers first and not the header's page; "Authorization: Bearer …" gave a flow.
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('X-Auth-Client: abc123');
    await expect(search.status).toHaveText(/^No page mentions “abc123”: \d+ results? for “X-Auth-Client”$/);
    expect((await search.resultPages())[0]).toBe('/headers/x-auth-client/');
    await search.query('Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl');
    await expect(search.status).toHaveText(
      /^No page mentions “eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl”: \d+ results? for “Authorization Bearer”$/,
    );
    expect((await search.resultPages())[0]).toBe('/headers/authorization/');
  });

  test('answers the words some page holds when no page holds them all, and says so', async ({ page }) => {
    // The index wants every word: "capped backoff" found nothing, though "backoff" is here.
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('capped backoff');
    await expect(search.status).toHaveText(/^No page mentions “capped”: \d+ results? for “backoff”$/);
    expect(await search.resultPages()).toContain('/troubleshooting/rate-limited/');
    // Each word is on some page, but none holds them all: the question's words go first, then the
    // commonest.
    await search.query('handling throttling');
    await expect(search.status).toHaveText(/^No page holds all these words: \d+ results? for “throttling”$/);
    expect(await search.resultPages()).toContain('/guides/rate-limits/');
    // A question (it opens with "how", "what", "why"…) asks the index for its subject alone.
    await search.query('how to handle throttling');
    await expect(search.status).toHaveText(/^\d+ results? for “how to handle throttling”$/);
    expect(await search.resultPages()).toContain('/guides/rate-limits/');
  });

  test('finds nothing where the only pages found share a few first letters with the word', async ({
    page,
  }) => {
    // Pagefind answers "xyzzy" with the X of curl's -X: no reader wants those pages.
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('xyzzy');
    await expect(search.status).toHaveText(
      'The site does not cover “xyzzy”: no page mentions it. Check the spelling, or try a status code.',
    );
    await expect(search.options).toHaveCount(0);
    // A status code that no page covers, which Pagefind answered with the "4" of "RFC 9110, 15.4.1".
    await search.query('418');
    await expect(search.status).toHaveText('Nothing found for “418”: no page here covers that status.');
    await expect(search.options).toHaveCount(0);
    // Three first letters, then another word: "cors" found X-Correlation-Id as a similar word.
    await search.query('cors');
    await expect(search.status).toHaveText(
      'The site does not cover “cors”: no page mentions it. Check the spelling, or try a status code.',
    );
    await expect(search.options).toHaveCount(0);
  });
});

/** axe over the open search dialog, light and dark. */
async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, 'dialog.search-dialog'), colorScheme).toEqual([]);
  }
}

test.describe('search dialog', () => {
  test('loads no search code or index until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/rest/429/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/_search/'))).toEqual([]);
    await new SearchDialog(page).open();
    await expect.poll(() => requested.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect(requested).toContain('/_search/ui.js');
  });

  test('answers a code without the list of every code: on a site this small, from the vocabulary file alone', async ({
    page,
    request,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('429');
    await expect(search.options.first()).toContainText('429 Too Many Requests');
    expect(requested).toContain('/_search/data/vocabulary.json');
    // The file carries the shards (lib/search/search-data.ts withShardsInline): none is fetched.
    expect(requested.filter((path) => path.startsWith('/_search/data/codes/'))).toEqual([]);
    expect(requested).not.toContain('/status-codes.json');
    // The index's filters load only for a filtered question, not to learn the vocabulary.
    expect(requested.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
    // A larger site's loader fetches the same shard from its own file.
    const shard = (await (await request.get('/_search/data/codes/429.json')).json()) as { url: string }[];
    expect(shard.map((entry) => entry.url)).toContain('/rest/429/');
  });

  test('loads a small index whole when opened, before anything is typed', async ({ page }) => {
    const chunks = readdirSync(join(distDir, 'pagefind/index'));
    expect(chunks.length).toBeGreaterThan(1);
    const requested = new Set<string>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/index/')) requested.add(basename(path));
    });
    await page.goto('/');
    await new SearchDialog(page).open();
    await expect.poll(() => [...requested].sort()).toEqual(chunks.sort());
  });

  test('opens with "/" and Ctrl+K, closes with Escape and gives focus back', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/rest/');
    await page.keyboard.press('/');
    await expect(search.input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(search.dialog).toBeHidden();
    const button = page.locator('header [data-search-open]');
    await button.focus();
    await page.keyboard.press('Control+k');
    await expect(search.input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
  });

  test('opens the 429 page when you type 429 and press Enter', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('429');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/rest\/429\/$/);
  });

  test('is usable by keyboard alone: arrows move, Enter opens', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('401');
    await expect(search.options.nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(search.options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(search.input).toHaveAttribute('aria-activedescendant', 'search-option-1');
    const second = await search.options.nth(1).textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    expect(second).toContain('401');
  });

  test('shows sub-results for table rows with their anchors', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('Request Entity Too Large');
    await expect(search.options.filter({ hasText: 'Request Entity Too Large' }).first()).toBeVisible();
  });

  test('shows the best match before the other results have loaded, and says more are coming', async ({
    page,
  }) => {
    // Every page's details after the first wait until the test lets them through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let fragments = 0;
    await page.context().route('**/pagefind/fragment/**', async (route) => {
      if (fragments++ > 0) await held;
      await route.continue();
    });
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.input.fill('rate limit');
    await expect(search.list).toHaveAttribute('data-more', '');
    await expect(search.list).toHaveAttribute('data-state', 'results');
    await expect(search.status).toContainText('so far for “rate limit”; loading more');
    expect(await search.resultPages()).toHaveLength(1);
    release();
    await expect(search.list).not.toHaveAttribute('data-more');
    await expect(search.status).toHaveText(/^\d+ results for “rate limit”$/);
    expect((await search.resultPages()).length).toBeGreaterThan(1);
  });

  test("a code's answer says what the code means for each API", async ({ page, request }) => {
    const exported = (await (await request.get('/status-codes.json')).json()) as {
      codes: { api: string; code: number; summary: string }[];
    };
    const summaryOf = (api: string) => exported.codes.find((c) => c.api === api && c.code === 401)!.summary;
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('401');
    await expect(search.options.nth(0)).toContainText(summaryOf('rest'));
    await expect(search.options.nth(1)).toContainText(summaryOf('graphql'));
  });

  test('filters by API with a chip', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('unauthorized');
    await search.dialog.getByRole('group', { name: 'API' }).getByRole('button', { name: 'GraphQL' }).click();
    // One poll for both: while the filtered results load, the list can be empty for a moment, and
    // an empty list has no /rest/401/ either.
    await expect
      .poll(async () => {
        const pages = await search.resultPages();
        return !pages.includes('/rest/401/') && pages.some((p) => p.startsWith('/graphql/'));
      })
      .toBe(true);
  });

  test('shows results and filters that axe finds no fault with, light and dark', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('unauthorized');
    await expect(search.list.locator('mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('offers a list to choose from, in reading order, where a filter has too many values for chips', async ({
    page,
  }) => {
    // A platform of many APIs: ten more in the vocabulary file's filter values.
    const extra = Array.from({ length: 10 }, (_, i) => `Extra ${i + 1}`);
    await page.route('**/_search/data/vocabulary.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { choices: { api: string[] } };
      data.choices.api = [...data.choices.api, ...extra].sort();
      await route.fulfill({ response, json: data });
    });
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('unauthorized');
    const api = search.dialog.getByRole('combobox', { name: 'API' });
    await expect(api).toBeVisible();
    await expect(search.dialog.getByRole('group', { name: 'API' })).toHaveCount(0);
    await expect(search.dialog.getByRole('group', { name: 'Kind' })).toBeVisible();
    expect(await api.locator('option').allTextContents()).toEqual(['All (12)', ...extra, 'GraphQL', 'REST']);
    await expectNoAxeViolations(page);
    await api.selectOption('GraphQL');
    await expect
      .poll(async () => {
        const pages = await search.resultPages();
        return !pages.includes('/rest/401/') && pages.some((p) => p.startsWith('/graphql/'));
      })
      .toBe(true);
    await expect(api).toHaveValue('GraphQL');
  });

  test('treats hostile queries as text and stays responsive', async ({ page }) => {
    const search = new SearchDialog(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('/');
    await search.open();
    for (const value of [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '\u202e\u200b🙂'.repeat(100),
    ]) {
      await search.input.fill(value);
      await expect(search.status).not.toHaveText('');
    }
    await search.input.fill('x'.repeat(10_000));
    await expect(search.input).toHaveValue('x'.repeat(200));
    await search.query('429');
    await expect(search.options.first()).toContainText('429');
    expect(dialogs).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('each result is a link: a middle click opens it in a new tab, and search stays', async ({
    page,
    context,
  }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('429');
    const first = search.options.first();
    await expect(first).toHaveAttribute('href', '/rest/429/');
    // Out of the tab order: focus stays in the box, as the combobox pattern has it.
    await expect(first).toHaveAttribute('tabindex', '-1');
    const opened = context.waitForEvent('page');
    await first.click({ button: 'middle' });
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe('/rest/429/');
    await expect(search.dialog).toBeVisible();
    await tab.close();
    // A plain click follows the link and closes search.
    await first.click();
    await expect(page).toHaveURL(/\/rest\/429\/$/);
  });

  test('on a phone, folds the filter chips behind one button that says which are on', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('unauthorized');
    const toggle = search.dialog.getByRole('button', { name: 'Filters' });
    const api = search.dialog.getByRole('group', { name: 'API' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(api).toBeHidden();
    await toggle.click();
    await expect(api).toBeVisible();
    await api.getByRole('button', { name: 'GraphQL' }).click();
    await expect(search.dialog.getByRole('button', { name: /^Filters: GraphQL/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // The results start just under the chips, not three rows of them down.
    await search.dialog.getByRole('button', { name: /^Filters/ }).click();
    await expect(api).toBeHidden();
    const [chips, list] = await Promise.all([
      page.locator('#search-filters').boundingBox(),
      search.list.boundingBox(),
    ]);
    expect(chips!.height).toBeLessThan(50);
    expect(list!.y).toBeLessThan(250);
  });

  test('shows the filter chips unfolded on a wide screen', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await expect(search.dialog.getByRole('group', { name: 'API' })).toBeVisible();
    await expect(search.dialog.getByRole('button', { name: 'Filters' })).toBeHidden();
  });

  test('offers the ways in when nothing is found, and only then', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/rest/429/');
    await search.open();
    const browse = search.dialog.getByText(/^Or browse:/);
    await search.query('429');
    await expect(browse).toBeHidden();
    await search.query('etag');
    await expect(browse).toBeVisible();
    for (const name of [
      'All status codes by number',
      'All REST status codes',
      'HTTP headers',
      'Response inspector',
    ])
      await expect(browse.getByRole('link', { name, exact: true })).toBeVisible();
    await browse.getByRole('link', { name: 'All status codes by number' }).click();
    await expect(page).toHaveURL(/\/codes\/$/);
  });
});

test.describe('search page', () => {
  test('keeps the query and filters in the URL, and the back button steps back', async ({ page }) => {
    await page.goto('/search/?q=rate%20limit');
    const input = page.getByRole('searchbox', { name: 'Search the documentation' });
    await expect(input).toHaveValue('rate limit');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Guide' }).click();
    await expect(page).toHaveURL(/[?&]kind=Guide/);
    await page.goBack();
    await expect(page).not.toHaveURL(/kind=Guide/);
    await expect(
      page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Guide' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  test('names a filter value from the URL that the index does not know, and searches without it', async ({
    page,
  }) => {
    await page.goto('/search/?q=429&api=SOAP');
    await expect(page.locator('[data-filter-note]')).toHaveText(
      '“SOAP” is not a known API filter value, so the search leaves that filter out. The known values are “GraphQL” and “REST”.',
    );
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.locator('a[href="/rest/429/"]').first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'API' }).getByRole('button', { pressed: true })).toHaveCount(
      0,
    );
  });

  test('echoes a query without its text direction controls, so the status line reads the right way', async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent('\u202Ezzyzx\u202C')}`);
    const status = page.locator('#main').getByRole('status');
    await expect(status).toContainText('The site does not cover “zzyzx”:');
    expect(await status.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  test('shows a hostile query as text', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.getByRole('searchbox', { name: 'Search the documentation' })).toHaveValue(
      '<img src=x onerror=alert(1)>',
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });

  test('offers the ways in when nothing is found', async ({ page }) => {
    await page.goto('/search/?q=etag');
    const browse = page.locator('#main').getByText(/^Or browse:/);
    await expect(browse).toBeVisible();
    await expect(browse.getByRole('link', { name: 'Troubleshooting' })).toHaveAttribute(
      'href',
      '/troubleshooting/',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('lists every page of the site by kind, where the search forms of other pages lead', async ({
      page,
    }) => {
      await page.goto('/search/?q=429');
      const linked = new Set(
        await page
          .locator('#main a')
          .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      );
      const pages = Object.entries(routeManifest())
        .filter(([route]) => route !== '/404' && route !== '/search')
        .flatMap(([, paths]) => paths.filter((path) => path.endsWith('/')));
      expect(pages.length).toBeGreaterThan(100);
      expect(pages.filter((path) => !linked.has(path))).toEqual([]);
      await expect(page.getByRole('heading', { name: 'HTTP headers' })).toBeVisible();
    });

    test('says search needs JavaScript and lists ways to browse', async ({ page }) => {
      await page.goto('/search/?q=429');
      await expect(page.getByText('needs JavaScript')).toBeVisible();
      const main = page.locator('#main');
      await expect(main.getByRole('link', { name: 'All status codes by number' })).toBeVisible();
      await expect(main.getByRole('link', { name: 'Guides' })).toBeVisible();
    });
  });
});

test.describe('arriving from a result', () => {
  test('marks the searched words, scrolls to them and cleans the URL', async ({ page }) => {
    await page.goto('/rest/429/?hl=quota%20window');
    const marks = page.locator('article mark');
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toBeInViewport();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['quota', 'window']),
    );
    await expect(page).toHaveURL(/\/rest\/429\/$/);
  });

  test('a result link for a table row lands on the row', async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('Locked Status Code');
    await search.options.filter({ hasText: 'Locked Status Code' }).first().click();
    await expect(page).toHaveURL(/\/rest\/423\/|#code-423/);
  });
});

test.describe('search index', () => {
  test("holds the filter values of the search data: the vocabulary's and the filter chips'", async ({
    page,
    request,
  }) => {
    const data = (await (await request.get('/_search/data/vocabulary.json')).json()) as {
      filters: Record<string, string[]>;
      choices: Record<string, string[]>;
    };
    await page.goto('/');
    const index = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const filters = (await pagefind.filters()) as Record<string, Record<string, number>>;
      return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values)]));
    });
    const expected = { ...data.filters, ...data.choices };
    expect(expected.kind?.length && expected.api?.length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, index[name] ?? []]))).toEqual(
      expected,
    );
  });

  test("answers as recorded for the unit tests: the evaluation set's recording is this build's", async ({
    page,
  }) => {
    const recorded = JSON.parse(
      readFileSync('src/lib/search/evaluation/recorded-index.json', 'utf8'),
    ) as RecordedIndex;
    const keys = Object.keys(recorded.questions);
    await page.goto('/');
    const live = await page.evaluate(
      async ([keys, options]) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await pagefind.options(options);
        await pagefind.init();
        const answers: { count: number; ids: string[] }[] = [];
        for (const key of keys) {
          const [term, filters, sort] = JSON.parse(key) as [string | null, string[][], string[][]];
          const { results } = await pagefind.search(term, {
            filters: Object.fromEntries(filters),
            ...(sort.length > 0 && { sort: Object.fromEntries(sort) }),
          });
          answers.push({ count: results.length, ids: results.map((r: { id: string }) => r.id) });
        }
        const filters = (await pagefind.filters()) as Record<string, Record<string, number>>;
        return {
          answers,
          filters: Object.fromEntries(
            Object.entries(filters).map(([name, values]) => [name, Object.keys(values)]),
          ),
        };
      },
      [keys, PAGEFIND_OPTIONS] as const,
    );
    const record = 'record it again: npm run build && npm run search:record';
    const exported = JSON.parse(readFileSync(join(distDir, 'status-codes.json'), 'utf8'));
    const { undocumented } = JSON.parse(readFileSync(join(distDir, VOCABULARY_PATH), 'utf8'));
    expect(recorded.sources, record).toEqual({
      ...entriesOfExport(exported),
      undocumented,
      filters: live.filters,
    });
    const differ = keys.filter((key, i) => {
      const { count, results } = recorded.questions[key]!;
      const ids = results.map(([id]) => id);
      return (
        live.answers[i]!.count !== count || live.answers[i]!.ids.slice(0, ids.length).join() !== ids.join()
      );
    });
    expect(keys.length).toBeGreaterThan(100);
    expect(differ, record).toEqual([]);
  });

  test('holds no "#" of the links beside headings and rows, which excerpts would show', () => {
    const stray = [...indexedText()]
      .filter(([, text]) => /(?:^|\s)#(?:\s|$)/.test(text))
      .map(([url, text]) => `${url}: …${/.{0,40}(?:^|\s)#(?:\s|$).{0,20}/.exec(text)![0]}…`);
    expect(stray).toEqual([]);
  });
});
