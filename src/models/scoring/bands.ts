import { table2, type ScoreBandId } from '../../data/table2';

/** People per Table 2 band (expected counts from the exact engine, or simulated counts). */
export type BandCounts = Record<ScoreBandId, number>;

/** Sum a 0…1,000 score histogram into Table 2's bands (Bad read as ≤ 349). */
export function bandCounts(distribution: ArrayLike<number>): BandCounts {
  const counts = Object.fromEntries(table2.bands.map((band) => [band.id, 0])) as BandCounts;
  for (const band of table2.bands) {
    counts[band.id] = sumRange(distribution, band.min, band.max);
  }
  return counts;
}

/** People with a score strictly below the threshold. */
export function countBelow(distribution: ArrayLike<number>, threshold: number): number {
  return sumRange(distribution, 0, threshold - 1);
}

/** People with a score strictly above the threshold. */
export function countAbove(distribution: ArrayLike<number>, threshold: number): number {
  return sumRange(distribution, threshold + 1, distribution.length - 1);
}

function sumRange(distribution: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  const last = Math.min(to, distribution.length - 1);
  for (let score = Math.max(0, from); score <= last; score++) sum += distribution[score]!;
  return sum;
}
