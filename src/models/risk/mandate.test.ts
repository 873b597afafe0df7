import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  failFromDistribution,
  mandateFailChance,
  mandatePassed,
  successDistribution,
} from './mandate';
import { defaultMandate } from './params';

describe('success distribution', () => {
  it('is a probability distribution with the right mean', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 9 }), (qs) => {
        const d = Array.from(successDistribution(qs));
        expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        const mean = d.reduce((a, p, k) => a + p * k, 0);
        expect(mean).toBeCloseTo(
          qs.reduce((a, b) => a + b, 0),
          9,
        );
      }),
    );
  });
});

describe('mandate', () => {
  it('passes for sure once paper credit alone reaches the threshold', () => {
    expect(mandateFailChance(9, [], { ...defaultMandate, threshold: 0.5 }, 9)).toBe(0);
  });

  it('fails for sure with nothing attempted', () => {
    expect(mandateFailChance(0, [], defaultMandate, 9)).toBe(1);
  });

  it('fails less often as full attempts get likelier to work', () => {
    const fail = (q: number) => mandateFailChance(9, [q, q, q, q], defaultMandate, 9);
    expect(fail(0.9)).toBeLessThan(fail(0.5));
    expect(fail(0.5)).toBeLessThan(fail(0.1));
  });

  it('agrees with the realised check', () => {
    // Threshold 0.6 × 9 = 5.4 credits: 1 + 6 × 0.5 = 4 fails, 4 + 5 × 0.5 = 6.5 passes.
    expect(mandatePassed([1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0, 0], defaultMandate)).toBe(false);
    expect(mandatePassed([1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5], defaultMandate)).toBe(true);
    const dist = successDistribution([1, 1, 1, 1]);
    expect(failFromDistribution(dist, 4, 9, defaultMandate, 9)).toBe(0);
  });
});
