import type { WidgetData } from '../../lib/widget-data';
import { categoryIds, practices } from '../../models/risk';
import type { PackedRun } from './data';

/** Year by year: the share of cities at each level of each practice, and effectiveness per category. */
export function runTable(run: PackedRun): WidgetData {
  const percent = (x: number) => Number((x * 100).toFixed(1));
  return {
    columns: [
      'Year',
      ...practices.flatMap((p) => [
        `${p.label}: skipped (%)`,
        `${p.label}: on paper (%)`,
        `${p.label}: in full (%)`,
      ]),
      ...categoryIds.map((c) => `Effectiveness, ${c} (%)`),
    ],
    rows: run.years.map((year) => [
      year.year,
      ...year.shares.flatMap((levels) => levels.map(percent)),
      ...year.effectiveness.map(percent),
    ]),
  };
}
