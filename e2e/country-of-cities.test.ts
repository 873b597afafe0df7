import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const embed = `${site}/embed/country-of-cities/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('a country of cities', () => {
  it('steps through the years and writes the year to the URL', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="country-of-cities"]');
    await widget.getByRole('button', { name: /Next year/ }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('country-of-cities.year'))
      .toBe('2021');
    await expect.poll(() => widget.locator('.status').innerText()).toContain('2021:');
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('computes another scenario on request', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="country-of-cities"]');
    await widget.getByLabel('Scenario').selectOption('clear-blueprint');
    await expect.poll(() => widget.locator('.status').innerText()).toContain('2020:');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('country-of-cities.scenario'))
      .toBe('clear-blueprint');
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('plays from the start and can be paused', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${embed}?country-of-cities.year=2025`);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="country-of-cities"]');
    const play = widget.getByRole('button', { name: /^Play/ });
    await play.click();
    await expect
      .poll(() => Number(new URL(page.url()).searchParams.get('country-of-cities.year')))
      .toBeGreaterThanOrEqual(2015);
    await widget.getByRole('button', { name: /^Pause/ }).click();
    const year = new URL(page.url()).searchParams.get('country-of-cities.year');
    await page.waitForTimeout(1200);
    expect(new URL(page.url()).searchParams.get('country-of-cities.year')).toBe(year);
    await context.close();
  });
});
