import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { widgets } from '../src/widgets/registry';
import { launchChromium } from './browser.mjs';
import { hydrateAll, openPage, type Browser } from './site';

const site = inject('siteOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

// axe accepts a control wrapped in a <label> even when the browser ties that label to another
// element (an <output> inside it is labelable too), so check what the browser itself computes.
describe.each(widgets.map((w) => w.id))('%s', (id) => {
  it('gives every form control a label of its own', async () => {
    const context = await browser.newContext();
    const { page } = await openPage(context, `${site}/embed/${id}/`);
    await hydrateAll(page);
    const unlabelled = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLInputElement>(
          'input:not([type="hidden"]), select, textarea',
        ),
      ]
        .filter(
          (control) =>
            control.labels?.length === 0 &&
            !control.getAttribute('aria-label') &&
            !control.getAttribute('aria-labelledby'),
        )
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);
    await context.close();
  });
});
