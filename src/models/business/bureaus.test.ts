import { describe, expect, it } from 'vitest';
import { bureauFor, RATING_BUREAUS, ratesInQuarter, SECTORS } from './bureaus';

const ratingQuarters = (sector: (typeof SECTORS)[number], quarters: number) =>
  Array.from({ length: quarters }, (_, q) => q).filter((q) => ratesInQuarter(bureauFor(sector), q));

describe('classified and hierarchical supervision', () => {
  it('gives every sector exactly one rating bureau', () => {
    expect(RATING_BUREAUS.map((b) => b.sector).sort()).toEqual([...SECTORS].sort());
  });

  it('names the bureaus the paper names', () => {
    expect(bureauFor('elderly-care').bureau).toBe('Civil Affairs Bureau');
    expect(bureauFor('training').bureau).toBe('Education Bureau');
    expect(bureauFor('construction').bureau).toMatch(/Housing/);
    expect(bureauFor('food').bureauSource).toBe('inference');
  });

  it('rates food safety every season and the others once a year', () => {
    expect(ratingQuarters('food', 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const sector of ['elderly-care', 'training', 'construction'] as const) {
      expect(ratingQuarters(sector, 12)).toHaveLength(3);
    }
  });

  it('only the Education Bureau checks foreign teachers', () => {
    for (const b of RATING_BUREAUS) {
      expect(b.checks.includes('foreign-teacher-permits')).toBe(b.sector === 'training');
    }
  });
});
