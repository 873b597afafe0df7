import { bandOf, type ScoreBand } from '../../data/table2';
import type { Random } from '../random';
import type { CategoryId } from './categories';
import { indicatorById } from './catalogue';
import { isDeduction, typicalPoints, type Indicator } from './indicator';
import { treatmentOf, type Regime } from './regimes';
import {
  blacklistThreshold,
  clampScore,
  earnsPerks,
  goodThreshold,
  perks,
  startingScore,
  type Perk,
} from './rules';

/** A record on a citizen's file: an indicator id, or an id with the exact points it carried. */
export type CitizenRecord = string | { readonly indicatorId: string; readonly points: number };

export interface LedgerLine {
  readonly indicatorId: string;
  readonly label: string;
  readonly category: CategoryId;
  readonly department: string;
  /** Points charged to the score: 0 when the regime does not count the record. */
  readonly points: number;
  readonly counted: boolean;
  /** A major violation of the law, which opens the way to the blacklist below 550. */
  readonly majorViolation: boolean;
}

export interface CitizenScore {
  readonly ledger: readonly LedgerLine[];
  /** 550 plus every counted line, before clamping to 0…1,000. */
  readonly unclampedTotal: number;
  readonly total: number;
  readonly band: ScoreBand;
  readonly good: boolean;
  readonly perks: readonly Perk[];
  /** Below 550 with a counted major violation: eligible for the Credit China blacklist. */
  readonly blacklistEligible: boolean;
}

/**
 * Score one citizen's records under a regime. When a regime counts only a share of deductions,
 * `random` decides each one; without it every recorded deduction the regime keeps is counted.
 */
export function scoreCitizen(
  records: readonly CitizenRecord[],
  regime: Regime,
  random?: Random,
): CitizenScore {
  return summariseLedger(records.map((record) => ledgerLine(record, regime, random)));
}

/** Total, band, perks and blacklist eligibility for a finished ledger. */
export function summariseLedger(ledger: readonly LedgerLine[]): CitizenScore {
  const unclampedTotal = ledger.reduce((sum, line) => sum + line.points, startingScore);
  const total = clampScore(unclampedTotal);
  const majorViolation = ledger.some((line) => line.counted && line.majorViolation);
  return {
    ledger,
    unclampedTotal,
    total,
    band: bandOf(total),
    good: total > goodThreshold,
    perks: earnsPerks(total) ? perks : [],
    blacklistEligible: total < blacklistThreshold && majorViolation,
  };
}

function ledgerLine(record: CitizenRecord, regime: Regime, random?: Random): LedgerLine {
  const indicator = indicatorById(typeof record === 'string' ? record : record.indicatorId);
  const recordedPoints = typeof record === 'string' ? typicalPoints(indicator) : record.points;
  const treatment = treatmentOf(indicator, regime);
  const counted =
    treatment.counts &&
    (random === undefined || treatment.countedShare >= 1 || random() < treatment.countedShare);
  return {
    indicatorId: indicator.id,
    label: indicator.label,
    category: indicator.category,
    department: indicator.department,
    points: counted ? chargedPoints(indicator, recordedPoints, regime) : 0,
    counted,
    majorViolation: indicator.majorViolation === true,
  };
}

/** Deductions are scaled by the regime's strength, rounded to whole points like the engines. */
function chargedPoints(indicator: Indicator, recordedPoints: number, regime: Regime): number {
  return isDeduction(indicator)
    ? Math.round(recordedPoints * regime.deductionStrength)
    : recordedPoints;
}
