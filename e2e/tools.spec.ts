import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EXAMPLE =
  '/v3/catalog/products?price:min=10&categories:in=123,456&include_fields=name,price&page=2&limit=50';

/** Pastes `text` into the focused field as a reader would, through the clipboard. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test.describe('query builder', () => {
  test('explains the example URL parameter by parameter', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    await page.getByLabel('Paste a URL').fill(EXAMPLE);
    await page.getByRole('button', { name: 'Explain' }).click();
    const rows = page.getByRole('table', { name: 'Each parameter of the URL' }).locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(0)).toContainText('price:min=10');
    await expect(rows.nth(0)).toContainText('Greater than or equal to');
    await expect(rows.nth(1)).toContainText('categories:in=123,456');
    await expect(rows.nth(4).getByRole('link', { name: 'pagination' })).toHaveAttribute(
      'href',
      '/guides/pagination/',
    );
    await expect(page.locator('[data-builder-url] code')).toHaveText(EXAMPLE);
    await expect(page.getByRole('list', { name: 'Problems' })).toHaveCount(0);
  });

  test('explains a list URL handed over in its address', async ({ page }) => {
    await page.goto(
      `/tools/query-builder/?url=${encodeURIComponent('/v3/catalog/products?limit=500&name:like=Shirts')}`,
    );
    await expect(page.getByLabel('Paste a URL')).toHaveValue(
      '/v3/catalog/products?limit=500&name:like=Shirts',
    );
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText('maximum of 250');
    await expect(page.locator('[data-builder-url] code')).toContainText('name:like=Shirts');
    // The operator's description reads as text: the content's Markdown showed its code ticks.
    const like = page
      .getByRole('table', { name: 'Each parameter of the URL' })
      .getByRole('row', { name: /like/ });
    await expect(like).toContainText('as SQL LIKE does');
    await expect(like).not.toContainText('`');
  });

  test('flags limit=500 on products and rebuilds the URL as you type', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    await page.getByLabel(/items per page/).fill('500');
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText('exceeds the documented maximum of 250 for /v3/catalog/products');
    // The docs give the maximum and 413 as separate facts: the builder does not say what the API answers.
    await expect(problems).not.toContainText('413');
    await expect(page.locator('[data-builder-url] code')).toContainText('limit=500');
    // The docs give no maximum for categories, so the builder claims none.
    await page.getByLabel('Resource path').fill('/v3/catalog/categories');
    await expect(page.locator('[data-builder-url] code')).toContainText('/v3/catalog/categories?');
    await expect(problems).toHaveCount(0);
  });

  test.describe('brings its answer to the reader', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

    test('on paste: the answer in view, focus on its heading, the field at fault marked', async ({
      page,
    }) => {
      await page.goto('/tools/query-builder/');
      const limit = page.getByLabel(/items per page/);
      await expect(limit).not.toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel('Paste a URL').focus();
      await paste(page, '/v3/catalog/products?limit=500&page=2');
      const answer = page.getByRole('heading', { name: 'The URL' });
      await expect(answer).toBeFocused();
      await expect(answer).toBeInViewport();
      await expect(limit).toHaveValue('500');
      await expect(limit).toHaveAttribute('aria-invalid', 'true');
      await expect(limit).toHaveAccessibleDescription(/exceeds the documented maximum of 250/);
      await expect(page.getByLabel(/page number/)).not.toHaveAttribute('aria-invalid', 'true');
      // Fixed, the field is no longer marked.
      await limit.fill('100');
      await expect(limit).not.toHaveAttribute('aria-invalid', 'true');
      await expect(limit).toHaveAccessibleDescription('');
    });

    test('on Explain, and a filter at fault is marked in its own row', async ({ page }) => {
      await page.goto('/tools/query-builder/');
      await page.getByLabel('Paste a URL').fill('/v3/catalog/products?price:min=cheap');
      await expect(page.getByRole('heading', { name: 'The URL' })).not.toBeFocused();
      await page.getByRole('button', { name: 'Explain' }).click();
      await expect(page.getByRole('heading', { name: 'The URL' })).toBeFocused();
      const value = page.locator('[data-filter]').first().getByLabel('Value');
      await expect(value).toHaveAttribute('aria-invalid', 'true');
      await expect(value).toHaveAccessibleDescription(/compares numbers or dates/);
      await expect(page.locator('[data-filter]').first().getByLabel('Attribute')).not.toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
  });

  test('shows the chosen operator whole under the select, which cuts long names', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    const row = page.locator('[data-filter]').first();
    const meaning = row.locator('[data-operator-meaning]');
    await expect(meaning).toHaveText('Greater than or equal to (for numbers or dates)');
    await expect(meaning).toBeVisible();
    await row.getByLabel('Operator').selectOption('not_in');
    await expect(meaning).toHaveText(/^SQL NOT IN operator/);
  });

  test('adds and removes a filter by keyboard', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    await page.getByRole('button', { name: 'Add filter' }).press('Enter');
    await expect(page.getByLabel('Attribute').last()).toBeFocused();
    await page.keyboard.type('name');
    await page.getByLabel('Operator', { exact: true }).last().selectOption('like');
    await page.getByLabel('Value').last().fill('Shirts');
    await expect(page.locator('[data-builder-url] code')).toContainText('name:like=Shirts');
    await page.getByRole('button', { name: 'Remove' }).last().click();
    await expect(page.locator('[data-builder-url] code')).not.toContainText('name:like');
  });

  test('its explanation stacks on a phone, as the page’s own tables do', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/tools/query-builder/');
    await page.getByLabel('Paste a URL').fill(EXAMPLE);
    await page.getByRole('button', { name: 'Explain' }).click();
    const table = page.getByRole('table', { name: 'Each parameter of the URL' });
    await expect(table.getByRole('row')).toHaveCount(6);
    const cells = table.getByRole('row').nth(1).getByRole('cell');
    await expect(cells.nth(1)).toHaveAttribute('data-label', 'What it asks for');
    await expect(cells.nth(2)).toHaveAttribute('data-label', 'Guide');
    const [scrollWidth, clientWidth] = await table
      .locator('xpath=..')
      .evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('draws the first 200 of 20,000 pasted filters, keeps all in the URL, and reads one row per edit', async ({
    page,
  }) => {
    // Each step redraws a URL of 300 KB in every language of the request sample: slow on a busy machine.
    test.slow();
    const filters = Array.from({ length: 20_000 }, (_, i) => `f${i}:in=${i}`);
    await page.goto('/tools/query-builder/');
    await page.getByLabel('Paste a URL').fill(`/v3/catalog/products?${filters.join('&')}`);
    await page.getByRole('button', { name: 'Explain' }).click();
    const filtersNote = page.locator('[data-filters-note]');
    await expect(filtersNote).toHaveText('Showing the first 200 of 20,000 filters. The URL keeps them all.');
    await expect(page.locator('[data-filter]')).toHaveCount(200);
    const url = page.locator('[data-builder-url] code');
    await expect(url).toContainText('&f19999:in=19999');
    const rows = page.getByRole('table', { name: 'Each parameter of the URL' }).locator('tbody tr');
    await expect(rows).toHaveCount(200);
    await expect(page.locator('[data-explanation] > [data-note]')).toHaveText(
      'Showing the first 200 of 20,000 parameters.',
    );
    // An edit to one row changes that filter alone, and the rest stay.
    await page.getByLabel('Value').first().fill('7');
    await expect(url).toContainText('?f0:in=7&f1:in=1&');
    await expect(url).toContainText('&f19999:in=19999');
    await page.getByRole('button', { name: 'Remove' }).first().click();
    await expect(url).toContainText('?f1:in=1&');
    await expect(filtersNote).toHaveText('Showing the first 199 of 19,999 filters. The URL keeps them all.');
  });

  test('flags an invisible character in a filter’s attribute', async ({ page }) => {
    await page.goto('/tools/query-builder/');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByLabel('Attribute').last().fill('na\u200Bme');
    await page.getByLabel('Value').last().fill('Shirts');
    const added = await page.locator('[data-filter]').count();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
      `The attribute of filter ${added} holds an invisible character (U+200B), which the API reads as part of the name.`,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('explains the example and hides the form', async ({ page }) => {
      await page.goto('/tools/query-builder/');
      await expect(page.getByText('The form needs JavaScript')).toBeVisible();
      await expect(page.getByLabel('Paste a URL')).toBeHidden();
      const rows = page.getByRole('table', { name: 'Each parameter of the URL' }).locator('tbody tr');
      await expect(rows).toHaveCount(5);
      await expect(page.locator('[data-builder-url] code')).toHaveText(EXAMPLE);
    });
  });
});

const RATE_LIMITED = [
  'HTTP/1.1 429 Too Many Requests',
  'X-Rate-Limit-Time-Window-Ms: 30000',
  'X-Rate-Limit-Time-Reset-Ms: 15000',
  'X-Rate-Limit-Requests-Quota: 150',
  'X-Rate-Limit-Requests-Left: 35',
  'X-Retry-After: 15',
  'Content-Type: application/json',
].join('\r\n');

test.describe('response inspector', () => {
  test('decodes a 429 with the documented rate-limit headers', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill(RATE_LIMITED);
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText('35 requests left of 150');
    await expect(output).toContainText('15 seconds');
    await expect(output.getByRole('link', { name: '429 Too Many Requests', exact: true })).toHaveAttribute(
      'href',
      '/rest/429/',
    );
    await expect(output.locator('a[href="/troubleshooting/rate-limited/"]')).toBeVisible();
    await expect(output.getByRole('link', { name: 'Content-Type' })).toHaveAttribute(
      'href',
      '/headers/content-type/',
    );
  });

  test("says whether to send the request again, as the code's page advises", async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill('HTTP/1.1 503 Service Unavailable');
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText(
      'Retry: Yes, after a wait, when the cause is maintenance or an upgrade. Not while the store is suspended.',
    );
    await output.getByRole('link', { name: 'Details on retrying REST 503' }).click();
    await expect(page).toHaveURL(/\/rest\/503\/#retry$/);
    await expect(page.locator('#retry')).toBeInViewport();
  });

  test('lists the headers without sideways scrolling on a phone, still as a table', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill(RATE_LIMITED);
    const table = page.locator('[data-inspector-output] table');
    await expect(table.getByRole('link', { name: 'X-Rate-Limit-Requests-Quota' })).toBeVisible();
    const wrapper = table.locator('xpath=..');
    const [scrollWidth, clientWidth] = await wrapper.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expect(page.getByRole('table')).toHaveCount(1);
    await expect(page.getByRole('columnheader')).toHaveText(['Header', 'Value', 'What it is']);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(7);
    const cells = page.getByRole('table').getByRole('row').nth(1).getByRole('cell');
    await expect(cells.nth(1)).toHaveAttribute('data-label', 'Value');
    await expect(cells.nth(2)).toHaveAttribute('data-label', 'What it is');
  });

  for (const [how, paste] of [
    ['in its JSON body', '{"errors":[{"message":"GraphQL invalid credentials. JWT is expired"}]}'],
    ['alone', 'GraphQL invalid credentials. JWT is expired'],
  ] as const)
    test(`links a GraphQL message ${how} to its page`, async ({ page }) => {
      await page.goto('/tools/inspector/');
      await page.getByLabel('Paste a response').fill(paste);
      await page.getByRole('button', { name: 'Explain' }).click();
      const output = page.locator('[data-inspector-output]');
      await expect(output.locator('a[href="/graphql/errors/jwt-expired/"]')).toBeVisible();
      await expect(output).not.toContainText('Not recognized');
      // The message comes with the GraphQL API's 401, so that is the status it explains.
      await expect(output.getByRole('heading', { name: 'Status 401 Unauthorized' })).toBeVisible();
      await expect(output.getByRole('link', { name: '401 Unauthorized', exact: true })).toHaveAttribute(
        'href',
        '/graphql/401/',
      );
    });

  test("asks for a cURL command's output, and sends a request URL to the query builder", async ({ page }) => {
    const url = 'https://api.bigcommerce.com/stores/abc123/v3/catalog/products?limit=500';
    const output = page.locator('[data-inspector-output]');
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill(`curl -s '${url}'`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(output).toContainText('run it with -i added');
    await page.getByLabel('Paste a response').fill(`GET ${url}`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(output).not.toContainText('cURL');
    await expect(output.getByRole('heading', { name: 'Request URL' })).toBeVisible();
    await output.getByRole('link', { name: 'The query builder' }).click();
    // The builder receives the URL and explains it at once.
    await expect(page).toHaveURL(/\/tools\/query-builder\/\?url=/);
    await expect(page.getByLabel('Paste a URL')).toHaveValue(url);
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText('maximum of 250');
  });

  test("reads what a browser's developer tools copy: the status row and the headers", async ({ page }) => {
    const copy = [
      ['Request URL', 'https://api.bigcommerce.com/stores/abc123/v3/catalog/products'],
      ['Request Method', 'POST'],
      ['Status Code', '415 Unsupported Media Type'],
      ['Remote Address', '192.0.2.1:443'],
      ['content-type', 'text/html'],
    ].flatMap(([name, value]) => [`${name}:`, value]);
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill(copy.join('\n'));
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(
      output.getByRole('link', { name: '415 Unsupported Media Type', exact: true }),
    ).toHaveAttribute('href', '/rest/415/');
    await expect(output.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(output.getByRole('link', { name: 'content-type' })).toHaveAttribute(
      'href',
      '/headers/content-type/',
    );
    await expect(output).not.toContainText('Not recognized');
  });

  test("reads the status from an HTTP client's error message", async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill('AxiosError: Request failed with status code 415');
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(
      output.getByRole('link', { name: '415 Unsupported Media Type', exact: true }),
    ).toHaveAttribute('href', '/rest/415/');
    await expect(output).not.toContainText('Not documented here');
  });

  test("reads a status's name in code as its status", async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill('Net::HTTPTooManyRequests');
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(output.getByRole('heading', { name: 'Status 429 Too Many Requests' })).toBeVisible();
    await expect(output).toContainText('Net::HTTPTooManyRequests names this status.');
    await expect(output.locator('a[href="/troubleshooting/rate-limited/"]').first()).toBeVisible();
    await expect(output).not.toContainText('Not documented here');
  });

  test('a deep link pre-fills just the code', async ({ page }) => {
    await page.goto('/tools/inspector/?code=429');
    await expect(page.getByLabel('Paste a response')).toHaveValue('429');
    await expect(page.locator('[data-inspector-output]')).toContainText('Too Many Requests');
  });

  test('a standard status that no API lists links to its meaning', async ({ page }) => {
    await page.goto('/tools/inspector/?code=502');
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText('None of the APIs documented here lists this status.');
    await output.getByRole('link', { name: 'What 502 Bad Gateway means' }).click();
    await expect(page).toHaveURL(/\/codes\/502\/$/);
  });

  test('examples from the content fill the box and explain themselves', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByRole('button', { name: /documented example values/ }).click();
    await expect(page.locator('[data-inspector-output]')).toContainText('35 requests left of 150');
  });

  test('shows pasted markup as text and keeps it out of the URL and storage', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/tools/inspector/');
    const hostile = `HTTP/1.1 400 Bad Request\nX-Evil: <img src=x onerror=alert(1)>\n\n{"errors":[{"message":"<script>alert(2)</script>"}]}`;
    await page.getByLabel('Paste a response').fill(hostile);
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText('<img src=x onerror=alert(1)>');
    await expect(output).toContainText('<script>alert(2)</script>');
    expect(await output.locator('img, script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(page.url()).not.toContain('img');
    const stored = await page.evaluate(() =>
      [localStorage, sessionStorage].flatMap((store) => Object.values(store)).join(' '),
    );
    expect(stored).not.toContain('alert');
  });

  test('says what is impossible: a status past 599, a negative wait', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByLabel('Paste a response').fill('HTTP/1.1 999\nX-Retry-After: -5');
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText('999 is not an HTTP status code: status codes run from 100 to 599');
    await expect(output).toContainText('X-Retry-After is -5, which cannot be: a wait is never negative');
    await expect(output).not.toContainText('Wait 0 seconds');
  });

  test('reads the first 1,000,000 characters of a 10 MB paste, and says so', async ({ page }) => {
    await page.goto('/tools/inspector/');
    const box = page.getByLabel('Paste a response');
    await box.evaluate((el: HTMLTextAreaElement) => {
      el.value = `HTTP/1.1 429 Too Many Requests\n${`X-Noise: ${'y'.repeat(1_000)}\n`.repeat(10_400)}`;
    });
    await page.getByRole('button', { name: 'Explain' }).click();
    const output = page.locator('[data-inspector-output]');
    await expect(output).toContainText(
      /^Only the first [\d,]+ characters of the 10,504,031 pasted were read; the rest was left out\./,
    );
    await expect(output.getByRole('heading', { name: 'Status 429 Too Many Requests' })).toBeVisible();
  });

  test('stays responsive with 5 MB of text and deeply nested JSON', async ({ page }) => {
    await page.goto('/tools/inspector/');
    const box = page.getByLabel('Paste a response');
    const output = page.locator('[data-inspector-output]');
    await box.evaluate((el: HTMLTextAreaElement) => {
      // 5 MB in 5,000 lines: Chromium alone takes seconds to lay out a textarea of 500,000 short
      // lines, whatever the page does, so the size, not the line count, is what this test grows.
      el.value = `HTTP/1.1 429 Too Many Requests\n${`X-Noise: ${'y'.repeat(1_000)}\n`.repeat(5_000)}`;
    });
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(output).toContainText('429 Too Many Requests');
    await expect(output).toContainText('more, not shown');
    expect(await output.locator('tbody tr').count()).toBeLessThanOrEqual(200);
    await box.fill(`{"errors":${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(output).toBeVisible();
    // The page still answers: typing a code explains it.
    await box.fill('404');
    await expect(output).toContainText('404');
  });
});

test.describe('response inspector brings its answer to the reader', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });
  const answer = (page: Page) => page.getByRole('heading', { name: 'Explanation' });

  test('on paste: the explanation in view and its heading focused', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await expect(answer(page)).not.toBeInViewport();
    await page.getByLabel('Paste a response').focus();
    await paste(page, RATE_LIMITED);
    await expect(answer(page)).toBeFocused();
    await expect(answer(page)).toBeInViewport();
    await expect(page.locator('[data-inspector-output]')).toContainText('35 requests left of 150');
  });

  test('on Explain and on an example, but not while the reader types', async ({ page }) => {
    await page.goto('/tools/inspector/');
    const box = page.getByLabel('Paste a response');
    await box.pressSequentially('HTTP/1.1 429');
    await expect(page.locator('[data-inspector-output]')).toContainText('Too Many Requests');
    await expect(box).toBeFocused();
    await page.getByRole('button', { name: 'Explain' }).click();
    await expect(answer(page)).toBeFocused();
    await expect(answer(page)).toBeInViewport();
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('[data-inspector-example]').first().click();
    await expect(answer(page)).toBeFocused();
    await expect(answer(page)).toBeInViewport();
  });

  test('a long header value wraps, so the answer reads without scrolling sideways', async ({ page }) => {
    await page.goto('/tools/inspector/');
    await page.getByRole('button', { name: /301/ }).first().click();
    const table = page.locator('[data-inspector-output] table').first();
    await expect(table).toContainText('Location');
    const frame = table.locator('xpath=..');
    expect(await frame.evaluate((f) => f.scrollWidth - f.clientWidth)).toBe(0);
  });
});
