/**
 * The Education Bureau's three-step rating of private training institutions (2019), as an official
 * described it in November 2020. Paper: § Business Integrity, the Education Bureau example: a
 * paper review, an on-site visit by experts the Ministry of Education arranges, then the mean of
 * the two scores turned into a grade.
 */
import { gradeFor, type Grade } from './grades';

/** The four document checks of step 1, each a yes/no finding. */
export const PAPER_CHECKS = [
  'finances-match-tax',
  'insurance-matches-headcount',
  'provident-fund-matches-headcount',
  'foreign-teacher-permits',
] as const;

export type PaperCheck = (typeof PAPER_CHECKS)[number];

/** What each check asks of the institution's documents, as a statement the reader can tick. */
export const PAPER_CHECK_LABELS: Readonly<Record<PaperCheck, string>> = {
  'finances-match-tax': 'Its finances match the tax it paid',
  'insurance-matches-headcount': 'Its insurance premiums match its number of employees',
  'provident-fund-matches-headcount':
    'Its Housing Provident Fund payments match its number of employees',
  'foreign-teacher-permits': 'Its foreign teachers hold work and residence permits',
};

/**
 * Assumption: the paper lists the checks but not their weight. Finances against tax paid count
 * double because the paper puts tax first and calls turnover reporting the core of business
 * integrity (§ Business Integrity, opening paragraph); the others count equally.
 * [business-paper-check-weights]
 */
export const PAPER_CHECK_WEIGHTS: Readonly<Record<PaperCheck, number>> = {
  'finances-match-tax': 2,
  'insurance-matches-headcount': 1,
  'provident-fund-matches-headcount': 1,
  'foreign-teacher-permits': 1,
};

/**
 * What the bureau finds in step 1. A check left out does not apply (a firm without foreign
 * teachers has no permits to show) and drops out of the score rather than counting as a pass.
 */
export type PaperReview = Readonly<Partial<Record<PaperCheck, boolean>>>;

/** Marks (0–100) the expert team gives after talking to the institution's heads and its staff. */
export interface SiteInspection {
  readonly headsInterview: number;
  readonly staffInterview: number;
}

export interface EducationRating {
  readonly paperScore: number;
  readonly inspectionScore: number;
  readonly average: number;
  readonly grade: Grade;
}

const clampScore = (x: number) => Math.min(100, Math.max(0, x));

/** Step 1: the weighted share of applicable document checks passed, as a 0–100 score. */
export function paperReviewScore(review: PaperReview): number {
  let passed = 0;
  let total = 0;
  for (const check of PAPER_CHECKS) {
    const finding = review[check];
    if (finding === undefined) continue;
    const weight = PAPER_CHECK_WEIGHTS[check];
    total += weight;
    if (finding) passed += weight;
  }
  // With no applicable check there is nothing to fail.
  return total === 0 ? 100 : (100 * passed) / total;
}

/**
 * Step 2: the expert team's score. Assumption: the heads' and the staff interviews weigh the same;
 * the paper says only that the experts talk to both before rating. [business-inspection-marks]
 */
export function inspectionScore(inspection: SiteInspection): number {
  return clampScore((inspection.headsInterview + inspection.staffInterview) / 2);
}

/** Step 3: the plain mean of the two step scores, graded with GRADE_THRESHOLDS. */
export function rateInstitution(review: PaperReview, inspection: SiteInspection): EducationRating {
  const paperScore = paperReviewScore(review);
  const siteScore = inspectionScore(inspection);
  const average = (paperScore + siteScore) / 2;
  return {
    paperScore,
    inspectionScore: siteScore,
    average,
    grade: gradeFor(average),
  };
}
