import { table2, type ScoreBandId } from '../../data/table2';
import { bandCounts } from './bands';
import { buildCatalogue } from './catalogue';
import { exactDistribution } from './exact';
import type { CalibrationGroup, CalibrationMultipliers } from './indicator';
import { nelderMead } from './nelder-mead';
import { cityZ2020 } from './regimes';

/** How far the model may stray from Table 2, band by band, for the fit to be accepted. */
export const calibrationTolerance = {
  good: { relative: 0.001 },
  average: { relative: 0.03 },
  poor: { relative: 0.03 },
  excellent: { relative: 0.05 },
  bad: { min: 1, max: 10 },
  extremelyExcellent: { max: 1 },
} as const;

export interface BandFit {
  readonly band: ScoreBandId;
  readonly model: number;
  readonly table2: number;
  /** (model − Table 2) / Table 2; null where Table 2 reports 0. */
  readonly relativeError: number | null;
  readonly withinTolerance: boolean;
}

const groups: readonly CalibrationGroup[] = [
  'baseRecord',
  'seriousDeduction',
  'honour',
  'severeSentence',
];

/** Model expected counts for City Z in 2020 against Table 2, band by band. */
export function fitReport(multipliers: CalibrationMultipliers): BandFit[] {
  const model = bandCounts(exactDistribution(cityZ2020, buildCatalogue(multipliers)));
  return table2.bands.map((band) => {
    const expected = model[band.id];
    const relativeError = band.people === 0 ? null : (expected - band.people) / band.people;
    return {
      band: band.id,
      model: expected,
      table2: band.people,
      relativeError,
      withinTolerance: isWithinTolerance(band.id, expected, relativeError),
    };
  });
}

function isWithinTolerance(band: ScoreBandId, model: number, relativeError: number | null) {
  const tolerance = calibrationTolerance[band];
  if ('relative' in tolerance) return Math.abs(relativeError ?? Infinity) <= tolerance.relative;
  return model <= tolerance.max && (!('min' in tolerance) || model >= tolerance.min);
}

/** Squared log-ratio misfit over all bands; +1 keeps Table 2's zero band finite. */
export function calibrationLoss(multipliers: CalibrationMultipliers): number {
  return fitReport(multipliers).reduce(
    (loss, fit) => loss + Math.log((fit.model + 1) / (fit.table2 + 1)) ** 2,
    0,
  );
}

const fromLogs = (logs: readonly number[]): CalibrationMultipliers =>
  Object.fromEntries(groups.map((group, i) => [group, Math.exp(logs[i]!)])) as Record<
    CalibrationGroup,
    number
  >;

/** Fit the four multipliers to Table 2 by Nelder–Mead on their logarithms (they stay positive). */
export function calibrate(): { multipliers: CalibrationMultipliers; report: BandFit[] } {
  const minimum = nelderMead((logs) => calibrationLoss(fromLogs(logs)), [0, 0, 0, 0], {
    step: 0.5,
    maxIterations: 600,
    tolerance: 1e-12,
  });
  const multipliers = fromLogs(minimum.point);
  return { multipliers, report: fitReport(multipliers) };
}
