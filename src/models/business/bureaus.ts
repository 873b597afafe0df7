/**
 * "Classified and hierarchical supervision": each bureau rates the firms in its own field, on its
 * own timetable. Paper: § Business Integrity (the sectors; the food-safety season, note 35; the
 * provincial food-and-drug precedent of 2015, note 34).
 */
import type { PaperLocator } from '../../data/citation';
import type { PaperCheck } from './education-rating';

export const SECTORS = ['elderly-care', 'training', 'construction', 'food'] as const;

export type Sector = (typeof SECTORS)[number];

export interface RatingBureau {
  readonly sector: Sector;
  readonly bureau: string;
  readonly firmsLabel: string;
  /** 'inference' when the paper does not name the bureau for this field. */
  readonly bureauSource: 'paper' | 'inference';
  /** A rating every this many quarters. */
  readonly everyQuarters: number;
  /** Which quarter of the cycle the rating falls in (0 = the first quarter). */
  readonly phase: number;
  /** The document checks its paper review applies. */
  readonly checks: readonly PaperCheck[];
  readonly locator: PaperLocator;
}

// Assumption: bureaus other than the Education Bureau follow the same two-step structure, with the
// checks that do not concern foreign teachers; the paper describes only the Education Bureau's.
// [business-other-bureaus]
const GENERAL_CHECKS: readonly PaperCheck[] = [
  'finances-match-tax',
  'insurance-matches-headcount',
  'provident-fund-matches-headcount',
];

// Assumption: fields without a stated frequency are rated once a year, staggered across
// quarters so that the city's rating work is spread over the year; only food safety's season is
// in the paper.
// [business-other-bureaus]
export const RATING_BUREAUS: readonly RatingBureau[] = [
  {
    sector: 'elderly-care',
    bureau: 'Civil Affairs Bureau',
    firmsLabel: 'Elderly-care homes',
    bureauSource: 'paper',
    everyQuarters: 4,
    phase: 1,
    checks: GENERAL_CHECKS,
    locator: '§ Business Integrity',
  },
  {
    sector: 'training',
    bureau: 'Education Bureau',
    firmsLabel: 'Private training institutions',
    bureauSource: 'paper',
    everyQuarters: 4,
    phase: 3,
    checks: [...GENERAL_CHECKS, 'foreign-teacher-permits'],
    locator: '§ Business Integrity',
  },
  {
    sector: 'construction',
    bureau: 'Commission for Housing and Urban-Rural Development',
    firmsLabel: 'Construction companies',
    bureauSource: 'paper',
    everyQuarters: 4,
    phase: 2,
    checks: GENERAL_CHECKS,
    locator: '§ Business Integrity',
  },
  {
    sector: 'food',
    // Assumption (inference): the paper gives food safety's season but not the rating body.
    // [business-food-safety-bureau]
    bureau: 'Market Supervision Bureau (food safety)',
    firmsLabel: 'Food businesses',
    bureauSource: 'inference',
    everyQuarters: 1,
    phase: 0,
    checks: GENERAL_CHECKS,
    locator: 'note 35',
  },
];

/** The bureau that rates a sector. */
export function bureauFor(sector: Sector): RatingBureau {
  const bureau = RATING_BUREAUS.find((b) => b.sector === sector);
  if (!bureau) throw new Error(`No rating bureau for sector ${sector}`);
  return bureau;
}

/** Whether a bureau rates its firms in this quarter (quarters counted from 0). */
export function ratesInQuarter(bureau: RatingBureau, quarter: number): boolean {
  return quarter % bureau.everyQuarters === bureau.phase % bureau.everyQuarters;
}
