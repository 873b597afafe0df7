import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { builtPages, cspViolations, hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('every built page', () => {
  const pages = builtPages();

  it('includes the home page, every chapter, every embed and the sources page', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/sources/');
    expect(pages.some((p) => p.startsWith('/chapters/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('/embed/'))).toBe(true);
  });

  it.each(pages)(
    '%s loads with status 200, no error, no CSP violation, nothing foreign',
    async (path) => {
      const context = await browser.newContext();
      const { page, report, status } = await openPage(context, site + path);
      expect(status).toBe(200);
      await hydrateAll(page);
      // Workers' requests are not all visible to Playwright in Chromium; the CSP (connect-src
      // 'self', worker-src 'self') blocks any that would leave, and would be counted below.
      expect(await cspViolations(page)).toEqual([]);
      expect(report.errors).toEqual([]);
      expect(report.foreignRequests).toEqual([]);
      await context.close();
    },
  );
});

describe('islands', () => {
  it('ship no widget code to pages without a widget', async () => {
    const context = await browser.newContext();
    const { report } = await openPage(context, `${site}/sources/`);
    const scripts = report.requests.filter((url) => url.endsWith('.js'));
    expect(scripts.some((url) => /client|svelte|Island|TopLevel/i.test(url))).toBe(false);
    await context.close();
  });
});
