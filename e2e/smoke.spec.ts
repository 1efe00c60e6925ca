/**
 * Smoke tests that hold for any content set: they read what to expect from the build itself (the
 * status export and site.yaml). `npm test` runs them on the default content and on the example set.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { SearchDialog } from './pages/search-dialog';
import { contentFolder, projectRoot, siteSettings } from './support/built-site';
import { axeViolations } from './support/checks';

interface Export {
  site: { title: string };
  apis: { id: string; name: string; url: string }[];
  codes: { api: string; code: number; label: string; url: string; legacy: boolean }[];
}

const path = (url: string) => new URL(url).pathname;

test.describe('any content set', () => {
  let data: Export;
  test.beforeAll(async ({ request }) => {
    data = await (await request.get('/status-codes.json')).json();
  });

  test('the home page names the site and links every API', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.site.title);
    for (const api of data.apis) {
      await expect(page.locator(`main a[href="${path(api.url)}"]`).first()).toBeVisible();
    }
  });

  test('each API’s code table links every one of its codes', async ({ page }) => {
    for (const api of data.apis) {
      await page.goto(path(api.url));
      const hrefs = await page
        .locator('main table a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = data.codes.filter((c) => c.api === api.id).map((c) => path(c.url));
      expect(expected.filter((h) => !hrefs.includes(h))).toEqual([]);
    }
  });

  test('a code page shows its code and label', async ({ page }) => {
    const code = data.codes.find((c) => !c.legacy)!;
    await page.goto(path(code.url));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`${code.code}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code.label);
  });

  test('searching for a code and pressing Enter opens it', async ({ page }) => {
    const code = data.codes.find((c) => !c.legacy && !data.codes.some((o) => o !== c && o.code === c.code))!;
    await page.goto('/');
    await new SearchDialog(page).open();
    await page.keyboard.type(String(code.code));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${path(code.url)}$`));
  });

  test('a registered code no API lists has a page that says so, found by search', async ({ page }) => {
    const code = [502, 504, 408, 410].find((c) => !data.codes.some((o) => o.code === c))!;
    await page.goto('/codes/');
    await page
      .getByRole('region', { name: 'Other registered codes' })
      .getByRole('link', { name: `${code} ` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(code));
    await expect(page.getByRole('main')).toContainText(new RegExp(`lists? ${code} among its status codes`));
    // The quality checks audit one page per template, a listed code's for this one.
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/');
    const search = new SearchDialog(page);
    await search.open();
    await search.query(String(code));
    expect((await search.resultPages())[0]).toBe(`/codes/${code}/`);
  });

  test('an unknown path shows the 404 page', async ({ page }) => {
    const response = await page.goto('/certainly/not/here/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test("a code page ends with where it comes from: its file's edit link, where site.yaml sets one, and its last change", async ({
    page,
  }) => {
    const code = data.codes.find((c) => !c.legacy)!;
    await page.goto(path(code.url));
    const file = `${contentFolder}/codes/${code.api}/${code.code}.md`;
    const { editUrl } = siteSettings();
    const edit = page.getByRole('link', { name: 'Edit this page' });
    if (editUrl) await expect(edit).toHaveAttribute('href', new URL(file, editUrl).href);
    else await expect(edit).toHaveCount(0);
    // The date of the file's last commit, or of the file itself where git has none for it.
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd: projectRoot,
      encoding: 'utf8',
    }).trim();
    const time = page.getByRole('main').locator('time');
    await expect(page.getByRole('main')).toContainText(/Last updated \w+ \d+, \d{4}/);
    if (committed)
      expect(new Date((await time.getAttribute('datetime'))!).getTime()).toBe(new Date(committed).getTime());
    else expect(Number.isNaN(Date.parse((await time.getAttribute('datetime'))!))).toBe(false);
  });
});
