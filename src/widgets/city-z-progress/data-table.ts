import type { WidgetData } from '../../lib/widget-data';
import { cityZProgress, practiceById, progressLabels } from '../../models/risk';

/** City Z's progress on each practice, with the paper's evidence and where it says so. */
export function progressTable(): WidgetData {
  return {
    columns: ['Practice', 'Category', 'Progress by late 2020', 'Evidence', 'Paper locator'],
    rows: cityZProgress.map((row) => [
      practiceById(row.practice).label,
      row.category,
      progressLabels[row.progress],
      row.evidence,
      row.locator,
    ]),
  };
}
