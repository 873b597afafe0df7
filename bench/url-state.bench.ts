import { test } from 'vitest';
import { seededRandom } from '../src/models/random';
import { parseState, serialiseState } from '../src/models/url-state';
import { widgets } from '../src/widgets/registry';

const schema = {
  category: { kind: 'enum', options: ['business', 'government', 'social'], default: 'business' },
  strength: { kind: 'number', min: 0, max: 2, step: 0.05, default: 1 },
  records: { kind: 'set', options: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], default: [] },
  live: { kind: 'boolean', default: false },
  seed: { kind: 'seed', default: 2020 },
} as const;

test('URL state and PRNG', async ({ bench }) => {
  const params = new URLSearchParams(
    'w.category=social&w.strength=1.37&w.records=b,d,zz,h&w.live=1&w.seed=99&other=1',
  );
  const random = seededRandom(1);
  const cases = [
    bench('parseState, 5 fields', () => parseState(schema, params, 'w')),
    bench('serialiseState, 5 fields', () =>
      serialiseState(schema, parseState(schema, params, 'w').state, 'w'),
    ),
    bench(`parseState for every registered widget (${widgets.length})`, () => {
      for (const widget of widgets) parseState(widget.schema, params, widget.id);
    }),
    bench('seededRandom, 1,000,000 draws', () => {
      let sum = 0;
      for (let i = 0; i < 1_000_000; i++) sum += random();
      return sum;
    }),
  ];
  for (const task of cases) {
    const result = await task.run({ time: 500, warmupTime: 100 });
    console.log(`${result.name}: median ${(result.latency.p50 * 1000).toFixed(2)} µs`);
  }
});
