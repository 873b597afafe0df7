import { test } from 'vitest';
import { DEFAULT_BUSINESS_PARAMS, run } from '../src/models/business';
import {
  advanceRound,
  answerable,
  initialPlatformState,
  NOV_2020,
  orderUnit,
  platformHierarchy,
  QUERIES,
  runPlatform,
} from '../src/models/platform';
import { seededRandom } from '../src/models/random';

test('platform model, per reader interaction', async ({ bench }) => {
  // A mid-run state (mid-2019) with every status present, as the widget would hold it.
  const midway = runPlatform(18, 1).final;
  const launch = initialPlatformState();
  const random = seededRandom(1);
  const cases = [
    bench('advanceRound (667 units)', () => advanceRound(midway, random)),
    // At launch, so the order is accepted and cascades to the district's own bureaus.
    bench('orderUnit on a district (cascade)', () => orderUnit(launch, 'district-1')),
    bench('answerable, all queries', () => QUERIES.map((q) => answerable(q, midway))),
    bench('platformHierarchy (d3 input)', () => platformHierarchy(midway)),
  ];
  for (const task of cases) {
    const result = await task.run({ time: 500, warmupTime: 100 });
    console.log(`${result.name}: median ${(result.latency.p50 * 1000).toFixed(1)} µs`);
  }
  const bytes = JSON.stringify(midway).length;
  console.log(`serialised platform state: ${(bytes / 1024).toFixed(1)} KB`);
});

test('whole runs', async ({ bench }) => {
  let seed = 0;
  const platform = await bench(`runPlatform to ${NOV_2020.date} (${NOV_2020.round} rounds)`, () => {
    seed += 1;
    runPlatform(NOV_2020.round, seed);
  }).run({ time: 1000, warmupTime: 200 });
  console.log(`${platform.name}: median ${platform.latency.p50.toFixed(2)} ms`);
  const business = await bench('business run, default params (100 firms, 12 quarters)', () => {
    seed += 1;
    run(DEFAULT_BUSINESS_PARAMS, seed);
  }).run({ time: 1000, warmupTime: 200 });
  console.log(`${business.name}: median ${business.latency.p50.toFixed(2)} ms`);
});
