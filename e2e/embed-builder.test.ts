import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const host = inject('hostOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the embed builder', () => {
  it('gives a snippet that shows the chosen view, at the right height, on another site', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, `${site}/widgets/`);
    await hydrateAll(page);
    await page.locator('#builder-widget').selectOption('top-level-design');
    await page.getByRole('radio', { name: 'dark' }).check();
    // Set the view up inside the live preview, as a teacher would.
    const preview = page.frameLocator('iframe[title^="Preview"]');
    await preview.getByRole('button', { name: /Social integrity, target/ }).click();
    const code = page.getByLabel('Code to paste into your page');
    await expect.poll(() => code.inputValue()).toContain('top-level-design.category=social');
    const snippet = (await code.inputValue()).replaceAll('https://your-host.example', site);
    expect(snippet).toContain('theme=dark');
    expect(report.errors).toEqual([]);

    const teacher = await context.newPage();
    await teacher.goto(`${host}/raw?${new URLSearchParams({ html: snippet })}`);
    const frame = teacher.frameLocator('iframe[data-hbb-embed]');
    await expect.poll(() => frame.locator('.detail').innerText()).toContain('General public');
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect
      .poll(async () => {
        const outer = await teacher
          .locator('iframe')
          .evaluate((el: Element) => el.getBoundingClientRect().height);
        const inner = await frame
          .locator('html')
          .evaluate((el: Element) => el.getBoundingClientRect().height);
        return Math.abs(outer - Math.ceil(inner));
      })
      .toBeLessThanOrEqual(1);
    await context.close();
  });

  it('starts from a pasted link', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${site}/widgets/`);
    await hydrateAll(page);
    await page
      .getByLabel('Or start from a link copied from a widget')
      .fill(`${site}/chapters/feeling-for-stones/?top-level-design.category=government&utm=x`);
    await page.getByRole('button', { name: 'Use this link' }).click();
    const code = page.getByLabel('Code to paste into your page');
    await expect.poll(() => code.inputValue()).toContain('top-level-design.category=government');
    expect(await code.inputValue()).not.toContain('utm');
    await context.close();
  });
});
