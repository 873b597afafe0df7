import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADE_THRESHOLDS, GRADES, gradeFor, gradeRank } from './grades';

describe('gradeFor', () => {
  it('never gives a higher average a lower grade', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 110, noNaN: true }),
        fc.double({ min: -10, max: 110, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(gradeRank(gradeFor(high))).toBeLessThanOrEqual(gradeRank(gradeFor(low)));
        },
      ),
    );
  });

  it('uses each threshold as the lowest score of its grade', () => {
    for (const { grade, minScore } of GRADE_THRESHOLDS) {
      expect(gradeFor(minScore)).toBe(grade);
      expect(gradeFor(minScore - 0.001)).not.toBe(grade);
    }
    expect(gradeFor(0)).toBe('unqualified');
    expect(gradeFor(100)).toBe('AAA');
  });

  it('lists thresholds in the same order as the grades, strictly falling', () => {
    GRADE_THRESHOLDS.forEach((t, i) => {
      expect(t.grade).toBe(GRADES[i]);
      const next = GRADE_THRESHOLDS[i + 1];
      if (next) expect(next.minScore).toBeLessThan(t.minScore);
    });
  });
});
