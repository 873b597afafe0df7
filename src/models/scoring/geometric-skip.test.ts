import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { geometricSkipSampler } from './geometric-skip';

/** P(skip = k) for Geometric(p) on 0, 1, 2, … */
const geometricProbability = (p: number, k: number) => (1 - p) ** k * p;

describe('geometricSkipSampler', () => {
  it('returns whole numbers of zero or more', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), fc.integer(), (p, seed) => {
        const skip = geometricSkipSampler(p);
        const random = seededRandom(seed);
        for (let draw = 0; draw < 50; draw++) {
          const gap = skip(random());
          expect(Number.isInteger(gap)).toBe(true);
          expect(gap).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  for (const p of [0.002, 0.02, 0.4]) {
    it(`matches Geometric(${p}) in frequency and mean`, () => {
      const skip = geometricSkipSampler(p);
      const random = seededRandom(17);
      const draws = 200_000;
      const counts = new Map<number, number>();
      let sum = 0;
      for (let draw = 0; draw < draws; draw++) {
        const gap = skip(random());
        counts.set(gap, (counts.get(gap) ?? 0) + 1);
        sum += gap;
      }
      const mean = (1 - p) / p;
      const sdOfMean = Math.sqrt((1 - p) / (p * p) / draws);
      expect(Math.abs(sum / draws - mean)).toBeLessThan(4 * sdOfMean);
      for (const k of [0, 1, 5, 64, 100, 1000]) {
        const expected = draws * geometricProbability(p, k);
        if (expected < 20) continue;
        const sd = Math.sqrt(expected);
        expect(Math.abs((counts.get(k) ?? 0) - expected)).toBeLessThan(4 * sd);
      }
    });
  }
});
