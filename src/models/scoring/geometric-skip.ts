/** Turns a uniform in [0, 1) into a gap: the number of people before the next exception. */
export type SkipSampler = (uniform: number) => number;

/**
 * A sampler for Geometric(probability) on 0, 1, 2, …, for 0 < probability < 1, by inverting
 * its distribution function with a logarithm. Used only for rare exceptions (common ones are
 * drawn person by person), so one logarithm per exception is cheap.
 * A closure rather than an exported function: module runners wrap every imported function call
 * in a getter, which would dominate a loop run millions of times.
 */
export function geometricSkipSampler(probability: number): SkipSampler {
  const perLogOfMiss = 1 / Math.log1p(-probability);
  // 1 − uniform lies in (0, 1], so its logarithm is finite.
  return (uniform) => Math.floor(Math.log(1 - uniform) * perLogOfMiss);
}
