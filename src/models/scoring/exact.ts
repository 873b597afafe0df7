import { catalogue } from './catalogue';
import type { Indicator, PointOutcome } from './indicator';
import { contributionOutcomes, type Regime } from './regimes';
import { maximumScore, minimumScore, startingScore } from './rules';
import { segments, type Segment } from './segments';

/**
 * The exact expected number of people at each score 0…1,000, without sampling: for each segment,
 * the convolution of every indicator's contribution distribution, weighted by the segment's size.
 * Assumption: within a segment, indicators are held independently of one another.
 * Clamping to 0…1,000 is applied to the summed points, not step by step, as a score that could
 * go below zero and back up would otherwise depend on the order of the records.
 */
export function exactDistribution(
  regime: Regime,
  indicators: readonly Indicator[] = catalogue,
  population: readonly Segment[] = segments,
): Float64Array {
  const distribution = new Float64Array(maximumScore + 1);
  for (const segment of population) {
    if (segment.people === 0) continue;
    const contributions = indicators
      .map((indicator) => contributionOutcomes(indicator, segment.id, regime))
      .filter((outcomes) => !(outcomes.length === 1 && outcomes[0]!.points === 0));
    addSegment(distribution, contributions, segment.people);
  }
  return distribution;
}

/** Convolve one segment's contributions on an offset grid covering only reachable sums. */
function addSegment(
  distribution: Float64Array,
  contributions: readonly PointOutcome[][],
  people: number,
): void {
  // The grid must hold every partial sum, not just the final range: an early addition can
  // overshoot the final maximum when every later contribution is a certain deduction.
  let lowestSum = 0;
  let highestSum = 0;
  for (const outcomes of contributions) {
    lowestSum += Math.min(0, outcomes[0]!.points);
    highestSum += Math.max(0, outcomes[outcomes.length - 1]!.points);
  }
  // Grid index k holds the probability that the points so far sum to lowestSum + k;
  // [low, high] is the part of the grid reachable so far.
  let current = new Float64Array(highestSum - lowestSum + 1);
  let next = new Float64Array(current.length);
  let low = -lowestSum;
  let high = low;
  current[low] = 1;
  for (const outcomes of contributions) {
    const nextLow = low + outcomes[0]!.points;
    const nextHigh = high + outcomes[outcomes.length - 1]!.points;
    next.fill(0, nextLow, nextHigh + 1);
    for (const { points, probability } of outcomes) {
      for (let k = low; k <= high; k++) next[k + points]! += probability * current[k]!;
    }
    [current, next] = [next, current];
    low = nextLow;
    high = nextHigh;
  }
  const scoreAtZero = startingScore + lowestSum;
  // Bounds copied to locals: module runners wrap imported functions in getters, slow in a loop.
  const [floor, ceiling] = [minimumScore, maximumScore];
  for (let k = low; k <= high; k++) {
    const score = Math.min(ceiling, Math.max(floor, scoreAtZero + k));
    distribution[score]! += people * current[k]!;
  }
}
