import { table1, table1Rows } from '../../data/table1';
import { defineWidget } from '../define-widget';

export const topLevelDesign = defineWidget({
  id: 'top-level-design',
  title: 'The top-level design, practice by practice',
  summary:
    'Table 1 of the paper as a matrix: pick a category and a row to see what the centre asked for, and how far City Z had got with each practice by 2020.',
  schema: {
    category: {
      kind: 'enum',
      options: table1.categories.map((category) => category.id),
      default: 'business',
    },
    row: { kind: 'enum', options: table1Rows.map((row) => row.id), default: 'practices' },
  },
  embedHeight: 760,
  chapter: 'feeling-for-stones',
});
