import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tk1992 } from './params';
import {
  branchWeights,
  expectedOutcome,
  prospectValue,
  value,
  weight,
  withRiskAppetite,
} from './prospect';

const amount = fc.double({ min: 0, max: 100, noNaN: true });

describe('value function', () => {
  it('is monotone increasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), amount, (x, d) => {
        expect(value(x + d, tk1992)).toBeGreaterThanOrEqual(value(x, tk1992));
      }),
    );
  });

  it('is loss averse: a loss hurts more than an equal gain pleases', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 100, noNaN: true }), (x) => {
        expect(-value(-x, tk1992)).toBeGreaterThan(value(x, tk1992));
      }),
    );
  });

  it('uses the TK1992 form', () => {
    expect(value(2, tk1992)).toBeCloseTo(2 ** 0.88, 12);
    expect(value(-2, tk1992)).toBeCloseTo(-2.25 * 2 ** 0.88, 12);
  });
});

describe('probability weighting', () => {
  it('fixes 0 and 1, overweights small and underweights large chances', () => {
    expect(weight(0, 0.61)).toBe(0);
    expect(weight(1, 0.61)).toBe(1);
    expect(weight(0.01, 0.61)).toBeGreaterThan(0.01);
    expect(weight(0.9, 0.61)).toBeLessThan(0.9);
  });

  it('is monotone in the probability', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(weight(hi, 0.69)).toBeGreaterThanOrEqual(weight(lo, 0.69) - 1e-12);
        },
      ),
    );
  });

  it('gives cumulative weights that sum to w(total) on each side', () => {
    const branches = [
      { outcome: 2, probability: 0.3 },
      { outcome: 1, probability: 0.2 },
      { outcome: -3, probability: 0.1 },
      { outcome: -1, probability: 0.4 },
    ];
    const w = branchWeights(branches, tk1992);
    expect((w[0] ?? 0) + (w[1] ?? 0)).toBeCloseTo(weight(0.5, 0.61), 12);
    expect((w[2] ?? 0) + (w[3] ?? 0)).toBeCloseTo(weight(0.5, 0.69), 12);
  });
});

describe('prospect value', () => {
  it('equals the expected outcome for a risk-neutral cadre without weighting', () => {
    const neutral = { ...tk1992, alpha: 1, beta: 1, lambda: 1, weighting: false };
    const branches = [
      { outcome: 3, probability: 0.25 },
      { outcome: -2, probability: 0.5 },
    ];
    expect(prospectValue(branches, neutral)).toBeCloseTo(expectedOutcome(branches), 12);
  });

  it('rejects a fair coin toss at default preferences', () => {
    expect(
      prospectValue(
        [
          { outcome: 1, probability: 0.5 },
          { outcome: -1, probability: 0.5 },
        ],
        tk1992,
      ),
    ).toBeLessThan(0);
  });
});

describe('risk appetite', () => {
  it('keeps TK1992 at 0 and mirrors loss aversion at 1', () => {
    expect(withRiskAppetite(tk1992, 0).lambda).toBeCloseTo(2.25, 12);
    expect(withRiskAppetite(tk1992, 0.5).lambda).toBeCloseTo(1, 12);
    expect(withRiskAppetite(tk1992, 1).lambda).toBeCloseTo(1 / 2.25, 12);
    expect(withRiskAppetite(tk1992, 1).alpha).toBeGreaterThan(1);
  });

  it('makes a gamble with a chance of loss more attractive as it grows', () => {
    const gamble = [
      { outcome: 2, probability: 0.4 },
      { outcome: -2, probability: 0.3 },
    ];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const v = (r: number) => prospectValue(gamble, withRiskAppetite(tk1992, r));
          expect(v(hi)).toBeGreaterThanOrEqual(v(lo) - 1e-9);
        },
      ),
    );
  });
});
