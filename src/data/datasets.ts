import { keyFigures } from './key-figures';
import { table1 } from './table1';
import { table2 } from './table2';
import { table3, table3RowOrder } from './table3';
import { timeline } from './timeline';

/** A table of the paper's figures as the Sources page shows it and the CSV download holds it. */
export interface Dataset {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly columns: readonly string[];
  /** Columns holding numbers, right-aligned in the HTML table. */
  readonly numeric?: readonly number[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const table1Dataset: Dataset = {
  id: 'table-1',
  title: 'Table 1: the top-level design, with City Z’s progress per practice',
  source: 'Table 1; City Z progress from the sections and notes cited per row',
  columns: [
    'Category',
    'Target',
    'What integrity means',
    'Practice',
    'City Z progress',
    'Basis',
    'Paper locator',
  ],
  rows: table1.categories.flatMap((category) =>
    category.practices.map((practice) => [
      category.name,
      category.target,
      category.meaning.join('; '),
      practice.label,
      practice.cityZ.level,
      practice.cityZ.basis,
      practice.cityZ.source,
    ]),
  ),
};

const table2Dataset: Dataset = {
  id: 'table-2',
  title: 'Table 2: social integrity scores of City Z’s adults, 5 November 2020',
  source: table2.source,
  columns: ['Lowest score', 'Highest score', 'Rating', 'People', 'Share of adults (%)'],
  numeric: [0, 1, 3, 4],
  rows: table2.bands.map((band) => [
    band.min,
    band.max,
    band.rating,
    band.people,
    ((band.people / table2.total) * 100).toFixed(4),
  ]),
};

const table3Dataset: Dataset = {
  id: 'table-3',
  title: 'Table 3: how officials handle political risk',
  source: table3.source,
  columns: ['Row', 'Business', 'Government', 'Social', 'Levels'],
  rows: table3RowOrder.map((rowId) => {
    const row = table3.rows[rowId];
    return [
      row.label,
      row.cells.business.text,
      row.cells.government.text,
      row.cells.social.text,
      row.levelBasis,
    ];
  }),
};

const keyFiguresDataset: Dataset = {
  id: 'key-figures',
  title: 'Key figures quoted on this site',
  source: 'Sections and notes as listed per row',
  columns: ['Figure', 'Value', 'Paper locator'],
  rows: Object.values(keyFigures).map((figure) => [
    figure.label,
    formatValue(figure.value),
    figure.source,
  ]),
};

const timelineDataset: Dataset = {
  id: 'timeline',
  title: 'Timeline of the events the paper dates',
  source: 'Sections and notes as listed per row',
  columns: ['Date', 'Event', 'Context', 'Paper locator'],
  rows: timeline.map((event) => [event.when, event.title, event.detail, event.source]),
};

/** Numbers stay numbers (the table formats them); lists and records become readable text. */
function formatValue(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, v]) => `${key}: ${String(v)}`)
      .join('; ');
  }
  return String(value);
}

/** Every downloadable table, in the order the Sources page lists them. */
export const datasets: readonly Dataset[] = [
  table1Dataset,
  table2Dataset,
  table3Dataset,
  keyFiguresDataset,
  timelineDataset,
];
