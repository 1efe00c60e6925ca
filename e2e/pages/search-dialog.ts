import type { Locator, Page } from '@playwright/test';

/** The search dialog: open it, type, read the result pages in order. */
export class SearchDialog {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly status: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Search' });
    this.input = page.getByRole('combobox', { name: 'Search the documentation' });
    this.list = page.locator('#search-results');
    this.options = this.list.getByRole('option');
    this.status = this.dialog.getByRole('status').first();
  }

  async open() {
    await this.page.getByRole('link', { name: 'Search' }).first().click();
    await this.input.waitFor();
  }

  /** Types a query and waits until the results answer it, all of them loaded. */
  async query(text: string) {
    await this.input.fill(text);
    await this.page.waitForFunction((q) => {
      const list = document.querySelector<HTMLElement>('#search-results');
      return (
        list?.dataset.query === q &&
        ['results', 'none', 'unavailable'].includes(list.dataset.state ?? '') &&
        !list.hasAttribute('data-more')
      );
    }, text.replace(/\s+/g, ' ').trim());
  }

  /** The distinct pages of the results, in order (anchors and highlight parameters dropped). */
  async resultPages(): Promise<string[]> {
    const urls = await this.options.evaluateAll((els) => els.map((el) => el.getAttribute('data-url') ?? ''));
    const pages = urls.map((u) => new URL(u, 'http://x').pathname);
    return [...new Set(pages)];
  }
}
