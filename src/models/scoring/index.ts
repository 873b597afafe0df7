/**
 * The scoring model's public API: City Z's social-credit scoring as a model consistent with
 * Table 2. Pure functions, no DOM, safe to call from a worker.
 */
export { scoringAssumptions } from './assumptions';
export { bandCounts, countAbove, countBelow, type BandCounts } from './bands';
export { catalogue, cityZIndicatorCount, indicatorById } from './catalogue';
export { categories, type Category, type CategoryId } from './categories';
export { scoreCitizen, type CitizenRecord, type CitizenScore, type LedgerLine } from './citizen';
export { counterfactuals, type Counterfactuals, type CountChange } from './counterfactuals';
export { exactDistribution } from './exact';
export type { Indicator, PointOutcome, Provenance } from './indicator';
export {
  simulatePopulation,
  type PopulationSimulation,
  type SimulatedCitizen,
} from './monte-carlo';
export { presetCitizens, type PresetCitizen } from './presets';
export {
  buildCustomRegime,
  cityZ2020,
  outlineAsDesigned,
  presetRegimes as regimes,
  regimeChoices,
  regimeFromChoice,
  type CustomRegimeParameters,
  type Regime,
  type RegimeChoice,
} from './regimes';
export {
  blacklistThreshold,
  goodThreshold,
  maximumScore,
  minimumScore,
  perks,
  perksThreshold,
  startingScore,
  type Perk,
} from './rules';
export { adultPopulation, segments, type Segment, type SegmentId } from './segments';
