/**
 * A small population of rated firms for the "classified and hierarchical supervision" simulation.
 * Each firm has a hidden compliance level (0–1); a bureau's rating observes it through the
 * two-step review of § Business Integrity (the Education Bureau example).
 */
import type { Random } from '../random';
import type { BlacklistTrigger } from './blacklist';
import { bureauFor, SECTORS, type Sector } from './bureaus';
import { rateInstitution, type EducationRating, type PaperCheck } from './education-rating';
import type { Grade } from './grades';

export interface BlacklistEntry {
  readonly trigger: BlacklistTrigger;
  /** Quarter the firm was listed. */
  readonly since: number;
}

export interface Firm {
  readonly id: string;
  readonly sector: Sector;
  /** The level the firm's compliance drifts back towards. */
  readonly baseline: number;
  /** Hidden compliance this quarter, 0 (flouts every rule) to 1 (spotless). */
  readonly compliance: number;
  readonly employsForeignTeachers: boolean;
  readonly grade: Grade | null;
  readonly lastScore: number | null;
  readonly blacklist: BlacklistEntry | null;
}

/**
 * Assumption: baseline compliance is spread evenly over [0.65, 1), so that grades span the whole
 * scale with most firms at A or above; the paper reports no grade distribution.
 * [business-population]
 */
function drawBaseline(random: Random): number {
  return 0.65 + 0.35 * random();
}

/** Assumption: a third of training institutions employ foreign teachers. [business-population] */
const FOREIGN_TEACHER_SHARE = 1 / 3;

/** A fresh population: firmsPerSector firms in each rated sector, none yet graded or listed. */
export function createFirms(firmsPerSector: number, random: Random): readonly Firm[] {
  return SECTORS.flatMap((sector) =>
    Array.from({ length: firmsPerSector }, (_, i) => {
      const baseline = drawBaseline(random);
      return {
        id: `${sector}-${i + 1}`,
        sector,
        baseline,
        compliance: baseline,
        employsForeignTeachers: sector === 'training' && random() < FOREIGN_TEACHER_SHARE,
        grade: null,
        lastScore: null,
        blacklist: null,
      };
    }),
  );
}

/**
 * Assumption: the expert team's marks are compliance on a 0–100 scale plus up to ±10 points of
 * judgement noise; the paper does not say how experts score. [business-inspection-marks]
 */
const INSPECTION_NOISE = 10;

/** One rating by the firm's own bureau; each applicable check passes with chance = compliance. */
export function rateFirm(firm: Firm, random: Random): EducationRating {
  const applicable = bureauFor(firm.sector).checks.filter(
    (check) => check !== 'foreign-teacher-permits' || firm.employsForeignTeachers,
  );
  const review: Partial<Record<PaperCheck, boolean>> = {};
  for (const check of applicable) review[check] = random() < firm.compliance;
  const mark = () => 100 * firm.compliance + INSPECTION_NOISE * (2 * random() - 1);
  return rateInstitution(review, {
    headsInterview: mark(),
    staffInterview: mark(),
  });
}
