import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allStateLinks, type StateLink } from '../src/data/teaching';
import { launchChromium } from './browser.mjs';
import { SUB_PATH } from './global-setup';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
const teach = `${site}/teach/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The embed links the built page actually carries, in page order, without repeats. */
async function embedHrefs(origin: string, path: string): Promise<string[]> {
  const context = await browser.newContext();
  const { page } = await openPage(context, origin + path);
  const hrefs = await page
    .locator('a[href*="/embed/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await context.close();
  return [...new Set(hrefs)];
}

describe('the teachers’ page', () => {
  it('loads without errors, with every section in heading order', async () => {
    const context = await browser.newContext();
    const { page, report, status } = await openPage(context, teach);
    expect(status).toBe(200);
    expect(report.errors).toEqual([]);
    expect(report.foreignRequests).toEqual([]);
    const headings = await page
      .locator('main h2')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim()));
    expect(headings).toEqual([
      'Learning goals',
      'Lesson plans',
      'Discussion questions by chapter',
      'Predict, run, explain',
      'Printable handout',
    ]);
    // No level is skipped anywhere on the page.
    const levels = await page
      .locator('main h1, main h2, main h3, main h4, main h5, main h6')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName.slice(1))));
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it('links every activity view, built from the teaching data', async () => {
    const hrefs = await embedHrefs(site, '/teach/');
    const expected = new Set(allStateLinks().map((link) => `${link.widget}?${link.state}`));
    const found = new Set(
      hrefs.map((href) => {
        const url = new URL(href, site);
        const widget = url.pathname.split('/').filter(Boolean).at(-1);
        return `${widget}?${url.searchParams.toString()}`;
      }),
    );
    const normalise = (key: string) => {
      const [widget, query] = key.split('?');
      return `${widget}?${new URLSearchParams(query).toString()}`;
    };
    expect([...found].sort()).toEqual([...expected].map(normalise).sort());
  });

  it(`keeps every link under the base path in the build under ${SUB_PATH}`, async () => {
    const origin = inject('subSiteOrigin');
    const context = await browser.newContext();
    const { page } = await openPage(context, `${origin}${SUB_PATH}teach/`);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href.startsWith(SUB_PATH), href).toBe(true);
    await context.close();
  });
});

describe('each activity link', () => {
  const links = allStateLinks();
  const unique = [...new Map(links.map((link) => [`${link.widget}?${link.state}`, link])).values()];

  it.each(unique.map((link) => [`${link.widget}?${link.state}`, link] as const))(
    '%s opens the widget in the linked state',
    async (_name, link: StateLink) => {
      const context = await browser.newContext();
      const query = link.state ? `?${link.state}` : '';
      const { page, report } = await openPage(context, `${site}/embed/${link.widget}/${query}`);
      await hydrateAll(page);
      const widget = page.locator(`[data-widget="${link.widget}"]`);
      await expect.poll(() => widget.isVisible()).toBe(true);
      // The link was read as written: no calm "adjusted" note, and the address keeps every field.
      expect(await widget.locator('.widget-adjusted').count()).toBe(0);
      const wanted = new URLSearchParams(link.state);
      const params = new URL(page.url()).searchParams;
      for (const [key, value] of wanted) expect(params.get(key), key).toBe(value);
      if (link.shows) {
        await expect.poll(() => widget.innerText(), { timeout: 10_000 }).toContain(link.shows);
      }
      expect(report.errors).toEqual([]);
      await context.close();
    },
  );
});

describe('the printable handout', () => {
  it('prints without the site chrome, buttons or navigation, and with link addresses', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, teach);
    // On screen, the print buttons appear once the script runs.
    await expect
      .poll(() => page.getByRole('button', { name: /Print the student sheet/ }).isVisible())
      .toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav', 'button', '.no-print']) {
      const count = await page.locator(selector).count();
      for (let i = 0; i < count; i++) {
        expect(await page.locator(selector).nth(i).isVisible(), `${selector} #${i}`).toBe(false);
      }
    }
    const sheet = page.locator('.sheet');
    expect(await sheet.isVisible()).toBe(true);
    // Each widget link on the sheet prints its full address after the label.
    const after = await sheet
      .locator('a[href*="/embed/"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain(`${site}/embed/`);
    // Activities are not split across pages.
    const breakInside = await page
      .locator('.activity')
      .first()
      .evaluate((node) => getComputedStyle(node).breakInside);
    expect(breakInside).toBe('avoid');
    await context.close();
  });

  it('produces an A4 PDF of at least two pages, and a sheet-only PDF', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, teach);
    await page.emulateMedia({ media: 'print' });
    const pages = (pdf: Buffer) =>
      pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const guide = await page.pdf({ format: 'A4' });
    expect(guide.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pages(guide)).toBeGreaterThanOrEqual(2);
    // "Print the student sheet only" keeps the sheet and drops the rest of the guide.
    await page.evaluate(() => document.documentElement.classList.add('print-sheet-only'));
    expect(await page.locator('#goals').isVisible()).toBe(false);
    expect(await page.locator('.sheet').isVisible()).toBe(true);
    const sheet = await page.pdf({ format: 'A4' });
    expect(sheet.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pages(sheet)).toBeGreaterThanOrEqual(2);
    expect(pages(sheet)).toBeLessThan(pages(guide));
    await context.close();
  });
});
