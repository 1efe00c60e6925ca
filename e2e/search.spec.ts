import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from './fixtures';
import { distDir, indexedText, routeManifest } from './support/built-site';
import { SearchDialog } from './pages/search-dialog';

/** Queries a reader would type, and the page that must come first or within the top three. */
const RANKING: { query: string; expected: string; within: 1 | 3 }[] = [
  { query: '429', expected: '/rest/429/', within: 1 },
  { query: '415 unsupported', expected: '/rest/415/', within: 1 },
  { query: 'HTTP 404', expected: '/rest/404/', within: 1 },
  // A code with an API's name: that API's page first, though another API uses the code too.
  { query: 'GraphQL 401', expected: '/graphql/401/', within: 1 },
  { query: '401 graphql jwt', expected: '/graphql/401/', within: 1 },
  // A code after the question's words: its page first, above the pages that hold the words.
  { query: 'what does 415 mean', expected: '/rest/415/', within: 1 },
  { query: 'how to handle a 429', expected: '/rest/429/', within: 1 },
  // Pagefind wants every word: only the REST list says "handle". The subject's pages follow it.
  { query: 'how to handle rate limits', expected: '/guides/rate-limits/', within: 3 },
  // A code's whole phrase or label opens its page, though other pages share a word (302 Found).
  { query: 'not found', expected: '/rest/404/', within: 1 },
  { query: 'too many requests', expected: '/rest/429/', within: 1 },
  // An HTTP client's error message, pasted whole.
  { query: 'AxiosError: Request failed with status code 415', expected: '/rest/415/', within: 1 },
  {
    query: "httpx.HTTPStatusError: Client error '415 Unsupported Media Type' for url 'https://x/v3/y'",
    expected: '/rest/415/',
    within: 1,
  },
  {
    query: 'HttpClientErrorException$TooManyRequests: 429 Too Many Requests',
    expected: '/rest/429/',
    within: 1,
  },
  // A status's name in code, without its number.
  { query: 'Net::HTTPTooManyRequests', expected: '/rest/429/', within: 1 },
  { query: 'HttpStatusCode.UnsupportedMediaType', expected: '/rest/415/', within: 1 },
  // An error body pasted whole.
  { query: '{"status":422,"title":"Validation failed"}', expected: '/rest/422/', within: 1 },
  { query: 'Missing or Invalid Data', expected: '/rest/422/', within: 3 },
  // Words of an error message, or the errors array pasted whole: that message's page first.
  { query: 'JWT is expired', expected: '/graphql/errors/jwt-expired/', within: 1 },
  { query: 'channel id doesn', expected: '/graphql/errors/channel-id-mismatch/', within: 1 },
  { query: 'GraphQL credentials were missing', expected: '/graphql/errors/token-missing/', within: 1 },
  { query: "store id doesn't match", expected: '/graphql/errors/store-id-mismatch/', within: 1 },
  {
    query: '{"errors":[{"message":"GraphQL invalid credentials. JWT is expired"}]}',
    expected: '/graphql/errors/jwt-expired/',
    within: 1,
  },
  { query: 'X-Retry-After', expected: '/headers/x-retry-after/', within: 3 },
  { query: 'x-rate-limit-requests-left', expected: '/headers/x-rate-limit-requests-left/', within: 3 },
  { query: 'Retry-After', expected: '/headers/x-retry-after/', within: 3 },
  { query: 'requests-left', expected: '/headers/x-rate-limit-requests-left/', within: 3 },
  // A header line pasted whole, its value a count: the header's page first.
  { query: 'X-Rate-Limit-Requests-Left: 0', expected: '/headers/x-rate-limit-requests-left/', within: 1 },
  { query: 'X-Retry-After: 15', expected: '/headers/x-retry-after/', within: 1 },
  // A header line with a media type: the status for it ("Content-Type: application/xml" gave 406,
  // the status for an unwanted Accept, first).
  { query: 'Content-Type: application/xml', expected: '/rest/415/', within: 1 },
  { query: 'Accept: application/xml', expected: '/rest/406/', within: 1 },
  // A name with a digit stays whole ("UTF 8" found only the one page holding an "8" apart).
  { query: 'UTF-8', expected: '/guides/media-types/', within: 3 },
  { query: 'price:min', expected: '/guides/filtering/', within: 3 },
  { query: ':not_in', expected: '/guides/filtering/', within: 3 },
  // A filter expression on the reader's own attribute, which no page names.
  { query: 'id:in', expected: '/guides/filtering/', within: 1 },
  { query: 'sku:like=abc%', expected: '/guides/filtering/', within: 1 },
  // The guide explains an operator; the query builder, which offers it, follows ("price:greater"
  // gave the builder first).
  { query: 'price:greater', expected: '/guides/filtering/', within: 1 },
  // An operator named in words ("not in" opened 404 Not Found).
  { query: 'not in', expected: '/guides/filtering/', within: 1 },
  { query: 'sql like', expected: '/guides/filtering/', within: 1 },
  // In words: "ids" was judged a word no page mentions, and the include guide came alone.
  { query: 'filter by multiple ids', expected: '/guides/filtering/', within: 1 },
  // One list parameter with its value: the guide that explains it ("limit" is in many headings).
  { query: 'limit=250', expected: '/guides/pagination/', within: 1 },
  { query: 'include_fields=name,price', expected: '/guides/fields/', within: 1 },
  // A list URL pasted whole, with its method: its first parameter ("GET …?limit=500" gave the
  // flows about 401, which say "store" and "v3").
  { query: 'GET /stores/abc/v3/catalog/products?limit=500', expected: '/guides/pagination/', within: 1 },
  { query: '250', expected: '/guides/pagination/', within: 3 },
  { query: 'rate limit', expected: '/guides/rate-limits/', within: 1 },
  // What the flow advises when no header says how long to wait.
  { query: 'exponential backoff', expected: '/troubleshooting/rate-limited/', within: 1 },
  { query: 'back off', expected: '/troubleshooting/rate-limited/', within: 3 },
  // Retrying as a subject: the guide that sorts the codes by it ("is it safe to retry" gave the
  // response-structure guide, which says "safely").
  { query: 'back off', expected: '/guides/retries/', within: 1 },
  { query: 'which codes can I retry', expected: '/guides/retries/', within: 1 },
  // A guide's subject named whole, in the singular or plural: the guide ("retries" gave the
  // X-Retry-After header first, "media types" 415 Unsupported Media Type).
  { query: 'retries', expected: '/guides/retries/', within: 1 },
  { query: 'media types', expected: '/guides/media-types/', within: 1 },
  { query: 'is it safe to retry', expected: '/guides/retries/', within: 1 },
  // The word many APIs use for it, in any form: the index stems "throttles" on the guide.
  { query: 'throttling', expected: '/guides/rate-limits/', within: 1 },
  // A section's name: its index page first, above short pages that use the word.
  { query: 'headers', expected: '/headers/', within: 1 },
  // A header named with the word "header": its page, above 406 Not Acceptable that speaks of it.
  { query: 'accept header', expected: '/headers/accept/', within: 1 },
  { query: 'status codes', expected: '/codes/', within: 1 },
  // Generic words for a list of codes: the lists lead, all codes by number first ("error codes"
  // gave 500 Internal Server Error first, "http status codes" a flow about redirects).
  { query: 'error codes', expected: '/codes/', within: 1 },
  // With an API's name, that API's list ("REST error codes" opened the home page).
  { query: 'REST error codes', expected: '/rest/', within: 1 },
  { query: 'graphql error codes', expected: '/graphql/', within: 1 },
  { query: 'http status codes', expected: '/rest/', within: 3 },
  { query: 'list of errors', expected: '/graphql/', within: 3 },
  { query: 'wrong content type', expected: '/rest/415/', within: 3 },
  { query: 'token expired', expected: '/graphql/errors/jwt-expired/', within: 3 },
  { query: 'include_fields', expected: '/guides/fields/', within: 3 },
  // The words of a client's or a gateway's error for it, though no label has them.
  { query: 'access denied', expected: '/rest/403/', within: 1 },
  { query: 'api key', expected: '/headers/x-auth-token/', within: 1 },
  // Codes that no API here lists come after the API's own pages, unless named whole
  // ("authentication" opened 511 Network Authentication Required first, "unavailable" 451).
  { query: 'authentication', expected: '/headers/x-auth-token/', within: 3 },
  { query: 'unavailable', expected: '/rest/503/', within: 1 },
  { query: 'gateway timeout', expected: '/codes/504/', within: 1 },
  // A legacy code comes after the current one unless named ("rate limit exceeded" opened 509
  // Bandwidth Limit Exceeded, which the current docs answer with 429).
  { query: 'rate limit exceeded', expected: '/rest/429/', within: 1 },
  { query: 'bandwidth', expected: '/rest/509/', within: 1 },
  // Names from earlier HTTP specifications, which client libraries still print.
  { query: 'payload too large', expected: '/rest/413/', within: 1 },
  { query: 'Unprocessable Entity', expected: '/rest/422/', within: 1 },
  // Names developers give a status, which the content lists as the code's other names
  // ("validation error" opened a JWT message, whose title says "valid"; "unauthenticated" found
  // nothing, "malformed request" a flow, "insufficient permissions" only the list of codes).
  { query: 'validation error', expected: '/rest/422/', within: 1 },
  { query: 'unauthenticated', expected: '/rest/401/', within: 1 },
  { query: 'malformed request', expected: '/rest/400/', within: 1 },
  { query: 'insufficient permissions', expected: '/rest/403/', within: 1 },
  { query: 'rate limited', expected: '/rest/429/', within: 1 },
  // The page's own words for it ("async" found nothing).
  { query: 'async', expected: '/rest/202/', within: 1 },
  // A question asks the index for its subject: the header's page never says "what" ("what is
  // x-retry-after" gave the list of headers and the guide first).
  { query: 'what is x-retry-after', expected: '/headers/x-retry-after/', within: 1 },
  { query: 'why do I get service unavailable', expected: '/rest/503/', within: 1 },
  // "work" and "need" only phrase the question ("how does pagination work" gave /rest/200/ first).
  { query: 'how does pagination work', expected: '/guides/pagination/', within: 1 },
  { query: 'do I need x-auth-client', expected: '/headers/x-auth-client/', within: 1 },
  // A code's name inside a question, or with "error" after it: "why am I getting method not allowed"
  // found nothing, "what does unprocessable entity mean" the list of all codes, "too many requests
  // error" the server-error flow, "how to fix validation error" a JWT message.
  { query: 'why am I getting method not allowed', expected: '/rest/405/', within: 1 },
  { query: 'what does unprocessable entity mean', expected: '/rest/422/', within: 1 },
  { query: 'too many requests error', expected: '/rest/429/', within: 1 },
  { query: 'how to fix validation error', expected: '/rest/422/', within: 1 },
  // A name of two words or more at the end of a short message ("product not found" and "The
  // requested resource was not found" gave the list of REST codes first).
  { query: 'product not found', expected: '/rest/404/', within: 1 },
  { query: 'The requested resource was not found', expected: '/rest/404/', within: 1 },
];

test.describe('search ranking', () => {
  // One dialog answers every query in turn, as a reader refining a search would type them: opening
  // search afresh for each took six seconds of page and index loading per query.
  test(`each of ${RANKING.length} queries puts its page first or in the top three`, async ({ page }) => {
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    const misses: string[] = [];
    for (const { query, expected, within } of RANKING) {
      await search.query(query);
      const pages = await search.resultPages();
      if (!pages.slice(0, within).includes(expected))
        misses.push(`"${query}" should put ${expected} in the top ${within}: ${pages.join(' | ')}`);
      // Each of these words is on the site: none may be reported as found nowhere.
      const status = await search.status.textContent();
      if (status?.startsWith('No page mentions')) misses.push(`"${query}": ${status}`);
    }
    expect(misses).toEqual([]);
  });

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

  test('says when no page mentions a word, and that the results are for similar words', async ({ page }) => {
    // Pagefind answers a word no page holds with pages holding its start: "webhook" finds "web".
    const search = new SearchDialog(page);
    await page.goto('/');
    await search.open();
    await search.query('webhook');
    await expect(search.status).toHaveText(/^No page mentions “webhook”: \d+ results? for similar words$/);
    await search.query('webhook retry');
    await expect(search.status).toHaveText(/^No page mentions “webhook”: /);
    await search.query('retries');
    await expect(search.status).toHaveText(/^\d+ results? for “retries”$/);
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
      'Nothing found for “xyzzy”. Check the spelling, or try a status code.',
    );
    await expect(search.options).toHaveCount(0);
    // A status code that no page covers, which Pagefind answered with the "4" of "RFC 9110, 15.4.1".
    await search.query('418');
    await expect(search.status).toHaveText('Nothing found for “418”: no page here covers that status.');
    await expect(search.options).toHaveCount(0);
    // Three first letters, then another word: "cors" found X-Correlation-Id as a similar word.
    await search.query('cors');
    await expect(search.status).toHaveText(
      'Nothing found for “cors”. Check the spelling, or try a status code.',
    );
    await expect(search.options).toHaveCount(0);
  });
});

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
    await expect(status).toContainText('Nothing found for “zzyzx”.');
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
  test('holds no "#" of the links beside headings and rows, which excerpts would show', () => {
    const stray = [...indexedText()]
      .filter(([, text]) => /(?:^|\s)#(?:\s|$)/.test(text))
      .map(([url, text]) => `${url}: …${/.{0,40}(?:^|\s)#(?:\s|$).{0,20}/.exec(text)![0]}…`);
    expect(stray).toEqual([]);
  });
});
