import type { WidgetData } from '../../lib/widget-data';
import { bandOf } from '../../data/table2';

/** Expected adults at every score from 0 to 1,000 under the regime shown (model output). */
export function distributionTable(distribution: Float64Array, regimeLabel: string): WidgetData {
  return {
    columns: ['Score', 'Band (Table 2)', `Expected adults under ${regimeLabel} (model)`],
    rows: Array.from(distribution, (people, score) => [
      score,
      bandOf(score).rating,
      Number(people.toFixed(3)),
    ]),
  };
}
