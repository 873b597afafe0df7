import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.mjs';
import { builtPages, hydrateAll, openPage, type Browser, type Page } from './site';

const site = inject('siteOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** The pages whose tables hold prose: each must read on a phone without sideways scrolling. */
const pages = ['/sources/', '/method/', '/teach/'];

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  return (await openPage(context, `${site}${path}`)).page;
}

/** Roles of the cells in the page's accessibility tree, as Chromium computes them. */
async function cellRoles(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string } }[];
  };
  return nodes.filter((node) => node.role?.value === 'cell').length;
}

describe.each(pages)('%s', (path) => {
  it('stacks its wide tables on a 390 px phone, keeping them tables for screen readers', async () => {
    const page = await open(path, 390);
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('table.stack-on-phones')].map((table) => ({
        overflow: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
        rowDisplay: getComputedStyle(table.querySelector('tbody tr')!).display,
        headerHeight: table.querySelector('thead')!.getBoundingClientRect().height,
        cells: table.querySelectorAll('td').length,
      })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.overflow).toBeLessThanOrEqual(0);
      expect(table.rowDisplay).toBe('block');
      expect(table.headerHeight).toBeLessThanOrEqual(1);
    }
    const cells = tables.reduce((sum, table) => sum + table.cells, 0);
    expect(await cellRoles(page)).toBeGreaterThanOrEqual(cells);
    await page.context().close();
  });

  it('keeps them as tables on a laptop', async () => {
    const page = await open(path, 1280);
    const displays = await page.evaluate(() =>
      [...document.querySelectorAll('table.stack-on-phones tbody tr')].map(
        (row) => getComputedStyle(row).display,
      ),
    );
    expect(displays.length).toBeGreaterThan(0);
    expect(new Set(displays)).toEqual(new Set(['table-row']));
    await page.context().close();
  });
});

describe('a score’s ledger on a 390 px phone', () => {
  it('shows every line’s points beside its record, with nothing to scroll sideways', async () => {
    const page = await open('/embed/score-a-citizen/?score-a-citizen.regime=outline', 390);
    const ledger = page.locator('table.ledger');
    await ledger.scrollIntoViewIfNeeded();
    const layout = await ledger.evaluate((table) => ({
      overflow: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
      rows: [...table.querySelectorAll('tbody tr')].map((row) => {
        const record = row.querySelector('th')!.getBoundingClientRect();
        const points = row.querySelector('.num')!.getBoundingClientRect();
        return { pointsRight: points.right, sameLine: Math.abs(points.top - record.top) < 4 };
      }),
    }));
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.rows.length).toBeGreaterThan(3);
    for (const row of layout.rows) {
      expect(row.pointsRight).toBeLessThanOrEqual(390);
      expect(row.sameLine).toBe(true);
    }
    await page.context().close();
  });
});

describe('every table on a 390 px phone', () => {
  it.each(builtPages())('%s: no table needs sideways scrolling', async (path) => {
    const page = await open(path, 390);
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await hydrateAll(page);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .map((table) => {
          let box = table.parentElement;
          while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
          const overflow = box ? box.scrollWidth - box.clientWidth : 0;
          return `${table.caption?.textContent?.trim() ?? table.rows[0]?.textContent?.trim()}: ${overflow} px`;
        })
        .filter((line) => !/: [01] px$|: -\d+ px$/.test(line)),
    );
    expect(wide).toEqual([]);
    await page.context().close();
  });
});
