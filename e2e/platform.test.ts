import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser, widthOnSmallestPhone } from './site';

const site = inject('siteOrigin');
const path = '/embed/platform/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const summary = (page: import('./site').Page) => page.locator('.live .summary').textContent();

describe('the platform', () => {
  it('shows the default month, its table and the queries without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site + path);
    await expect(summary(page)).resolves.toContain('June 2018');
    await expect(page.locator('table caption').textContent()).resolves.toContain('June 2018');
    expect(await page.locator('.queries li').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('steps through months with the keyboard and keeps the month in the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site + path);
    await hydrateAll(page);
    await page.getByRole('button', { name: 'Next month' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('platform.round=7'));
    await expect(summary(page)).resolves.toContain('July 2018');
    await page.getByRole('button', { name: 'Jump to November 2020' }).press('Enter');
    await page.waitForFunction(() => location.search.includes('platform.round=35'));
    await expect(summary(page)).resolves.toContain('667 of 667 units uploading');
    await context.close();
  });

  it('selects a unit from the list, refuses an order to a vertical unit, and takes over', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site + path);
    await hydrateAll(page);
    await page.getByLabel('Choose a unit').selectOption('courts');
    await page.waitForFunction(() => location.search.includes('platform.unit=courts'));
    await page.getByRole('button', { name: /DRC orders it to upload/ }).press('Enter');
    await page.waitForFunction(() => location.search.includes('platform.policy=own'));
    await expect(page.locator('.live .message').textContent()).resolves.toContain(
      'cannot order a vertically managed unit',
    );
    // Playing on does not change the link: it still reopens at the month of the take-over.
    await page.getByRole('button', { name: 'Next month' }).press('Enter');
    await expect(summary(page)).resolves.toContain('July 2018');
    // June 2018 (round 6) is the default month, so the link leaves the round out.
    expect(new URL(page.url()).searchParams.get('platform.round')).toBeNull();
    expect(new URL(page.url()).searchParams.get('platform.policy')).toBe('own');
    await context.close();
  });

  it('reproduces the default run at a month from its link', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${site + path}?platform.round=35&platform.seed=1`);
    await hydrateAll(page);
    await page.waitForFunction(() =>
      document.querySelector('.live .summary')?.textContent?.includes('November 2020'),
    );
    await expect(summary(page)).resolves.toContain('1.27 billion');
    const census = page.locator('.queries li', { hasText: 'census' });
    await expect(census.textContent()).resolves.toContain('Cannot be answered');
    await context.close();
  });

  it.each(['/embed/platform/', '/chapters/government-integrity/'])(
    '%s does not scroll sideways on a 320 px phone',
    async (page_path) => {
      expect(await widthOnSmallestPhone(browser, site + page_path)).toBeLessThanOrEqual(320);
    },
  );
});
