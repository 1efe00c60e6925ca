/**
 * The built site as the local server (npm start, scripts/static-server.mjs) answers it: the same
 * server these tests run on. scripts/static-server.test.ts covers the server's rules one by one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { distDir } from './support/built-site';

test.describe('the local server', () => {
  test('opens a page whose address lacks its trailing slash at the address with it', async ({ page }) => {
    const response = await page.goto('/rest/429?from=link');
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/rest/429/?from=link');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('429');
  });

  test('answers malformed addresses with 400 or the site’s 404 page, never a stack trace', async ({
    request,
  }) => {
    const notFoundPage = await (await request.get('/this-page-does-not-exist/')).text();
    for (const [path, status] of [
      ['/..%2fpackage.json', 404],
      ['/codes%2f429/', 404],
      ['/rest/%E0%A4%A/', 400],
    ] as const) {
      const response = await request.get(path, { maxRedirects: 0 });
      const body = await response.text();
      expect(response.status(), path).toBe(status);
      expect(body, path).not.toMatch(/node_modules|\n[^\S\n]+at /);
      if (status === 404) expect(body, path).toBe(notFoundPage);
    }
  });

  test('sends the files Pagefind compresses with gzip as gzip-encoded, so the browser inflates them', async ({
    page,
  }) => {
    const first = (folder: string, suffix = '') =>
      `/${folder}/${readdirSync(join(distDir, folder)).find((name) => name.endsWith(suffix))}`;
    const loadedOnOpening = [first('pagefind', '.pf_meta'), '/pagefind/wasm.en.pagefind'];
    const fetchedByQueries = [first('pagefind/index'), first('pagefind/fragment'), first('pagefind/filter')];
    await page.goto('/');
    for (const path of [...loadedOnOpening, ...fetchedByQueries]) {
      const sent = await page.evaluate(async (path) => {
        const response = await fetch(path);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          encoding: response.headers.get('content-encoding'),
          start: new TextDecoder().decode(bytes.slice(0, 12)),
        };
      }, path);
      // Pagefind's signature, which tells it the file arrived inflated.
      expect(sent, path).toEqual({ encoding: 'gzip', start: 'pagefind_dcd' });
    }
  });
});
