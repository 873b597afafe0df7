import type { PaperLocator } from '../../data/citation';
import scoringParameters from '../../data/scoring-parameters.json';
import { illustrativeIndicators } from './catalogue-illustrative';
import { reportedAdditions } from './catalogue-reported-additions';
import { reportedDeductions } from './catalogue-reported-deductions';
import { calibrateIndicator, type CalibrationMultipliers, type Indicator } from './indicator';

/** City Z scores citizens on 189 indicators, which it has not published (note 46). */
export const cityZIndicatorCount = {
  value: 189,
  published: false,
  source: 'note 46' satisfies PaperLocator,
} as const;

/** Every indicator before calibration, reported first. */
export const uncalibratedCatalogue: readonly Indicator[] = [
  ...reportedAdditions,
  ...reportedDeductions,
  ...illustrativeIndicators,
];

/** The catalogue with the given fitted multipliers applied. */
export function buildCatalogue(multipliers: CalibrationMultipliers): readonly Indicator[] {
  return uncalibratedCatalogue.map((indicator) => calibrateIndicator(indicator, multipliers));
}

/**
 * The committed catalogue: prevalences fitted to Table 2 by scripts/calibrate.ts. A model
 * consistent with Table 2, not City Z's formula, which is unpublished.
 */
export const catalogue: readonly Indicator[] = buildCatalogue(scoringParameters.multipliers);

const indicatorsById = new Map(catalogue.map((indicator) => [indicator.id, indicator]));

/** Look an indicator up by id; throws on an unknown id so a typo in a preset fails loudly. */
export function indicatorById(id: string): Indicator {
  const indicator = indicatorsById.get(id);
  if (indicator === undefined) throw new Error(`Unknown indicator: ${id}`);
  return indicator;
}
