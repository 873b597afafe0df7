import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const host = inject('hostOrigin');
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

  it('computes another scenario in a worker, and the same figures on the page in a sandbox', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="country-of-cities"]');
    const before = await widget.locator('.status').innerText();
    const worker = page.waitForEvent('worker');
    await widget.getByLabel('Scenario').selectOption('clear-blueprint');
    await worker;
    await expect
      .poll(() => new URL(page.url()).searchParams.get('country-of-cities.scenario'))
      .toBe('clear-blueprint');
    await expect.poll(() => widget.locator('.status').innerText()).toMatch(/^2020:/);
    const inWorker = await widget.locator('.status').innerText();
    expect(inWorker).not.toBe(before);
    expect(report.errors).toEqual([]);

    // A sandboxed frame has an opaque origin and may not start a worker: the page computes.
    const params = new URLSearchParams({ src: embed, sandbox: 'allow-scripts', height: '900' });
    await page.goto(`${host}/frame?${params}`);
    const frame = page.frames()[1]!;
    await expect
      .poll(() => frame.evaluate(() => document.querySelectorAll('astro-island[ssr]').length))
      .toBe(0);
    const framed = frame.locator('[data-widget="country-of-cities"]');
    await framed.getByLabel('Scenario').selectOption('clear-blueprint');
    await expect.poll(() => framed.locator('.status').innerText()).toBe(inWorker);
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
