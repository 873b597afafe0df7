import { test } from 'vitest';
import { bestChoice } from '../src/models/risk/cadre';
import { run } from '../src/models/risk/cities';
import { defaultCitiesParams, scenarios } from '../src/models/risk/city-params';
import { defaultCadreParams } from '../src/models/risk/params';
import { orderingSensitivity } from '../src/models/risk/sensitivity';

test('cadre: enumerate all 3^9 = 19,683 choices', async ({ bench }) => {
  let appetite = 0;
  // A new risk appetite on every call, as when a reader drags the slider.
  const result = await bench('cadre: bestChoice', () => {
    appetite = (appetite + 0.01) % 1;
    bestChoice({ ...defaultCadreParams(), riskAppetite: appetite });
  }).run({ time: 1000, warmupTime: 300 });
  console.log(`cadre bestChoice median: ${result.latency.p50.toFixed(2)} ms`);
});

test('cities: 300 cities × 12 years (budget 50 ms)', async ({ bench }) => {
  let seed = 0;
  for (const scenario of scenarios()) {
    const result = await bench(`cities: ${scenario.label}`, () => {
      seed += 1;
      run(scenario.params, seed);
    }).run({ time: 1000, warmupTime: 300 });
    console.log(`cities run median, ${scenario.label}: ${result.latency.p50.toFixed(1)} ms`);
  }
  const cold = performance.now();
  run(defaultCitiesParams(), 12345);
  console.log(`cities run, one more call: ${(performance.now() - cold).toFixed(1)} ms`);
});

test('sensitivity: tornado of the category ordering', async ({ bench }) => {
  const result = await bench('sensitivity: orderingSensitivity', () => {
    orderingSensitivity(defaultCadreParams());
  }).run({ iterations: 3, time: 0, warmupIterations: 1 });
  console.log(`sensitivity median: ${result.latency.p50.toFixed(0)} ms`);
});
