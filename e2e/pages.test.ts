import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { builtPages, cspViolations, hydrateAll, openPage, type Browser, type Page } from './site';

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
    '%s loads with status 200, no error, no CSP violation, nothing foreign, curly quotes',
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
      expect(await straightQuotes(page)).toEqual([]);
      await context.close();
    },
  );
});

/** Text showing a straight quote or apostrophe, once hydrated; code and form fields aside. */
function straightQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('code, pre, script, style, textarea')) continue;
      const text = node.textContent ?? '';
      if (/["']/.test(text)) found.push(text.trim().slice(0, 80));
    }
    return found;
  });
}

describe('islands', () => {
  /** The component module of every island, by page, read from the built HTML. */
  const islandsByPage = new Map(
    builtPages().map((path) => {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      return [path, new Set([...html.matchAll(/component-url="([^"]+)"/g)].map((m) => m[1]!))];
    }),
  );
  const allIslands = new Set([...islandsByPage.values()].flatMap((set) => [...set]));

  it.each([...islandsByPage.keys()])('%s loads only its own widgets’ code', async (path) => {
    const own = islandsByPage.get(path)!;
    const context = await browser.newContext();
    const { page, report } = await openPage(context, site + path);
    await hydrateAll(page);
    const loaded = report.requests.map((url) => new URL(url).pathname);
    const foreign = [...allIslands].filter((module) => !own.has(module) && loaded.includes(module));
    expect(foreign).toEqual([]);
    for (const module of own) expect(loaded).toContain(module);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('turns off smooth scrolling and page transitions', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const { page } = await openPage(context, `${site}/chapters/feeling-for-stones/`);
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('auto');
    await context.close();
    const moving = await browser.newContext({ reducedMotion: 'no-preference' });
    const { page: other } = await openPage(moving, `${site}/chapters/feeling-for-stones/`);
    expect(
      await other.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
    ).toBe('smooth');
    await moving.close();
  });
});
