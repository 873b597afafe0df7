import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { widgets } from '../src/widgets/registry';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const embed = `${site}/embed/top-level-design/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('every widget frame', () => {
  it('cites the exact view, and the cited link reopens it', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${embed}?top-level-design.category=government`);
    await hydrateAll(page);
    await page.getByText('Cite this view').click();
    const apa = await page.getByLabel('APA').inputValue();
    const url = /from (\S+)\. Based on/.exec(apa)?.[1];
    expect(url).toContain('top-level-design.category=government');
    expect(url).toContain('v=');
    expect(await page.getByLabel('BibTeX').inputValue()).toMatch(/^@misc\{hbb-view-/);
    await page.goto(url!);
    await hydrateAll(page);
    await expect
      .poll(() => page.locator('.detail h3').innerText())
      .toContain('Government integrity');
    // Same version: no warning that the numbers may differ.
    expect(await page.getByText(/made with version/).count()).toBe(0);
    await context.close();
  });

  it('offers the data behind the view as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page } = await openPage(context, embed);
    await hydrateAll(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Get the data (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('top-level-design.csv');
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    expect(text.split('\r\n')[0]).toContain('Category,Target');
    await context.close();
  });

  it('locks every control of an embed opened with ?locked=1, and keeps it readable', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${embed}?locked=1&top-level-design.category=social`);
    await hydrateAll(page);
    const cell = page.getByRole('button', { name: /Business integrity, target/ });
    await expect.poll(() => cell.isDisabled()).toBe(true);
    expect(await page.locator('.detail').innerText()).toContain('Social integrity');
    await context.close();
  });

  it('warns calmly when a link was made with another model version', async () => {
    const context = await browser.newContext();
    const { page, report } = await openPage(context, `${embed}?v=0.0.1`);
    await hydrateAll(page);
    await expect.poll(() => page.getByText(/made with version 0\.0\.1/).count()).toBe(1);
    expect(report.errors).toEqual([]);
    await context.close();
  });
});

describe.each(widgets.map((w) => w.id))('%s', (id) => {
  it('offers the data of its current view as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page } = await openPage(context, `${site}/embed/${id}/`);
    await hydrateAll(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Get the data (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${id}.csv`);
    let text = '';
    for await (const chunk of await download.createReadStream()) text += String(chunk);
    const lines = text.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    await context.close();
  });
});
