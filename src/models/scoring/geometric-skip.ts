import type { Random } from '../random';

/** Draws a gap: the number of people before the next exception. */
export type SkipSampler = (random: Random) => number;

const tableSize = 64;
const smallestTabledProbability = 0.05;

/**
 * A sampler for Geometric(probability) on 0, 1, 2, …, for 0 < probability < 1. Inverting with a
 * logarithm costs as much as everything else per event, so for common exceptions (≥ 5%) the
 * first 64 values are inverted from a table with a guide index (Chen and Asau); rarer
 * exceptions keep the logarithm, as they are few. Both invert the same distribution function.
 * A closure rather than an exported function: module runners wrap every imported function call
 * in a getter, which would dominate a loop run millions of times.
 */
export function geometricSkipSampler(probability: number): SkipSampler {
  const perLogOfMiss = 1 / Math.log1p(-probability);
  // 1 − uniform lies in (0, 1], so its logarithm is finite.
  const byLogarithm = (uniform: number) => Math.floor(Math.log(1 - uniform) * perLogOfMiss);
  if (probability < smallestTabledProbability) return (random) => byLogarithm(random());

  const cumulative = Float64Array.from(
    { length: tableSize },
    (_, k) => -Math.expm1((k + 1) * Math.log1p(-probability)),
  );
  // guide[j] is the smallest k with cumulative[k] > j / tableSize, where the search starts.
  const guide = new Int32Array(tableSize);
  for (let j = 0, k = 0; j < tableSize; j++) {
    while (k < tableSize - 1 && cumulative[k]! <= j / tableSize) k++;
    guide[j] = k;
  }
  const tableEnd = cumulative[tableSize - 1]!;
  return (random) => {
    const uniform = random();
    if (uniform >= tableEnd) {
      // Past the table: by memorylessness, the table's length plus a fresh geometric gap.
      return tableSize + byLogarithm((uniform - tableEnd) / (1 - tableEnd));
    }
    let k = guide[Math.floor(uniform * tableSize)]!;
    while (uniform >= cumulative[k]!) k++;
    return k;
  };
}
