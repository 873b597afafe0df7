/** Where in the paper a figure comes from: a table, figure, note number or section heading. */
export type PaperLocator = `Table ${1 | 2 | 3}` | 'Figure 1' | `note ${number}` | `§ ${string}`;

/** A value reported by the paper, carried with its locator so every page can cite it. */
export interface Cited<T> {
  readonly value: T;
  readonly source: PaperLocator;
}
