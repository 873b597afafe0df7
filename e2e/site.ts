import { builtPagesOf } from './built-pages.mjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Every HTML page of a build as a URL path, 404 page excluded. */
export function builtPages(dir = 'dist'): string[] {
  return builtPagesOf(dir);
}

/** What a page did while loading: console errors, CSP violations, requests to other origins. */
export interface PageReport {
  errors: string[];
  foreignRequests: string[];
  requests: string[];
}

/** Open a page with listeners attached before anything loads. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; report: PageReport; status: number | undefined }> {
  const page = await context.newPage();
  const report: PageReport = { errors: [], foreignRequests: [], requests: [] };
  const own = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(error.message));
  page.on('request', (request) => {
    report.requests.push(request.url());
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== own)
      report.foreignRequests.push(request.url());
  });
  await page.addInitScript(() => {
    const store = window as unknown as { __csp: string[] };
    store.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      store.__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  return { page, report, status: response?.status() };
}

/** CSP violations the page reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/** Scroll every island into view and wait until Astro has hydrated them all. */
export async function hydrateAll(page: Page): Promise<number> {
  // Islands are display: contents, so scroll to their first rendered child instead.
  const count = await page.evaluate(async () => {
    const islands = [...document.querySelectorAll('astro-island')];
    for (const island of islands) {
      island.firstElementChild?.scrollIntoView({ block: 'center' });
      await new Promise((done) => requestAnimationFrame(done));
    }
    return islands.length;
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  return count;
}

export type { Browser, Page };

/** The page's width as laid out on a 320 px phone, once its widgets have hydrated. */
export async function widthOnSmallestPhone(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const { page } = await openPage(context, url);
  await hydrateAll(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await context.close();
  return width;
}
