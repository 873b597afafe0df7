import type { Cited } from './citation';

/** A figure from the paper with a short label for display. */
export interface KeyFigure<T> extends Cited<T> {
  readonly label: string;
}

/**
 * The numbers and dates the site quotes, each with where the paper gives it. Dates are ISO
 * strings cut to the precision the paper gives ('2020-09' when only the month is known).
 */
export const keyFigures = {
  // City Z's personal score (social integrity)
  startScore: { value: 550, label: 'Score everyone starts with', source: 'note 48' },
  goodScore: { value: 650, label: 'Scores above this count as good', source: 'note 48' },
  perkScore: {
    value: 686,
    label: 'Scores above this earn perks',
    source: '§ Social Integrity',
  },
  maxScore: { value: 1000, label: 'Highest possible score', source: 'note 48' },
  blacklistBelow: {
    value: 550,
    label: 'Below this, major lawbreakers may be blacklisted on Credit China',
    source: '§ Social Integrity',
  },
  subwayDiscount: {
    value: 0.2,
    label: 'Subway fare discount for scores above 686',
    source: '§ Social Integrity',
  },
  scoreCategories: { value: 6, label: 'Categories of the personal score', source: 'note 46' },
  indicators: { value: 189, label: 'Indicators in the personal score', source: 'note 46' },
  wuhanBonus: {
    value: { min: 30, max: 50 },
    label: 'Points added for medical staff who volunteered for Wuhan',
    source: 'note 47',
  },
  ratingCitizensSince: {
    value: 2018,
    label: 'Year City Z began rating citizens',
    source: '§ Social Integrity',
  },
  scoredAdults: {
    value: 6_914_564,
    label: 'Adults with a score, 5 November 2020',
    source: 'Table 2',
  },
  // Government integrity: the data-sharing platform
  platformUnits: {
    value: 667,
    label: 'Government units uploading to the platform, November 2020',
    source: 'note 40',
  },
  platformItems: {
    value: 1_260_000_000,
    label: 'Data items on the platform, November 2020 (about)',
    source: 'note 40',
  },
  platformOnline: {
    value: '2017-12',
    label: 'Sharing platform goes online (end of 2017)',
    source: 'note 25',
  },
  civilServantEvaluationSince: {
    value: 2007,
    label: 'Year City Z’s civil-servant evaluation system began',
    source: 'note 45',
  },
  // Business integrity
  businessGrades: {
    value: ['AAA', 'AA', 'A', 'B', 'unqualified'],
    label: 'Grades the Education Bureau awards',
    source: '§ Business Integrity',
  },
  // Method
  interviewees: { value: 23, label: 'People interviewed in City Z', source: '§ Introduction' },
  intervieweeSplit: {
    value: { officials: 6, public: 11, scholars: 5, reporters: 1 },
    label: 'Interviewees by role',
    source: '§ Introduction',
  },
  fieldwork: {
    value: { start: '2020-09', end: '2020-11' },
    label: 'Fieldwork in City Z',
    source: '§ Introduction',
  },
  modelCityYears: {
    value: [2018, 2019],
    label: 'Years in which City Z was among the model cities named',
    source: 'note 15',
  },
  // National design
  topLevelDesignAdopted: {
    value: 2011,
    label: '“Top-level design” enters the 12th Five-Year Plan',
    source: 'note 5',
  },
  jointMeetingYear: {
    value: 2012,
    label: 'Inter-Ministerial Joint Meeting convened',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  jointMeetingAgencies: {
    value: 36,
    label: 'Agencies in the Joint Meeting',
    source: '§ The Social Credit System and Maintenance of Stability',
  },
  outlineIssued: { value: '2014-06-27', label: 'Outline issued', source: 'note 7' },
  outlineTargetYear: {
    value: 2020,
    label: 'Year the Outline’s system was due to be complete',
    source: 'note 55',
  },
  outlineCategories: { value: 4, label: 'Categories in the Outline', source: 'note 19' },
  localCategories: {
    value: 3,
    label: 'Categories in local practice (judicial merged into government)',
    source: 'note 7',
  },
  // Elsewhere
  suzhouLaunch: {
    value: '2020-09',
    label: 'Suzhou Civilization Code launched',
    source: 'note 52',
  },
  suzhouDaysLive: {
    value: 3,
    label: 'Days before the Suzhou code was withdrawn',
    source: 'note 52',
  },
} as const satisfies Record<string, KeyFigure<unknown>>;

export type KeyFigureId = keyof typeof keyFigures;

/** Formats a whole number the way the site prints it: '6,914,564'. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
