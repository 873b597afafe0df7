import type { WidgetData } from '../../lib/widget-data';
import type { EducationRating } from '../../models/business';

/** The rating's scores and grade, and what follows from it, as a table. */
export function ratingTable(
  rating: EducationRating,
  consequences: readonly { readonly label: string }[],
  sanctions: readonly { readonly label: string; readonly agency: string }[],
): WidgetData {
  return {
    columns: ['Item', 'Value'],
    rows: [
      ['Paper review score (0–100)', rating.paperScore],
      ['On-site inspection score (0–100)', rating.inspectionScore],
      ['Average', rating.average],
      ['Grade', rating.grade],
      ...consequences.map((c) => ['Consequence', c.label]),
      ...sanctions.map((s) => ['Blacklist sanction', `${s.label} (${s.agency})`]),
    ],
  };
}
