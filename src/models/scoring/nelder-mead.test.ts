import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic bowl', () => {
    const minimum = nelderMead(([x = 0, y = 0]) => (x - 3) ** 2 + 2 * (y + 1) ** 2, [0, 0], {
      step: 1,
      maxIterations: 500,
      tolerance: 1e-14,
    });
    expect(minimum.point[0]).toBeCloseTo(3, 5);
    expect(minimum.point[1]).toBeCloseTo(-1, 5);
    expect(minimum.loss).toBeLessThan(1e-10);
  });

  it('walks the Rosenbrock valley to (1, 1)', () => {
    const minimum = nelderMead(
      ([x = 0, y = 0]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
      [-1.2, 1],
      { step: 0.5, maxIterations: 2000, tolerance: 1e-16 },
    );
    expect(minimum.point[0]).toBeCloseTo(1, 3);
    expect(minimum.point[1]).toBeCloseTo(1, 3);
  });

  it('stops at the iteration limit', () => {
    const minimum = nelderMead(([x = 0]) => x * x, [10], {
      step: 1,
      maxIterations: 3,
      tolerance: 0,
    });
    expect(minimum.iterations).toBe(3);
  });
});
