import type { PaperLocator } from '../../data/citation';
import type { CategoryId } from './categories';
import type { SegmentId } from './segments';

/** 'reported': the paper names the indicator; 'illustrative': we add it to make a full model. */
export type Provenance = 'reported' | 'illustrative';

/** A regime column of the catalogue: which indicators count in that regime. */
export type LivenessColumn = 'cityZ2020' | 'outline';

/** One possible number of points for a record, with its probability among holders. */
export interface PointOutcome {
  readonly points: number;
  readonly probability: number;
}

/**
 * Which fitted multiplier scales an indicator's prevalence in the calibration (scripts/calibrate.ts).
 * baseRecord scales the share of people *missing* a near-universal record; the others scale the
 * share of people holding the record.
 */
export type CalibrationGroup = 'baseRecord' | 'seriousDeduction' | 'honour' | 'severeSentence';

export interface Indicator {
  /** Stable kebab-case id, used by citizen records. */
  readonly id: string;
  readonly label: string;
  readonly category: CategoryId;
  readonly provenance: Provenance;
  /** Where the paper names it; null for illustrative indicators. */
  readonly source: PaperLocator | null;
  /** Why the indicator is in the model, in a sentence. */
  readonly note: string;
  /** Points a holder gets: one value, or a few values with probabilities summing to 1. */
  readonly points: readonly PointOutcome[];
  /**
   * The department that records it and passes it to the Big Data Commission.
   * Assumption: ours, except tax, social security and the provident fund (note 47) and the police
   * for online "rumours" (note 27), which the paper names.
   */
  readonly department: string;
  /** Share of each segment holding the record. */
  readonly prevalence: Readonly<Record<SegmentId, number>>;
  /** Whether the record counts towards the score in each preset regime. */
  readonly live: Readonly<Record<LivenessColumn, boolean>>;
  /**
   * A major violation of the law: below 550 it makes the holder eligible for the blacklist.
   * Assumption: the paper does not list which violations are major; we mark crimes and court
   * orders ignored, not online "rumours".
   */
  readonly majorViolation?: true;
  /** Absent for indicators whose prevalence is not fitted. */
  readonly calibration?: CalibrationGroup;
}

/** The fitted multipliers, one per calibration group. */
export type CalibrationMultipliers = Readonly<Record<CalibrationGroup, number>>;

/** Whether an indicator takes points away (its point values are all negative). */
export function isDeduction(indicator: Indicator): boolean {
  return indicator.points.every((outcome) => outcome.points < 0);
}

/** A single-valued point distribution. */
export function fixedPoints(points: number): readonly PointOutcome[] {
  return [{ points, probability: 1 }];
}

/**
 * The value shown for a record when the citizen's exact points are not given.
 * Assumption: the likeliest value (the first of equally likely ones).
 */
export function typicalPoints(indicator: Indicator): number {
  let best = indicator.points[0]!;
  for (const outcome of indicator.points)
    if (outcome.probability > best.probability) best = outcome;
  return best.points;
}

/** Prevalence per segment, listed in segment order for compact catalogue entries. */
export function bySegment(
  urbanYoung: number,
  urbanMiddleAged: number,
  urbanOlder: number,
  ruralWorkingAge: number,
  ruralOlder: number,
  farmersNeverBorrowed: number,
): Readonly<Record<SegmentId, number>> {
  return {
    urbanYoung,
    urbanMiddleAged,
    urbanOlder,
    ruralWorkingAge,
    ruralOlder,
    farmersNeverBorrowed,
  };
}

/**
 * Apply the fitted multipliers. A base record's missing share is scaled, so its prevalence stays
 * near 1; a zero prevalence means the record cannot exist in that segment and stays zero.
 */
export function calibrateIndicator(
  indicator: Indicator,
  multipliers: CalibrationMultipliers,
): Indicator {
  const group = indicator.calibration;
  if (group === undefined) return indicator;
  const multiplier = multipliers[group];
  const scale = (prevalence: number): number => {
    if (prevalence === 0) return 0;
    const scaled =
      group === 'baseRecord' ? 1 - (1 - prevalence) * multiplier : prevalence * multiplier;
    return Math.min(1, Math.max(0, scaled));
  };
  const prevalence = Object.fromEntries(
    Object.entries(indicator.prevalence).map(([segment, value]) => [segment, scale(value)]),
  ) as Record<SegmentId, number>;
  return { ...indicator, prevalence };
}
