// `npm run size`: JavaScript a reader downloads on each chapter and embed page, gzipped, before
// any widget is on screen and after every widget has hydrated. Reads the build in dist/.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startStaticServer } from '../scripts/static-server.mjs';
import { builtPagesOf } from './built-pages.mjs';
import { launchChromium } from './browser.mjs';

const server = await startStaticServer({ dir: 'dist' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const gz = (url) => gzipSync(readFileSync(`dist${new URL(url).pathname}`)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('page | JS gz on load | JS gz after all widgets hydrate');
for (const path of builtPagesOf('dist').filter(
  (p) => /^\/(chapters|embed)\//.test(p) || p === '/',
)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(origin))
      scripts.add(request.url());
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const onLoad = [...scripts].reduce((sum, url) => sum + gz(url), 0);
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island')) {
      island.firstElementChild?.scrollIntoView();
      await new Promise((done) => setTimeout(done, 50));
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForLoadState('networkidle');
  const hydrated = [...scripts].reduce((sum, url) => sum + gz(url), 0);
  console.log(`${path} | ${kb(onLoad)} | ${kb(hydrated)}`);
  await page.close();
}
await browser.close();
server.close();
