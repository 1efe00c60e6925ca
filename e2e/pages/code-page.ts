import type { Locator, Page } from '@playwright/test';

/** A code page such as /rest/429/. */
export class CodePage {
  readonly heading: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.locator('article header p').last();
  }

  async goto(api: string, code: number) {
    await this.page.goto(`/${api}/${code}/`);
  }

  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }
}
