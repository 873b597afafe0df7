/** Public API of the business-integrity model (§ Business Integrity). */
export { businessAssumptions } from './assumptions';
export {
  BLACKLIST_PUBLISHER,
  BLACKLIST_TRIGGERS,
  SANCTIONS,
  TRIGGER_LABELS,
  sanctionsFor,
  type BlacklistTrigger,
  type Sanction,
} from './blacklist';
export {
  RATING_BUREAUS,
  SECTORS,
  bureauFor,
  ratesInQuarter,
  type RatingBureau,
  type Sector,
} from './bureaus';
export { CONSEQUENCES, consequencesFor, type Consequence } from './consequences';
export {
  PAPER_CHECKS,
  PAPER_CHECK_LABELS,
  PAPER_CHECK_WEIGHTS,
  inspectionScore,
  paperReviewScore,
  rateInstitution,
  type EducationRating,
  type PaperCheck,
  type PaperReview,
  type SiteInspection,
} from './education-rating';
export { createFirms, rateFirm, type BlacklistEntry, type Firm } from './firms';
export {
  GRADES,
  GRADE_THRESHOLDS,
  gradeFor,
  gradeRank,
  type Grade,
  type GradeThreshold,
} from './grades';
export {
  DEFAULT_BUSINESS_PARAMS,
  initialBusinessState,
  run,
  snapshot,
  step,
  type BusinessParams,
  type BusinessRun,
  type BusinessSnapshot,
  type BusinessState,
  type GradeCounts,
} from './simulation';
