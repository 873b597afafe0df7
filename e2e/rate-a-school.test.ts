import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser, widthOnSmallestPhone } from './site';

const site = inject('siteOrigin');
const path = '/embed/rate-a-school/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('rate a training school', () => {
  it('shows the default grade without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site + path);
    await expect(page.locator('.verdict').first().textContent()).resolves.toContain('AA');
    expect(await page.locator('table tbody tr').count()).toBe(8);
    await context.close();
  });

  it('is operated with the keyboard and writes every change to the URL', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, site + path);
    await hydrateAll(page);
    // Tick the provident-fund check with the space bar: all checks pass.
    await page.getByLabel('Its Housing Provident Fund payments match').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('passed='));
    expect(new URL(page.url()).searchParams.get('rate-a-school.passed')).toContain(
      'provident-fund-matches-headcount',
    );
    // Raise the staff mark with the arrow keys: 80 → 100, so the average crosses 90.
    await page.getByLabel('Interviews with staff').focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.search.includes('staff=100'));
    await expect(page.locator('.verdict').first().textContent()).resolves.toContain('AAA');
    // Blacklist the owner and pick a trigger.
    await page.getByLabel('Put the owner on the blacklist').focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Prosecuted for defaulting on debts').check();
    await page.waitForFunction(() => location.search.includes('trigger=debt-default'));
    const params = new URL(page.url()).searchParams;
    expect(params.get('rate-a-school.blacklist')).toBe('1');
    await expect(page.locator('table caption').textContent()).resolves.toContain('blacklisted');
    await context.close();
  });

  it('restores a view from its link', async () => {
    const context = await browser.newContext();
    const query = '?rate-a-school.passed=&rate-a-school.heads=40&rate-a-school.staff=40';
    const { page } = await openPage(context, site + path + query);
    await hydrateAll(page);
    await page.waitForFunction(() =>
      document.querySelector('.verdict')?.textContent?.includes('unqualified'),
    );
    expect(await page.getByLabel('Interview with the heads').inputValue()).toBe('40');
    await context.close();
  });

  it.each(['/embed/rate-a-school/', '/chapters/business-integrity/'])(
    '%s does not scroll sideways on a 320 px phone',
    async (page_path) => {
      expect(await widthOnSmallestPhone(browser, site + page_path)).toBeLessThanOrEqual(320);
    },
  );
});
