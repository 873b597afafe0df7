import type { WidgetData } from '../../lib/widget-data';
import type { CitizenScore } from '../../models/scoring/citizen';

/** The resident's ledger as a table, with the total: what "Get the data" downloads. */
export function ledgerTable(score: CitizenScore, regimeLabel: string): WidgetData {
  return {
    columns: ['Record', 'Category', 'Recorded by', 'Points', `Counted under ${regimeLabel}`],
    rows: [
      ...score.ledger.map((line) => [
        line.label,
        line.category,
        line.department,
        line.points,
        line.counted ? 'yes' : 'no',
      ]),
      ['Score (start 550, clamped to 0–1,000)', '', '', score.total, ''],
    ],
  };
}
