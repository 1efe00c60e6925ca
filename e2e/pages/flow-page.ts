import type { Locator, Page } from '@playwright/test';

/** A troubleshooting flow page: the step on screen, its answers, the trail and the controls. */
export class FlowPage {
  readonly step: Locator;
  readonly trail: Locator;
  readonly back: Locator;
  readonly restart: Locator;
  /** What the guide says about an address whose fragment names no step. */
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.step = page.locator('[data-flow-node]:visible');
    this.trail = page.getByRole('navigation', { name: 'Your answers so far' });
    this.back = page.getByRole('button', { name: '← Back' });
    this.restart = page.getByRole('button', { name: 'Start over' });
    this.note = page.locator('[data-flow-note]');
  }

  async goto(slug: string, step = '') {
    await this.page.goto(`/troubleshooting/${slug}/${step ? `#${step}` : ''}`);
  }

  heading(): Locator {
    return this.step.getByRole('heading', { level: 2 });
  }

  async answer(label: string | RegExp) {
    await this.step.getByRole('link', { name: label }).click();
  }

  /** Presses Tab until the focused element's text matches, as a keyboard user would. */
  async tabTo(label: RegExp, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const text = await this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (label.test(text)) return;
    }
    throw new Error(`no focusable element matching ${label} within ${limit} Tab presses`);
  }
}
