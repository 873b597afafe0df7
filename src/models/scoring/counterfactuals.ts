import { bandCounts, countAbove, countBelow } from './bands';
import { catalogue } from './catalogue';
import { exactDistribution } from './exact';
import type { Indicator } from './indicator';
import { cityZ2020, type Regime } from './regimes';
import { blacklistThreshold, perksThreshold } from './rules';
import { segments, type Segment } from './segments';

/** One headline count under a regime, beside the same count for City Z in 2020. */
export interface CountChange {
  readonly regime: number;
  readonly cityZ2020: number;
  /** regime − cityZ2020 */
  readonly change: number;
}

export interface Counterfactuals {
  readonly regimeId: string;
  /** Below the 550 start, where a major violation opens the way to the blacklist. */
  readonly below550: CountChange;
  /** In Table 2's Bad band (≤ 349). */
  readonly below350: CountChange;
  /** Above 686, with the perks. */
  readonly withPerks: CountChange;
  /** People with the perks in City Z in 2020 who would no longer have them (net). */
  readonly perksLost: number;
}

/** Exact expected counts under a regime, compared with City Z in 2020. */
export function counterfactuals(
  regime: Regime,
  indicators: readonly Indicator[] = catalogue,
  population: readonly Segment[] = segments,
): Counterfactuals {
  const baseline = exactDistribution(cityZ2020, indicators, population);
  const scenario = exactDistribution(regime, indicators, population);
  const compare = (count: (distribution: Float64Array) => number): CountChange => {
    const inRegime = count(scenario);
    const inCityZ = count(baseline);
    return { regime: inRegime, cityZ2020: inCityZ, change: inRegime - inCityZ };
  };
  const withPerks = compare((distribution) => countAbove(distribution, perksThreshold));
  return {
    regimeId: regime.id,
    below550: compare((distribution) => countBelow(distribution, blacklistThreshold)),
    below350: compare((distribution) => bandCounts(distribution).bad),
    withPerks,
    perksLost: Math.max(0, -withPerks.change),
  };
}
