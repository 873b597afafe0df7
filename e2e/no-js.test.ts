import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { widgets } from '../src/widgets/registry';
import { launchChromium } from './browser.mjs';
import { builtPages, type Browser } from './site';

const site = inject('siteOrigin');
const chapters = builtPages().filter((path) => path.startsWith('/chapters/'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('with JavaScript disabled', () => {
  it.each(chapters)('%s reads in full, every widget in its static form', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site + path);
    const words = (await page.locator('.prose').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(600);
    // Each widget in the chapter rendered on the server: a titled frame with real content.
    // Each island has its frame; scrollytelling snapshots add static frames of their own.
    const frames = page.locator('[data-widget]');
    const count = await frames.count();
    const html = await page.content();
    const islands = [...html.matchAll(/component-url="[^"]+"/g)].length;
    expect(count).toBeGreaterThanOrEqual(islands);
    for (let i = 0; i < count; i++) {
      const frame = frames.nth(i);
      await expect.poll(() => frame.locator('h2').innerText()).not.toBe('');
      expect((await frame.innerText()).length).toBeGreaterThan(200);
    }
    await context.close();
  });

  it.each(widgets.map((w) => w.id))('the embed page of %s shows the widget', async (id) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/embed/${id}/`);
    const frame = page.locator(`[data-widget="${id}"]`);
    expect(await frame.count()).toBe(1);
    expect((await frame.innerText()).length).toBeGreaterThan(200);
    await context.close();
  });
});
