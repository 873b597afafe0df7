import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { builtPages, hydrateAll, type Browser } from './site';

const site = inject('siteOrigin');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

// Both themes on a laptop, and the phone layout (stacked tables, wrapped navigation) once.
describe.each([
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 390 },
] as const)('axe-core, $colorScheme theme, $width px', ({ colorScheme, width }) => {
  it.each(builtPages())('%s has no WCAG 2.2 AA violation', async (path) => {
    const context = await browser.newContext({ colorScheme, viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(site + path, { waitUntil: 'networkidle' });
    await hydrateAll(page);
    // Back to the top: mid-page, the sticky header covers whatever has scrolled under it, and
    // axe would count a control there as too small a target.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    // Measure with the web font in place: the fallback's metrics move targets by a pixel or two.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    await context.close();
  });
});
