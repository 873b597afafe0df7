import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSeed, randomInt, seededRandom, toSeed } from './random';

const take = (seed: number, n: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, random);
};

describe('seededRandom', () => {
  it('gives the same stream for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(take(seed, 20)).toEqual(take(seed, 20));
      }),
    );
  });

  it('gives different streams for neighbouring seeds', () => {
    expect(take(1, 8)).not.toEqual(take(2, 8));
  });

  it('matches its golden values, so Node and every browser agree', () => {
    const hash = take(42, 1000).reduce(
      (h, x) => (Math.imul(h, 31) + Math.floor(x * 2 ** 32)) >>> 0,
      7,
    );
    expect(take(42, 3).map((x) => x.toFixed(12))).toMatchSnapshot();
    expect(hash).toMatchSnapshot();
  });

  it('stays in [0, 1) with a mean near one half', () => {
    const xs = take(7, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
  });
});

describe('toSeed', () => {
  it('turns anything into an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const seed = toSeed(value);
        expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
      }),
    );
  });
});

describe('randomInt and deriveSeed', () => {
  it('keeps integers inside the inclusive range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(1000),
        fc.integer(),
        (min, span, seed) => {
          const value = randomInt(seededRandom(seed), min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
        },
      ),
    );
  });

  it('derives reproducible sub-seeds', () => {
    expect(deriveSeed(seededRandom(3))).toBe(deriveSeed(seededRandom(3)));
  });
});
