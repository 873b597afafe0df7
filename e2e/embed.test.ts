import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { widgets } from '../src/widgets/registry';
import { launchChromium } from './browser.mjs';
import type { Browser, Page } from './site';

const site = inject('siteOrigin');
const host = inject('hostOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The host page with one embedded widget, as a teacher would paste it. */
function hostUrl(id: string, options: { sandbox?: string; script?: boolean; query?: string } = {}) {
  const params = new URLSearchParams({
    src: `${site}/embed/${id}/${options.query ?? ''}`,
    height: '300',
  });
  if (options.sandbox !== undefined) params.set('sandbox', options.sandbox);
  if (options.script !== false) params.set('script', `${site}/embed.js`);
  return `${host}/frame?${params}`;
}

/** Height of the iframe on the host page, and of the document inside it. */
async function heights(page: Page) {
  const frameHeight = await page
    .locator('iframe')
    .evaluate((el: Element) => el.getBoundingClientRect().height);
  const frame = page.frames()[1]!;
  const contentHeight = await frame.evaluate(
    () => document.documentElement.getBoundingClientRect().height,
  );
  return { frameHeight, contentHeight };
}

async function settledHeights(page: Page) {
  await expect
    .poll(
      async () => {
        const { frameHeight, contentHeight } = await heights(page);
        return Math.abs(frameHeight - Math.ceil(contentHeight));
      },
      { timeout: 15_000 },
    )
    .toBeLessThanOrEqual(1);
  return heights(page);
}

describe.each(widgets.map((w) => w.id))('embedding %s on a page of another origin', (id) => {
  it('hydrates and sizes the iframe to its content', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl(id));
    const { frameHeight } = await settledHeights(page);
    expect(frameHeight).toBeGreaterThan(300);
    await expect
      .poll(() =>
        page.frames()[1]!.evaluate(() => document.querySelectorAll('astro-island[ssr]').length),
      )
      .toBe(0);
    await page.close();
  });

  it('works in a sandboxed frame (allow-scripts only, opaque origin)', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl(id, { sandbox: 'allow-scripts' }));
    await settledHeights(page);
    await expect
      .poll(() =>
        page.frames()[1]!.evaluate(() => document.querySelectorAll('astro-island[ssr]').length),
      )
      .toBe(0);
    await page.close();
  });

  it('still shows the widget in a plain fixed-height iframe without the script', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl(id, { script: false }));
    const { frameHeight } = await heights(page);
    expect(frameHeight).toBe(300);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.locator(`[data-widget="${id}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('the host script', () => {
  it('follows the widget when its height changes', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl('top-level-design'));
    const before = await settledHeights(page);
    const frame = page.frames()[1]!;
    await frame.getByRole('button', { name: /Social integrity, target/ }).click();
    await expect.poll(async () => (await heights(page)).frameHeight).not.toBe(before.frameHeight);
    const after = await settledHeights(page);
    expect(after.frameHeight).toBeLessThan(before.frameHeight);
    await page.close();
  });

  it('ignores height messages from windows other than the iframe', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl('top-level-design'));
    const { frameHeight } = await settledHeights(page);
    await page.evaluate(() => window.postMessage({ type: 'hbb-embed:height', height: 2000 }, '*'));
    await page.waitForTimeout(300);
    expect((await heights(page)).frameHeight).toBe(frameHeight);
    await page.close();
  });
});
