/**
 * A fast local search for a city's levels: one practice at a time, each moved to its best level
 * with the others held, until nothing improves. Used by the 300 cities, where enumerating 3^9
 * choices per city and year would take seconds (see bench/risk.bench.ts).
 */
import { addAttempt, failFromDistribution } from './mandate';
import type { MandateParams } from './params';

export interface LocalProblem {
  /** own[i * 3 + level]: prospect value of practice i at level 0 skip, 1 nominal, 2 full. */
  readonly own: Float64Array;
  /** Chance practice i ends up working if taken to full (1 if it already works). */
  readonly working: Float64Array;
  /** Lowest level allowed per practice: what is built is not torn down. */
  readonly floor: Uint8Array;
  readonly mandate: MandateParams;
  /** Prospect value of the mandate gamble as a function of its fail chance. */
  readonly mandateValue: (failChance: number) => number;
}

const dist = new Float64Array(12);

function failChance(
  levels: Uint8Array,
  skipIndex: number,
  skipLevel: number,
  w: Float64Array,
  m: MandateParams,
): number {
  let attempted = 0;
  let sure = 0;
  for (let i = 0; i < levels.length; i++) {
    const l = i === skipIndex ? skipLevel : (levels[i] ?? 0);
    if (l > 0) attempted++;
    if (l === 2 && (w[i] ?? 0) >= 1) sure++;
  }
  // Practices that already work are certain credit: often they settle the mandate on their own.
  const credited = attempted * m.nominalCredit + sure * (1 - m.nominalCredit);
  if (credited >= m.threshold * levels.length - 1e-9) return 0;
  dist.fill(0);
  dist[0] = 1;
  let fulls = 0;
  for (let i = 0; i < levels.length; i++) {
    const l = i === skipIndex ? skipLevel : (levels[i] ?? 0);
    if (l === 2) addAttempt(dist, fulls++, w[i] ?? 0);
  }
  return failFromDistribution(dist, fulls, attempted, m, levels.length);
}

/** Total prospect value of a set of levels. */
function total(levels: Uint8Array, problem: LocalProblem): number {
  let own = 0;
  for (let i = 0; i < levels.length; i++) own += problem.own[i * 3 + (levels[i] ?? 0)] ?? 0;
  return own + mandateTerm(levels, -1, 0, problem);
}

/** The mandate's prospect value with practice i at level l (skipped when nothing is at stake). */
function mandateTerm(levels: Uint8Array, i: number, l: number, problem: LocalProblem): number {
  const m = problem.mandate;
  if (m.loss * m.pressure === 0) return 0;
  return problem.mandateValue(failChance(levels, i, l, problem.working, m));
}

/** Coordinate ascent in place: each practice to its best level with the others held. */
function ascend(levels: Uint8Array, problem: LocalProblem): Uint8Array {
  const n = levels.length;
  for (let sweep = 0; sweep < 4; sweep++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      if ((problem.floor[i] ?? 0) === 2) continue;
      let bestLevel = levels[i] ?? 0;
      let bestTotal = -Infinity;
      for (let l = problem.floor[i] ?? 0; l < 3; l++) {
        const value = (problem.own[i * 3 + l] ?? 0) + mandateTerm(levels, i, l, problem);
        if (value > bestTotal + 1e-12) {
          bestTotal = value;
          bestLevel = l;
        }
      }
      if (bestLevel !== levels[i]) {
        levels[i] = bestLevel;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return levels;
}

// Assumption: cities search locally instead of enumerating: coordinate ascent (at most four
// sweeps) from last year's levels and from the same levels with every skipped practice put on
// paper, keeping the better. The second start matters because the mandate's threshold makes any
// single paper step from nothing look useless. It finds the enumerated optimum in the tested
// cases and suits officials feeling their way forward.
/** Improve `levels` (raised to the floor first); returns the better of the two searches. */
export function improveLevels(levels: Uint8Array, problem: LocalProblem): Uint8Array {
  for (let i = 0; i < levels.length; i++)
    levels[i] = Math.max(levels[i] ?? 0, problem.floor[i] ?? 0);
  const paper = levels.map((l) => Math.max(l, 1));
  const a = ascend(levels, problem);
  // The paper start can only help when the first search leaves the mandate at risk.
  if (mandateTerm(a, -1, 0, problem) === 0) return a;
  const b = ascend(paper, problem);
  if (total(b, problem) > total(a, problem) + 1e-12) levels.set(b);
  return levels;
}
