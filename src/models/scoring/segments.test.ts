import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adultPopulation, apportion, segments } from './segments';

describe('population segments', () => {
  it('has shares summing to 1 and people summing to Table 2’s total', () => {
    expect(segments.reduce((sum, segment) => sum + segment.share, 0)).toBeCloseTo(1, 12);
    expect(segments.reduce((sum, segment) => sum + segment.people, 0)).toBe(adultPopulation);
    expect(adultPopulation).toBe(6_914_564);
  });

  it('apportions any total exactly, each count within one of its quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (total, shares) => {
          const counts = apportion(total, shares);
          const sumOfShares = shares.reduce((sum, share) => sum + share, 0);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
          counts.forEach((count, index) => {
            expect(Math.abs(count - (total * shares[index]!) / sumOfShares)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
