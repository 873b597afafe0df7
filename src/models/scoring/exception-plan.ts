import { geometricSkipSampler, type SkipSampler } from './geometric-skip';
import type { PointOutcome } from './indicator';

/**
 * Exceptions rarer than this are found by geometric skips, which cost ~25 ns per exception;
 * commoner ones by one hashed draw per person, ~2 ns each. The switch keeps the work of
 * every indicator within about 1 / 0.05 = 20 draws per exception, so the simulation's cost
 * grows with the number of exceptions whatever the catalogue. (A speed choice: both methods
 * draw from the same distribution.)
 */
const skipBelowProbability = 0.05;

/** Outcomes read from each person's draw; records with more go by skips (none so far do). */
const drawnOutcomeSlots = 3;

/**
 * How the Monte Carlo treats one indicator in one segment. Everyone gets the likeliest outcome
 * (`defaultPoints`, often 0, but the points of a near-universal record); only the people with
 * another outcome, the exceptions, change the score. So a 99.9% record costs as little as a
 * 0.1% one.
 */
export interface ExceptionPlan {
  readonly defaultPoints: number;
  /** Probability that a person's outcome differs from the default. */
  readonly exceptionProbability: number;
  /** Points relative to the default, for each non-default outcome. */
  readonly deltas: Int32Array;
  /** Cumulative probabilities of the non-default outcomes, given an exception; the last is 1. */
  readonly cumulative: Float64Array;
  /** Rare exceptions: gaps between them. Null when exceptions are common or absent. */
  readonly skip: SkipSampler | null;
  /**
   * Common exceptions with at most three outcomes, drawn for every person; null otherwise.
   */
  readonly everyone: DrawnOutcomes | null;
}

/**
 * Outcomes read from one 31-bit draw with no branch to mispredict (a mispredicted branch per
 * person would cost more than the draw): a draw below `below[i]` earns `steps[i]`, and the
 * steps are differences of the deltas, so a draw between `below[i − 1]` and `below[i]` earns
 * exactly the i-th non-default outcome's delta. Unused slots hold zeros, which never earn.
 */
export interface DrawnOutcomes {
  readonly below: Int32Array;
  readonly steps: Int32Array;
}

/** Split an outcome distribution into a default for everyone and rarer exceptions. */
export function planExceptions(outcomes: readonly PointOutcome[]): ExceptionPlan {
  let defaultIndex = 0;
  outcomes.forEach((outcome, index) => {
    if (outcome.probability > outcomes[defaultIndex]!.probability) defaultIndex = index;
  });
  const defaultPoints = outcomes[defaultIndex]?.points ?? 0;
  const others = outcomes.filter((_, index) => index !== defaultIndex);
  // Below 1, as the default is the likeliest outcome; summing the others keeps a tiny
  // probability exact instead of taking 1 minus a number near 1.
  const exceptionProbability = others.reduce((sum, outcome) => sum + outcome.probability, 0);
  const deltas = Int32Array.from(others, (outcome) => outcome.points - defaultPoints);
  const cumulative = new Float64Array(others.length);
  let running = 0;
  others.forEach((outcome, index) => {
    running += outcome.probability / exceptionProbability;
    cumulative[index] = index === others.length - 1 ? 1 : running;
  });
  const common = exceptionProbability >= skipBelowProbability && others.length <= drawnOutcomeSlots;
  const rare = exceptionProbability > 0 && !common;
  return {
    defaultPoints,
    exceptionProbability,
    deltas,
    cumulative,
    skip: rare ? geometricSkipSampler(exceptionProbability) : null,
    everyone: common ? drawnOutcomes(deltas, cumulative, exceptionProbability) : null,
  };
}

function drawnOutcomes(
  deltas: Int32Array,
  cumulative: Float64Array,
  exceptionProbability: number,
): DrawnOutcomes {
  const below = new Int32Array(drawnOutcomeSlots);
  const steps = new Int32Array(drawnOutcomeSlots);
  deltas.forEach((delta, index) => {
    below[index] = Math.round(cumulative[index]! * exceptionProbability * 2 ** 31);
    steps[index] = delta - (deltas[index + 1] ?? 0);
  });
  return { below, steps };
}

/** One indicator's plan in one segment, with the stream that seeds its draws there. */
export interface PlannedStream {
  readonly plan: ExceptionPlan;
  readonly stream: number;
}

/**
 * People are filled a block at a time, every indicator in turn, so the scattered writes of
 * rare exceptions land in a block that sits in the processor's cache (32 KB of scores)
 * instead of anywhere in 14 MB: that alone halves their cost.
 */
const blockOfPeople = 16_384;

/**
 * Add every exception's points among `people` people to `scores[offset …]`. Each stream
 * seeds its plan's draws; the same stream always gives the same people the same exceptions,
 * so one person's share can be found again with `exceptionFor`. Each person is an exception
 * of each plan independently with the plan's probability.
 */
export function addExceptions(
  planned: readonly PlannedStream[],
  people: number,
  scores: Int16Array,
  offset: number,
): void {
  const drawn = planned.filter(({ plan }) => plan.everyone !== null);
  const walks = planned
    .filter(({ plan }) => plan.skip !== null)
    .map(({ plan, stream }) => new RareExceptionWalk(plan, stream));
  for (let start = 0; start < people; start += blockOfPeople) {
    const end = Math.min(people, start + blockOfPeople);
    for (const { plan, stream } of drawn) {
      addDrawnExceptions(plan.everyone!, stream, start, end, scores, offset);
    }
    for (const walk of walks) {
      while (walk.person < end) {
        scores[offset + walk.person]! += walk.delta;
        walk.advance();
      }
    }
  }
}

function addDrawnExceptions(
  { below, steps }: DrawnOutcomes,
  stream: number,
  start: number,
  end: number,
  scores: Int16Array,
  offset: number,
): void {
  // Scalars rather than array reads in the loops: they cost a third of the time per person.
  const [below0, below1, below2] = below;
  const [step0, step1, step2] = steps;
  if (step1 === 0 && step2 === 0) {
    for (let person = start; person < end; person++) {
      scores[offset + person]! += step0! & ((personDraw(stream, person) - below0!) >> 31);
    }
    return;
  }
  for (let person = start; person < end; person++) {
    const draw = personDraw(stream, person);
    scores[offset + person]! +=
      (step0! & ((draw - below0!) >> 31)) +
      (step1! & ((draw - below1!) >> 31)) +
      (step2! & ((draw - below2!) >> 31));
  }
}

/** The points one person's exception adds to the default (0 if they have none). */
export function exceptionFor(plan: ExceptionPlan, stream: number, person: number): number {
  if (plan.everyone !== null) {
    const { below, steps } = plan.everyone;
    const draw = personDraw(stream, person);
    // (draw − below) >> 31 is all ones when the draw is below the threshold, else zero.
    return steps.reduce((sum, step, index) => sum + (step & ((draw - below[index]!) >> 31)), 0);
  }
  if (plan.skip === null) return 0;
  const walk = new RareExceptionWalk(plan, stream);
  while (walk.person < person) walk.advance();
  return walk.person === person ? walk.delta : 0;
}

/**
 * The rare exceptions of one plan, in increasing order of person: `person` is the next
 * exception and `delta` its points. Gaps between exceptions are geometric, so the cost grows
 * with the exceptions, not with the people.
 */
class RareExceptionWalk {
  person = -1;
  delta = 0;
  /** How many uniforms the walk has used: the counter of its draws. */
  private draws = 0;

  constructor(
    private readonly plan: ExceptionPlan,
    private readonly stream: number,
  ) {
    this.advance();
  }

  advance(): void {
    const { skip, deltas, cumulative } = this.plan;
    this.person += 1 + skip!(this.uniform());
    this.delta =
      deltas.length === 1 ? deltas[0]! : deltas[pickOutcome(cumulative, this.uniform())]!;
  }

  private uniform(): number {
    return counterDraw(this.stream, this.draws++) / 2 ** 32;
  }
}

function pickOutcome(cumulative: Float64Array, uniform: number): number {
  let index = 0;
  while (uniform >= cumulative[index]! && index < cumulative.length - 1) index++;
  return index;
}

/** A uniform 31-bit draw for one person: small enough that `draw − threshold` fits 32 bits. */
function personDraw(stream: number, person: number): number {
  return counterDraw(stream, person) >>> 1;
}

/**
 * The counter-th uniform 32-bit draw of a stream, computed from the pair alone, so any draw
 * can be found again without replaying the ones before. Built like splitmix: the counter is
 * spread by the golden-ratio constant, then mixed by Wellons's "lowbias32" finaliser, whose
 * every output bit depends on every input bit.
 */
function counterDraw(stream: number, counter: number): number {
  let z = (Math.imul(counter, 0x9e3779b9) + stream) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}
