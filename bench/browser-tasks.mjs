// Part of `npm run bench`: the longest main-thread task (from Chromium's long-task observer, which
// reports tasks over 50 ms) while a reader works each heavy control, and the worker's time for
// all 6,914,564 adults. Figures, not assertions: targets are read off, not enforced by tests.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { startStaticServer } from '../scripts/static-server.mjs';
import { build } from 'esbuild';
import { launchChromium } from '../e2e/browser.mjs';

if (!existsSync('dist/index.html')) spawnSync('astro', ['build'], { stdio: 'inherit' });
const server = await startStaticServer({ dir: 'dist' });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** Open an embed, run `act`, and report the long tasks it caused. */
async function measure(label, path, act) {
  const page = await browser.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const extra = await act(page);
  await page.waitForTimeout(500);
  const long = await page.evaluate(() => window.__long);
  const worst = long.length
    ? `${Math.max(...long).toFixed(0)} ms (${long.length} over 50 ms)`
    : 'none over 50 ms';
  console.log(`${label}: longest main-thread task ${worst}${extra ? `; ${extra}` : ''}`);
  await page.close();
}

async function drag(page, name, presses = 20) {
  const slider = page.getByRole('slider', { name }).first();
  await slider.focus();
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowRight');
}

await measure('Be the cadre, risk appetite slider (20 steps)', '/embed/be-the-cadre/', (page) =>
  drag(page, 'Risk appetite'),
);
await measure('Country of cities, switch scenario', '/embed/country-of-cities/', async (page) => {
  const started = Date.now();
  await page.getByLabel('Scenario').selectOption('clear-blueprint');
  await page.waitForFunction(
    () =>
      new URL(location.href).searchParams.get('country-of-cities.scenario') === 'clear-blueprint',
  );
  await page.waitForFunction(() =>
    document.querySelector('.status')?.textContent?.includes('2020:'),
  );
  return `new scenario ready in ${Date.now() - started} ms`;
});
await measure(
  'City Z population, custom regime, deduction strength slider (20 steps)',
  '/embed/city-z-population/?city-z-population.regime=custom',
  (page) => drag(page, /Deduction strength/),
);
/** The worker's own time for one simulation, as the widget prints it. */
const simulatedMilliseconds = (page) =>
  page.evaluate(() =>
    Number(/simulated in ([\d,]+) ms/i.exec(document.body.innerText)?.[1]?.replace(/,/g, '')),
  );

// Each click meets another citizen: a new seed, so the worker simulates everyone again.
for (const [label, regime] of [
  ['City Z in 2020', 'cityZ2020'],
  ['the Outline as designed', 'outline'],
  ['custom ×2 deductions', 'custom&city-z-population.strength=2'],
]) {
  await measure(
    `City Z population, meet a random citizen 7 times (worker), ${label}`,
    `/embed/city-z-population/?city-z-population.regime=${regime}`,
    async (page) => {
      const times = [];
      for (let click = 0; click < 7; click++) {
        const before = await page.evaluate(() => document.body.innerText);
        await page.getByRole('button', { name: /meet/i }).first().click();
        await page.waitForFunction(
          (previous) =>
            /simulated in/i.test(document.body.innerText) && document.body.innerText !== previous,
          before,
          { timeout: 20_000 },
        );
        await page.waitForFunction(() => !/Computing/.test(document.body.innerText));
        times.push(await simulatedMilliseconds(page));
      }
      const sorted = [...times].sort((a, b) => a - b);
      return `all adults simulated in the worker: median ${sorted[3]} ms (target ≤ 300; runs ${times.join(', ')} ms)`;
    },
  );
}

// The padded 189-indicator catalogue exists only in the bench, so it runs in a worker of a blank
// page rather than in the widget.
{
  const bundle = await build({
    entryPoints: ['bench/monte-carlo-worker.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const page = await browser.newPage();
  const timings = await page.evaluate(
    (source) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(URL.createObjectURL(new Blob([source])));
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
      }),
    bundle.outputFiles[0].text,
  );
  for (const { label, medianMilliseconds } of timings) {
    console.log(
      `Chromium worker, all adults, ${label}: median ${medianMilliseconds.toFixed(0)} ms (target ≤ 300)`,
    );
  }
  await page.close();
}

await browser.close();
server.close();
