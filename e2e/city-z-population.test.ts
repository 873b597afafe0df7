import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const host = inject('hostOrigin');
const embed = `${site}/embed/city-z-population/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe("City Z's 6.9 million", () => {
  it('reproduces Table 2 by default and updates the counterfactuals with the regime', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="city-z-population"]');
    expect(await widget.locator('.summary').innerText()).toContain('13,451 people below 550');
    await widget.getByRole('radio', { name: 'The Outline as designed' }).check();
    await expect
      .poll(() => widget.locator('.summary').innerText())
      .toContain('14,452 people would fall below 550');
    expect(report.errors).toEqual([]);
    await context.close();
  });

  it('meets the same citizen again from a link with a seed', async () => {
    const context = await browser.newContext();
    const url = `${embed}?city-z-population.seed=4242`;
    const ledgers: string[] = [];
    for (let visit = 0; visit < 2; visit++) {
      const { page } = await openPage(context, url);
      await hydrateAll(page);
      const widget = page.locator('[data-widget="city-z-population"]');
      await expect
        .poll(() => widget.locator('.status').innerText(), { timeout: 30_000 })
        .toContain('simulated in');
      ledgers.push(await widget.locator('.card').innerText());
      await page.close();
    }
    expect(ledgers[0]).toContain('Adult no.');
    expect(ledgers[1]).toBe(ledgers[0]);
    await context.close();
  });

  it('meets the same citizen in a worker and, in a sandboxed frame, on the page', async () => {
    const context = await browser.newContext();
    const url = `${embed}?city-z-population.seed=777`;
    const { page } = await openPage(context, url);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="city-z-population"]');
    await expect
      .poll(() => widget.locator('.status').innerText(), { timeout: 30_000 })
      .toContain('in a background worker');
    const inWorker = await widget.locator('.card').innerText();

    // A sandboxed frame has an opaque origin and may not start a worker: the page simulates.
    const params = new URLSearchParams({ src: url, sandbox: 'allow-scripts', height: '900' });
    await page.goto(`${host}/frame?${params}`);
    const framed = page.frames()[1]!.locator('[data-widget="city-z-population"]');
    await expect
      .poll(() => framed.locator('.status').innerText(), { timeout: 30_000 })
      .toContain('on the page');
    expect(await framed.locator('.card').innerText()).toBe(inWorker);
    await context.close();
  });

  it('puts a new seed in the address when meeting a citizen', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, embed);
    await hydrateAll(page);
    const widget = page.locator('[data-widget="city-z-population"]');
    await widget.getByRole('button', { name: 'Meet a random citizen' }).click();
    await expect
      .poll(() => widget.locator('.status').innerText(), { timeout: 30_000 })
      .toContain('simulated in');
    const seed = Number(new URL(page.url()).searchParams.get('city-z-population.seed'));
    expect(seed).toBeGreaterThan(0);
    expect(await widget.locator('.status').innerText()).toContain(`Seed ${seed}`);
    await context.close();
  });
});
