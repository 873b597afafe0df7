import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCareer, tk1992 } from './params';
import { levelIds, practiceBranches } from './practice-outcomes';
import { levelValue } from './practice-value';
import { prospectValue, withRiskAppetite } from './prospect';

const unit = fc.double({ min: 0, max: 1, noNaN: true });

describe('levelValue', () => {
  it('matches cumulative prospect theory on the branches, for any practice and cadre', () => {
    fc.assert(
      fc.property(
        unit,
        unit,
        unit,
        unit,
        fc.constantFrom(...levelIds),
        fc.boolean(),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (precedent, difficulty, backlashHazard, r, level, weighting, gain) => {
          const p = { precedent, difficulty, backlashHazard };
          const c = { ...defaultCareer, successGain: gain };
          const pt = withRiskAppetite({ ...tk1992, weighting }, r);
          const generic = prospectValue(practiceBranches(level, p, c), pt);
          expect(levelValue(level, p, c, pt)).toBeCloseTo(generic, 9);
        },
      ),
    );
  });
});
