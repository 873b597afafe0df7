/** A chart's data as a table: what "Get the data" downloads as CSV. */
export interface WidgetData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}
