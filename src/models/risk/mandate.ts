/**
 * The 2020 mandate, judged on the whole programme ('§ Conclusion': the Outline required every
 * region to finish by 2020). Because it is judged on the sum, it couples the nine choices.
 */
import type { MandateParams } from './params';

// Assumption: superiors add up credit over the nine practices (a paper practice earns
// nominalCredit, a working one earns 1, a failed or withdrawn one keeps its paper credit) and
// pass the city when the total reaches threshold × 9. The paper gives no scoring rule.

/** Chance the mandate fails, given the count of paper-or-better practices and full successes. */
export function mandateFailChance(
  attempted: number,
  fullSuccess: readonly number[],
  m: MandateParams,
  total: number,
): number {
  const dist = successDistribution(fullSuccess);
  return failFromDistribution(dist, fullSuccess.length, attempted, m, total);
}

/** Distribution of the number of successes among independent attempts (Poisson binomial). */
export function successDistribution(chances: readonly number[]): Float64Array {
  const dist = new Float64Array(chances.length + 1);
  dist[0] = 1;
  chances.forEach((q, n) => addAttempt(dist, n, q));
  return dist;
}

/** Fold one more attempt with success chance q into a distribution over n attempts (in place). */
export function addAttempt(dist: Float64Array, n: number, q: number): void {
  for (let k = n + 1; k >= 1; k--) dist[k] = (dist[k] ?? 0) * (1 - q) + (dist[k - 1] ?? 0) * q;
  dist[0] = (dist[0] ?? 0) * (1 - q);
}

/** Fail chance from a success distribution over `fulls` attempts and `attempted` credited practices. */
export function failFromDistribution(
  dist: Float64Array,
  fulls: number,
  attempted: number,
  m: MandateParams,
  total: number,
): number {
  const need = m.threshold * total - m.nominalCredit * attempted;
  if (need <= 1e-9) return 0;
  const perSuccess = 1 - m.nominalCredit;
  if (perSuccess <= 0) return 1;
  const kMin = Math.ceil(need / perSuccess - 1e-9);
  let fail = 0;
  for (let k = 0; k < Math.min(kMin, fulls + 1); k++) fail += dist[k] ?? 0;
  return Math.min(1, fail);
}

/** Whether realised credits pass the mandate (for the outcome simulation). */
export function mandatePassed(credits: readonly number[], m: MandateParams): boolean {
  const sum = credits.reduce((a, b) => a + b, 0);
  return sum >= m.threshold * credits.length - 1e-9;
}
