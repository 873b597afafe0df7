import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const chapter = `${site}/chapters/feeling-for-stones/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('widget state in the URL', () => {
  it('opens the view a link describes', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(
      context,
      `${chapter}?top-level-design.category=social&top-level-design.row=target`,
    );
    await hydrateAll(page);
    const widget = page.locator('[data-widget="top-level-design"]');
    await expect.poll(() => widget.locator('.detail h3').innerText()).toContain('Social integrity');
    expect(await widget.locator('.detail').innerText()).toContain('General public');
    await context.close();
  });

  it('writes each change back to the address, keeping other parameters', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${chapter}?keep=1`);
    await hydrateAll(page);
    await page.getByRole('button', { name: /Government integrity, what integrity means/ }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('top-level-design.category'))
      .toBe('government');
    expect(new URL(page.url()).searchParams.get('top-level-design.row')).toBe('meaning');
    expect(new URL(page.url()).searchParams.get('keep')).toBe('1');
    await context.close();
  });

  it('answers a malformed link with the default view and a calm note, never an error', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(
      context,
      `${chapter}?top-level-design.category=%E0%A4%A&top-level-design.row=<script>`,
    );
    await hydrateAll(page);
    const widget = page.locator('[data-widget="top-level-design"]');
    await expect.poll(() => widget.locator('[role="status"]').count()).toBe(1);
    expect(await widget.locator('.detail h3').innerText()).toContain('Business integrity');
    expect(report.errors).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches every cell of the matrix with Tab and selects with Enter and Space', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, chapter);
    await hydrateAll(page);
    const cell = page.getByRole('button', { name: /Social integrity, main practices/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    const previous = page.getByRole('button', { name: /Government integrity, main practices/ });
    await expect.poll(() => previous.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('theme', () => {
  it('toggles dark and light, and remembers the choice on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const { page } = await openPage(context, chapter);
    const toggle = page.locator('.theme-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.goto(`${site}/`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});
