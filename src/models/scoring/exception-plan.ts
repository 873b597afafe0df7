import type { Random } from '../random';
import { geometricSkipSampler, type SkipSampler } from './geometric-skip';
import type { PointOutcome } from './indicator';

/**
 * How the Monte Carlo treats one indicator in one segment. Everyone gets the likeliest outcome
 * (`defaultPoints`, often 0, but the points of a near-universal record); only the people with
 * another outcome, the exceptions, are visited. So a 99.9% record costs as little as a 0.1% one.
 */
export interface ExceptionPlan {
  readonly defaultPoints: number;
  /** Probability that a person's outcome differs from the default. */
  readonly exceptionProbability: number;
  /** Points relative to the default, for each non-default outcome. */
  readonly deltas: Int32Array;
  /** Cumulative probabilities of the non-default outcomes, given an exception; the last is 1. */
  readonly cumulative: Float64Array;
  /** Gaps between exceptions; null when there are none. */
  readonly skip: SkipSampler | null;
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
  const skip = exceptionProbability > 0 ? geometricSkipSampler(exceptionProbability) : null;
  return { defaultPoints, exceptionProbability, deltas, cumulative, skip };
}

/**
 * Visit every exception among `people` people in increasing order, calling `visit(person, delta)`;
 * stop early when it returns true. Gaps between exceptions are geometric, so each person is an
 * exception independently with the plan's probability and the number of exceptions is
 * Binomial(people, probability), yet the cost grows with the exceptions, not with the people.
 */
export function walkExceptions(
  plan: ExceptionPlan,
  random: Random,
  people: number,
  visit: (person: number, delta: number) => boolean,
): void {
  const { skip, deltas, cumulative } = plan;
  if (skip === null) return;
  const single = deltas.length === 1;
  let person = -1;
  for (;;) {
    person += 1 + skip(random);
    if (person >= people) return;
    const delta = single ? deltas[0]! : deltas[pickOutcome(cumulative, random())]!;
    if (visit(person, delta)) return;
  }
}

function pickOutcome(cumulative: Float64Array, uniform: number): number {
  let index = 0;
  while (uniform >= cumulative[index]! && index < cumulative.length - 1) index++;
  return index;
}
