import { toSeed, type Random } from '../random';
import { bandCounts, type BandCounts } from './bands';
import { catalogue } from './catalogue';
import { summariseLedger, type CitizenScore, type LedgerLine } from './citizen';
import { addExceptions, exceptionFor, planExceptions, type ExceptionPlan } from './exception-plan';
import type { Indicator } from './indicator';
import { contributionOutcomes, type Regime } from './regimes';
import { maximumScore, minimumScore, startingScore } from './rules';
import { segments, type Segment } from './segments';

/** One simulated adult, with the records the regime counted for them. */
export interface SimulatedCitizen extends CitizenScore {
  readonly person: number;
  readonly segment: Segment;
}

export interface PopulationSimulation {
  readonly regimeId: string;
  readonly seed: number;
  /** Every adult's clamped score; people are grouped by segment, in segment order. */
  readonly scores: Int16Array;
  /** Number of adults at each score 0…1,000. */
  readonly histogram: Int32Array;
  readonly bandCounts: BandCounts;
  /** Rebuild one person's ledger by replaying the random streams that scored them. */
  citizen(person: number): SimulatedCitizen;
  /** A person drawn uniformly from the population, with their ledger. */
  randomCitizen(random: Random): SimulatedCitizen;
}

interface IndicatorPlan {
  readonly indicator: Indicator;
  readonly indicatorIndex: number;
  readonly plan: ExceptionPlan;
}

/**
 * Simulate every adult under a regime, seeded. Each segment starts from everyone's default
 * points; the exceptions of each indicator are then added person by person, each indicator and
 * segment drawing from its own stream so any one person’s ledger can be found again later.
 * Scores are kept unclamped in an Int16Array (sums stay well inside ±32,767), then clamped.
 */
export function simulatePopulation(
  regime: Regime,
  seed: number,
  indicators: readonly Indicator[] = catalogue,
  population: readonly Segment[] = segments,
): PopulationSimulation {
  const totalPeople = population.reduce((sum, segment) => sum + segment.people, 0);
  const offsets = population.map((_, index) =>
    population.slice(0, index).reduce((sum, segment) => sum + segment.people, 0),
  );
  const plans = population.map((segment) =>
    indicators.map((indicator, indicatorIndex) => ({
      indicator,
      indicatorIndex,
      plan: planExceptions(contributionOutcomes(indicator, segment.id, regime)),
    })),
  );
  plans.forEach(assertScoresFitInt16);
  const scores = new Int16Array(totalPeople);
  population.forEach((segment, segmentIndex) => {
    const offset = offsets[segmentIndex]!;
    const segmentPlans = plans[segmentIndex]!;
    const baseline = segmentPlans.reduce(
      (sum, { plan }) => sum + plan.defaultPoints,
      startingScore,
    );
    scores.fill(baseline, offset, offset + segment.people);
    const planned = segmentPlans.map(({ indicatorIndex, plan }) => ({
      plan,
      stream: substreamSeed(seed, segmentIndex, indicatorIndex),
    }));
    addExceptions(planned, segment.people, scores, offset);
  });
  const histogram = new Int32Array(maximumScore + 1);
  // Bounds copied to locals: an imported function called per person is slow under module runners.
  const [lowest, highest] = [minimumScore, maximumScore];
  for (let person = 0; person < totalPeople; person++) {
    const score = Math.min(highest, Math.max(lowest, scores[person]!));
    scores[person] = score;
    histogram[score]! += 1;
  }

  const citizen = (person: number): SimulatedCitizen => {
    if (!Number.isInteger(person) || person < 0 || person >= totalPeople) {
      throw new RangeError(`No person ${person} in a population of ${totalPeople}`);
    }
    let segmentIndex = population.length - 1;
    while (offsets[segmentIndex]! > person) segmentIndex--;
    const local = person - offsets[segmentIndex]!;
    const ledger = plans[segmentIndex]!.flatMap((indicatorPlan) =>
      replayLedgerLine(
        indicatorPlan,
        substreamSeed(seed, segmentIndex, indicatorPlan.indicatorIndex),
        local,
      ),
    );
    return { ...summariseLedger(ledger), person, segment: population[segmentIndex]! };
  };

  return {
    regimeId: regime.id,
    seed,
    scores,
    histogram,
    bandCounts: bandCounts(histogram),
    citizen,
    randomCitizen: (random) => citizen(Math.floor(random() * totalPeople)),
  };
}

/** The ledger line one indicator gives a person, found by replaying its sub-stream up to them. */
function replayLedgerLine(
  { indicator, plan }: IndicatorPlan,
  seed: number,
  person: number,
): LedgerLine[] {
  const points = plan.defaultPoints + exceptionFor(plan, seed, person);
  if (points === 0) return [];
  const { id, label, category, department } = indicator;
  const majorViolation = indicator.majorViolation === true;
  return [{ indicatorId: id, label, category, department, points, counted: true, majorViolation }];
}

/** Refuse a catalogue whose raw sums could overflow the Int16Array of scores. */
function assertScoresFitInt16(segmentPlans: readonly IndicatorPlan[]): void {
  let lowest = startingScore;
  let highest = startingScore;
  for (const { plan } of segmentPlans) {
    lowest += plan.defaultPoints + Math.min(0, ...plan.deltas);
    highest += plan.defaultPoints + Math.max(0, ...plan.deltas);
  }
  if (lowest < -32_768 || highest > 32_767) {
    throw new RangeError(`Raw scores from ${lowest} to ${highest} overflow 16 bits`);
  }
}

/** A seed for one (segment, indicator) stream, mixed so nearby inputs give unrelated streams. */
function substreamSeed(seed: number, segmentIndex: number, indicatorIndex: number): number {
  let hash = toSeed(seed);
  for (const part of [segmentIndex, indicatorIndex]) {
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) + part + 1;
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash = (hash ^ (hash >>> 16)) >>> 0;
  }
  return hash;
}
