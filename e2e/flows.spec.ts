import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';

test.describe('step-by-step flows', () => {
  test('the 401 flow: answers lead to a resolution, back and reload keep the step', async ({ page }) => {
    const flow = new FlowPage(page);
    await flow.goto('unauthorized');
    await expect(flow.step).toHaveCount(1);
    await expect(flow.heading()).toContainText('X-Auth-Token');

    await flow.answer('Yes');
    await expect(page).toHaveURL(/#curl-succeeds$/);
    await expect(flow.heading()).toBeFocused();
    await flow.answer(/No, cURL gets a 401/);
    await flow.answer('Yes');
    await expect(page).toHaveURL(/#bad-credentials$/);
    await expect(flow.heading()).toHaveText('The credentials are wrong or no longer valid');
    await expect(flow.step.getByRole('listitem').first()).toBeVisible();
    await expect(flow.trail.getByRole('link')).toHaveCount(3);

    await page.goBack();
    await expect(page).toHaveURL(/#right-store$/);
    await expect(flow.heading()).toContainText('store hash');

    await page.reload();
    await expect(flow.heading()).toContainText('store hash');
    await expect(flow.trail.getByRole('link')).toHaveCount(2);

    await flow.back.click();
    await expect(page).toHaveURL(/#curl-succeeds$/);
    await flow.restart.click();
    await expect(page).toHaveURL(/#token-sent$/);
    await expect(flow.back).toBeDisabled();
  });

  test('a shared link to a step opens that step with the way there', async ({ page }) => {
    const flow = new FlowPage(page);
    await flow.goto('unauthorized', 'wrong-store');
    await expect(flow.heading()).toHaveText('The token belongs to a different store');
    await expect(flow.trail.getByRole('link')).toHaveCount(3);
    await flow.trail.getByRole('link').first().click();
    await expect(page).toHaveURL(/#token-sent$/);
  });

  test('the 429 flow by keyboard alone', async ({ page }) => {
    const flow = new FlowPage(page);
    await flow.goto('rate-limited');
    await flow.tabTo(/^Yes/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#waited$/);
    await expect(flow.heading()).toBeFocused();
    await flow.tabTo(/^No, it retried/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#wait-for-reset$/);
    await expect(flow.heading()).toHaveText('The client retries before the window has reset');
    await expect(flow.heading()).toBeFocused();
  });

  test('the 429 flow by mouse, with the browser back button', async ({ page }) => {
    const flow = new FlowPage(page);
    await flow.goto('rate-limited');
    await flow.answer('Yes');
    await flow.answer(/Yes, and it still gets 429s/);
    await flow.answer(/Yes, it is the only one/);
    await expect(flow.heading()).toHaveText('Your client sends requests faster than the quota allows');
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/#waited$/);
    await expect(flow.step).toHaveCount(1);
  });

  test('a fragment whose escapes do not decode (#%) opens the first step and says why, without an error', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const flow = new FlowPage(page);
    await flow.goto('unauthorized', '%');
    await expect(flow.step).toHaveCount(1);
    await expect(flow.heading()).toContainText('X-Auth-Token');
    await expect(flow.note).toHaveText(
      'The address ends in “#%”, which is not a valid fragment (a % must start an escape such as %20), so the guide starts at its first step.',
    );
    await flow.answer('Yes');
    await expect(page).toHaveURL(/#curl-succeeds$/);
    await expect(flow.note).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a fragment that names no step opens the first step and says so', async ({ page }) => {
    const flow = new FlowPage(page);
    await flow.goto('unauthorized', 'no-such-step');
    await expect(flow.step).toHaveCount(1);
    await expect(flow.heading()).toContainText('X-Auth-Token');
    await expect(flow.note).toHaveText(
      'The address ends in “#no-such-step”, which names no step of this guide, so the guide starts at its first step.',
    );
  });

  test('every code page with a flow links to it, and the flow links back', async ({ page }) => {
    await page.goto('/rest/429/');
    await page.getByRole('link', { name: 'Fix a 429 Too Many Requests' }).click();
    await expect(page).toHaveURL(/\/troubleshooting\/rate-limited\/$/);
    await page.getByRole('link', { name: '429 Too Many Requests' }).first().click();
    await expect(page).toHaveURL(/\/rest\/429\/$/);
  });
});

test.describe('flows without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is on the page and the answers are links to the next step', async ({ page }) => {
    await page.goto('/troubleshooting/unauthorized/');
    await expect(page.locator('[data-flow-node]')).toHaveCount(7);
    // Each answer names the step it leads to by its number, as the steps are labelled.
    const target = page.locator('[data-flow-node="curl-succeeds"]');
    const step = /Step (\d+) ·/.exec((await target.locator('.flow-number').first().textContent()) ?? '')![1];
    await expect(page.getByRole('link', { name: 'Yes' }).first()).toHaveText(`Yes→ Step ${step}`);
    await page.getByRole('link', { name: 'Yes' }).first().click();
    await expect(page).toHaveURL(/#curl-succeeds$/);
    await expect(page.locator('#curl-succeeds')).toBeInViewport();
    await page
      .locator('[data-flow-node="curl-succeeds"]')
      .getByRole('link', { name: /No, cURL gets a 401/ })
      .click();
    await page
      .locator('[data-flow-node="right-store"]')
      .getByRole('link', { name: /No, or I am not sure/ })
      .click();
    await expect(page).toHaveURL(/#wrong-store$/);
    await expect(page.locator('#wrong-store')).toBeInViewport();
    await expect(page.locator('[data-flow-node="wrong-store"] ol li').first()).toBeVisible();
  });
});
