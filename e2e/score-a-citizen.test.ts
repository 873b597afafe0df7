import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const embed = `${site}/embed/score-a-citizen/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('score a citizen', () => {
  it('scores the default resident and moves with each record', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="score-a-citizen"]');
    await expect.poll(() => widget.locator('.headline').innerText()).toContain('Score 730');
    await widget.getByRole('checkbox', { name: /Sentenced by a court/ }).check();
    await expect.poll(() => widget.locator('.headline').innerText()).toContain('Score 560');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('score-a-citizen.records'))
      .toContain('court-sentence');
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('opens a preset and regime from a link, and scores the same life differently', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(
      context,
      `${embed}?score-a-citizen.preset=small-business-owner&score-a-citizen.records=schooling-completed,income-on-record,high-income,traffic-violation,social-insurance-paid,bank-credit-history,loan-repaid-on-time,late-tax-filing&score-a-citizen.regime=outline`,
    );
    await hydrateAll(page);
    const widget = page.locator('[data-widget="score-a-citizen"]');
    await expect.poll(() => widget.locator('.headline').innerText()).toContain('Score 675');
    await widget.getByRole('radio', { name: /City Z in 2020/ }).check();
    await expect.poll(() => widget.locator('.headline').innerText()).toContain('Score 705');
    await context.close();
  });

  it('marks a rumour poster below 550 but not eligible for the blacklist', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="score-a-citizen"]');
    await widget.getByRole('button', { name: /posted “rumours”/ }).click();
    await expect.poll(() => widget.locator('.headline').innerText()).toContain('Score 540');
    expect(await widget.locator('.verdicts').innerText()).toContain('no major violation');
    await context.close();
  });
});
