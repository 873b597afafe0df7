// `npm run screenshots [path…]`: PNGs of built pages at 390 and 1280 px, light and dark, for review.
import { mkdir } from 'node:fs/promises';
import { startStaticServer } from '../scripts/static-server.mjs';
import { launchChromium } from './browser.mjs';

const paths = process.argv.slice(2);
const targets =
  paths.length > 0 ? paths : ['/', '/chapters/feeling-for-stones/', '/embed/top-level-design/'];
const out = 'test-results/screenshots';
await mkdir(out, { recursive: true });

const server = await startStaticServer({ dir: 'dist' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    for (const path of targets) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      console.log(`${out}/${name}`);
    }
    await page.close();
  }
}
await browser.close();
server.close();
