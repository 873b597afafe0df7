import { isDeduction, type Indicator, type LivenessColumn, type PointOutcome } from './indicator';
import type { SegmentId } from './segments';

/** How a scoring regime treats the catalogue. */
export interface Regime {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Which catalogue column decides whether an indicator counts at all. */
  readonly liveness: LivenessColumn;
  /** Scales every deduction's points (additions are never scaled). */
  readonly deductionStrength: number;
  /** Probability that a recorded deduction is actually counted. */
  readonly deductionShare: number;
}

/**
 * Assumption: in 2020 City Z added points freely but deducted only for serious records, the
 * ones that put a few thousand people below 550 (§ Social integrity in City Z, Table 2).
 */
export const cityZ2020: Regime = {
  id: 'cityZ2020',
  label: 'City Z in 2020',
  description:
    'Points are mostly added; only serious records such as crimes, court orders ignored and online “rumours” take points away.',
  liveness: 'cityZ2020',
  deductionStrength: 1,
  deductionShare: 1,
};

/** Assumption: the Outline "as designed" means every recorded deduction counts in full. */
export const outlineAsDesigned: Regime = {
  id: 'outline',
  label: 'The Outline as designed',
  description:
    'Every record counts, minor lapses such as traffic violations and unpaid bills included.',
  liveness: 'outline',
  deductionStrength: 1,
  deductionShare: 1,
};

export const presetRegimes: readonly Regime[] = [cityZ2020, outlineAsDesigned];

/** Reader-set dials for the custom regime. */
export interface CustomRegimeParameters {
  /** 0 to 2: how hard deductions bite (1 = as in the catalogue). */
  readonly deductionStrength: number;
  /** 0 to 1: share of recorded deductions that count (1 = all of them). */
  readonly deductionShare: number;
}

/**
 * A regime starting from the Outline's full list of deductions, scaled by the reader's dials.
 * Assumption: a custom regime keeps every addition and counts each recorded deduction
 * independently with probability `deductionShare`, at `deductionStrength` times its points
 * (rounded to whole points). Out-of-range dials are clamped.
 */
export function buildCustomRegime(parameters: CustomRegimeParameters): Regime {
  const strength = clampTo(parameters.deductionStrength, 0, 2);
  const share = clampTo(parameters.deductionShare, 0, 1);
  return {
    id: 'custom',
    label: 'Your regime',
    description: `Every deduction recorded, ${Math.round(share * 100)}% of them counted, at ${strength.toFixed(1)}× their points.`,
    liveness: 'outline',
    deductionStrength: strength,
    deductionShare: share,
  };
}

/** The three regimes a reader can pick in the widgets. */
export const regimeChoices = ['cityZ2020', 'outline', 'custom'] as const;
export type RegimeChoice = (typeof regimeChoices)[number];

/** The regime a reader's choice describes; the custom dials matter only for 'custom'. */
export function regimeFromChoice(
  choice: RegimeChoice,
  dials: { readonly strength: number; readonly share: number },
): Regime {
  if (choice === 'cityZ2020') return cityZ2020;
  if (choice === 'outline') return outlineAsDesigned;
  return buildCustomRegime({ deductionStrength: dials.strength, deductionShare: dials.share });
}

function clampTo(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Points and probability of counting for one indicator under a regime. */
export interface RegimeTreatment {
  readonly counts: boolean;
  /** Chance that a holder's record is counted (deductionShare for deductions, else 1). */
  readonly countedShare: number;
  readonly points: readonly PointOutcome[];
}

/** How a regime treats an indicator: whether it counts, how often, and for how many points. */
export function treatmentOf(indicator: Indicator, regime: Regime): RegimeTreatment {
  if (!indicator.live[regime.liveness]) return { counts: false, countedShare: 0, points: [] };
  if (!isDeduction(indicator)) {
    return { counts: true, countedShare: 1, points: indicator.points };
  }
  const points = indicator.points.map((outcome) => ({
    points: Math.round(outcome.points * regime.deductionStrength),
    probability: outcome.probability,
  }));
  const countedShare = regime.deductionShare;
  return { counts: countedShare > 0, countedShare, points };
}

/**
 * The full distribution of one indicator's contribution for a person of a segment, zero included:
 * no record (or a record not counted) gives 0. Equal point values are merged, sorted ascending.
 */
export function contributionOutcomes(
  indicator: Indicator,
  segment: SegmentId,
  regime: Regime,
): PointOutcome[] {
  const treatment = treatmentOf(indicator, regime);
  const holding = treatment.counts ? indicator.prevalence[segment] * treatment.countedShare : 0;
  const byPoints = new Map<number, number>([[0, 1 - holding]]);
  for (const outcome of treatment.points) {
    byPoints.set(
      outcome.points,
      (byPoints.get(outcome.points) ?? 0) + holding * outcome.probability,
    );
  }
  return [...byPoints]
    .filter(([, probability]) => probability > 0)
    .map(([points, probability]) => ({ points, probability }))
    .sort((a, b) => a.points - b.points);
}
