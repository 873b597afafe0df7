import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const embed = `${site}/embed/be-the-cadre/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('be the cadre', () => {
  it('reads a plan from the link and compares it with the model', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(
      context,
      `${embed}?be-the-cadre.social-rewards=full&be-the-cadre.story=1&be-the-cadre.seed=7`,
    );
    await hydrateAll(page);
    const widget = page.locator('[data-widget="be-the-cadre"]');
    const radio = widget.getByRole('group', { name: 'Reward and punish citizens by score' });
    await expect.poll(() => radio.getByRole('radio', { name: /^Full/ }).isChecked()).toBe(true);
    await expect.poll(() => widget.getByText('Draw no. 7').count()).toBe(1);
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('writes choices to the URL and adopts the model’s plan', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="be-the-cadre"]');
    await widget
      .getByRole('group', { name: 'Score businesses' })
      .getByRole('radio', { name: /^On paper/ })
      .check();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('be-the-cadre.business-scoring'))
      .toBe('nominal');
    await widget.getByRole('button', { name: 'Adopt the model’s plan' }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('be-the-cadre.business-scoring'))
      .toBe('full');
    expect(new URL(page.url()).searchParams.get('be-the-cadre.social-codes')).toBe('nominal');
    await context.close();
  });
});
