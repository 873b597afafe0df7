import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeFor } from './grades';
import {
  inspectionScore,
  paperReviewScore,
  PAPER_CHECK_LABELS,
  PAPER_CHECKS,
  rateInstitution,
} from './education-rating';

const allPass = Object.fromEntries(PAPER_CHECKS.map((c) => [c, true]));

describe('the Education Bureau three-step rating', () => {
  it('scores a clean paper review 100 and a failed one 0', () => {
    expect(paperReviewScore(allPass)).toBe(100);
    expect(paperReviewScore(Object.fromEntries(PAPER_CHECKS.map((c) => [c, false])))).toBe(0);
  });

  it('leaves out checks that do not apply instead of counting them as passes', () => {
    const noForeignTeachers = {
      'finances-match-tax': true,
      'insurance-matches-headcount': false,
      'provident-fund-matches-headcount': true,
    };
    // Weights 2 + 1 of 2 + 1 + 1 passed.
    expect(paperReviewScore(noForeignTeachers)).toBeCloseTo(75);
  });

  it('weighs a tax mismatch more than any other single failure', () => {
    const failing = (check: string) => paperReviewScore({ ...allPass, [check]: false });
    for (const check of PAPER_CHECKS.filter((c) => c !== 'finances-match-tax')) {
      expect(failing('finances-match-tax')).toBeLessThan(failing(check));
    }
  });

  it('averages the paper and site scores into the grade', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(PAPER_CHECKS.map((c) => [c, fc.boolean()]))),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (review, heads, staff) => {
          const r = rateInstitution(review, {
            headsInterview: heads,
            staffInterview: staff,
          });
          expect(r.inspectionScore).toBeCloseTo(
            inspectionScore({ headsInterview: heads, staffInterview: staff }),
          );
          expect(r.average).toBeCloseTo((r.paperScore + r.inspectionScore) / 2);
          expect(r.grade).toBe(gradeFor(r.average));
        },
      ),
    );
  });
});

describe('PAPER_CHECK_LABELS', () => {
  it('names every check with its own readable statement', () => {
    const labels = PAPER_CHECKS.map((c) => PAPER_CHECK_LABELS[c]);
    expect(new Set(labels).size).toBe(PAPER_CHECKS.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][^-]+$/);
  });
});
