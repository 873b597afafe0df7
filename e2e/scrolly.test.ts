import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { openPage, type Browser } from './site';

const site = inject('siteOrigin');
const chapter = `${site}/chapters/social-integrity/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('scrollytelling', () => {
  it('keeps the figure in view and steps it with the text on a wide screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, report } = await openPage(context, chapter);
    const scrolly = page.locator('[data-scrolly]');
    await expect.poll(() => scrolly.getAttribute('class')).toContain('is-enhanced');
    const figure = scrolly.locator('.scrolly-figure');
    expect(await figure.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await expect.poll(() => scrolly.locator('.scrolly-snapshot').first().isVisible()).toBe(false);
    const steps = scrolly.locator('.scrolly-step');
    await steps
      .nth(2)
      .evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(() => steps.nth(2).getAttribute('aria-current')).toBe('step');
    await expect
      .poll(() => figure.locator('.summary').innerText())
      .toContain('Outline as designed');
    await steps
      .nth(3)
      .evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect.poll(() => figure.locator('.summary').innerText()).toMatch(/custom|double|2\.0/i);
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a phone', { viewport: { width: 390, height: 844 } }],
    [
      'reduced motion',
      { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' as const },
    ],
  ])('stacks a snapshot under every step on %s', async (_label, options) => {
    const context = await browser.newContext(options);
    const { page } = await openPage(context, chapter);
    const scrolly = page.locator('[data-scrolly]');
    expect(await scrolly.getAttribute('class')).not.toContain('is-enhanced');
    const snapshots = scrolly.locator('.scrolly-snapshot');
    expect(await snapshots.count()).toBe(4);
    await snapshots.nth(2).scrollIntoViewIfNeeded();
    expect(await snapshots.nth(2).isVisible()).toBe(true);
    expect(await snapshots.nth(2).innerText()).toContain('Outline as designed');
    await context.close();
  });

  it('shows every step with its snapshot without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chapter);
    const snapshots = page.locator('[data-scrolly] .scrolly-snapshot');
    expect(await snapshots.count()).toBe(4);
    expect(await snapshots.nth(3).locator('svg').count()).toBeGreaterThan(0);
    await context.close();
  });
});
