import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { SECTORS } from './bureaus';
import { GRADES } from './grades';
import { DEFAULT_BUSINESS_PARAMS, initialBusinessState, run, step } from './simulation';

const small = { ...DEFAULT_BUSINESS_PARAMS, firmsPerSector: 8, years: 2 };

describe('business simulation', () => {
  it('is deterministic per seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(run(small, seed)).toEqual(run(small, seed));
      }),
      { numRuns: 20 },
    );
  });

  it('differs between seeds', () => {
    expect(run(DEFAULT_BUSINESS_PARAMS, 1).final).not.toEqual(
      run(DEFAULT_BUSINESS_PARAMS, 2).final,
    );
  });

  it('gives one snapshot per quarter and keeps every firm counted', () => {
    const { snapshots } = run(DEFAULT_BUSINESS_PARAMS, 7);
    expect(snapshots).toHaveLength(DEFAULT_BUSINESS_PARAMS.years * 4);
    for (const snap of snapshots) {
      for (const sector of SECTORS) {
        const counts = snap.grades[sector];
        const total = [...GRADES, 'unrated' as const].reduce((sum, g) => sum + counts[g], 0);
        expect(total).toBe(DEFAULT_BUSINESS_PARAMS.firmsPerSector);
      }
    }
    expect(snapshots[0]).toMatchObject({ year: 2018, season: 1 });
    expect(snapshots.at(-1)).toMatchObject({ year: 2020, season: 4 });
  });

  it('rates food in the first quarter while yearly bureaus have not yet rated', () => {
    const first = run(DEFAULT_BUSINESS_PARAMS, 3).snapshots[0];
    expect(first?.grades.food.unrated).toBe(0);
    expect(first?.grades.training.unrated).toBe(DEFAULT_BUSINESS_PARAMS.firmsPerSector);
  });

  it('step depends only on its inputs, not on a clock', () => {
    const a = initialBusinessState(small, seededRandom(5));
    const b = initialBusinessState(small, seededRandom(5));
    expect(step(a, small, seededRandom(9))).toEqual(step(b, small, seededRandom(9)));
    expect(step(a, small, seededRandom(9)).quarter).toBe(a.quarter + 1);
  });

  it('lists nobody without prosecutions and lifts listings after the wait', () => {
    const calm = run({ ...DEFAULT_BUSINESS_PARAMS, violationRate: 0 }, 4);
    expect(calm.snapshots.every((s) => s.blacklisted === 0)).toBe(true);
    const busy = run({ ...DEFAULT_BUSINESS_PARAMS, violationRate: 1, years: 4 }, 4);
    expect(busy.snapshots.some((s) => s.blacklisted > 0)).toBe(true);
    for (const firm of busy.final.firms) {
      if (firm.blacklist) {
        expect(busy.final.quarter - 1 - firm.blacklist.since).toBeLessThan(
          DEFAULT_BUSINESS_PARAMS.delistAfterQuarters,
        );
      }
    }
  });

  it('spreads firms over several grades with the default parameters', () => {
    const last = run(DEFAULT_BUSINESS_PARAMS, 11).snapshots.at(-1);
    const used = GRADES.filter((g) => SECTORS.some((s) => (last?.grades[s][g] ?? 0) > 0));
    expect(used.length).toBeGreaterThanOrEqual(3);
  });
});
