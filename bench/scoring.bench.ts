import { test } from 'vitest';
import { exactDistribution } from '../src/models/scoring/exact';
import { simulatePopulation } from '../src/models/scoring/monte-carlo';
import { buildCustomRegime, cityZ2020, outlineAsDesigned } from '../src/models/scoring/regimes';
import { adultPopulation } from '../src/models/scoring/segments';

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

test('exact engine, full catalogue', async ({ bench }) => {
  let strength = 0;
  // A new dial position on every call, as when a reader drags a slider: nothing can be cached.
  const afterChange = await bench('exact: custom regime after a parameter change', () => {
    strength = (strength + 0.01) % 2;
    exactDistribution(buildCustomRegime({ deductionStrength: strength, deductionShare: 0.7 }));
  }).run({ time: 2000, warmupTime: 300 });
  const cityZ = await bench('exact: City Z in 2020', () => {
    exactDistribution(cityZ2020);
  }).run({ time: 1000, warmupTime: 300 });
  console.log(
    `exact engine median: ${afterChange.latency.p50.toFixed(3)} ms after a parameter change, ` +
      `${cityZ.latency.p50.toFixed(3)} ms for City Z in 2020`,
  );
});

test(`Monte Carlo, all ${adultPopulation} adults`, async ({ bench }) => {
  let seed = 0;
  for (const regime of [cityZ2020, outlineAsDesigned]) {
    const result = await bench(`Monte Carlo: ${regime.label}`, () => {
      seed += 1;
      simulatePopulation(regime, seed);
    }).run({ iterations: 8, time: 0, warmupIterations: 2 });
    console.log(`Monte Carlo median, ${regime.label}: ${result.latency.p50.toFixed(1)} ms`);
  }
  const simulation = simulatePopulation(cityZ2020, 1);
  const retained = simulation.scores.byteLength + simulation.histogram.byteLength;
  const { arrayBuffers, heapUsed, rss } = process.memoryUsage();
  console.log(
    `Monte Carlo memory: ${megabytes(retained)} of typed arrays kept per simulation ` +
      `(scores ${megabytes(simulation.scores.byteLength)}); process now holds ` +
      `${megabytes(arrayBuffers)} in array buffers, ${megabytes(heapUsed)} of JS heap, ${megabytes(rss)} RSS`,
  );
});
