/**
 * The five grades City Z's bureaus hand out, and where the cut-offs fall.
 * Paper: § Business Integrity, in the Education Bureau example, names the grades AAA, AA, A, B and
 * unqualified, but prints no score thresholds.
 */

/** The grades from best to worst. */
export const GRADES = ['AAA', 'AA', 'A', 'B', 'unqualified'] as const;

export type Grade = (typeof GRADES)[number];

/** The lowest average score (0–100) that still earns a grade; 'unqualified' catches the rest. */
export interface GradeThreshold {
  readonly grade: Exclude<Grade, 'unqualified'>;
  readonly minScore: number;
}

/**
 * Assumption: scores run 0–100 and the cut-offs sit at 90 / 80 / 70 / 60, the usual Chinese
 * excellent/good/pass bands. The paper gives the grades but no thresholds.
 * [business-grade-thresholds]
 */
export const GRADE_THRESHOLDS: readonly GradeThreshold[] = [
  { grade: 'AAA', minScore: 90 },
  { grade: 'AA', minScore: 80 },
  { grade: 'A', minScore: 70 },
  { grade: 'B', minScore: 60 },
];

/** The grade for an averaged score; checked from the top, so a higher score never grades lower. */
export function gradeFor(score: number): Grade {
  const hit = GRADE_THRESHOLDS.find((t) => score >= t.minScore);
  return hit ? hit.grade : 'unqualified';
}

/** Position of a grade in GRADES: 0 for AAA (best) up to 4 for unqualified. */
export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}
