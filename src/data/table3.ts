import type { PaperLocator } from './citation';
import type { CategoryId } from './table1';

/**
 * The ordinal scale of each row of Table 3, lowest first. Political risk and effectiveness use
 * the table's own words; precedent and difficulty are printed as descriptions, so their levels
 * are our reading of those descriptions (`levelBasis` says which).
 */
export const table3Scales = {
  precedent: ['hardly any', 'some', 'ample'],
  difficulty: ['less', 'moderate', 'high'],
  politicalRisk: ['low', 'medium', 'extremely high'],
  effectiveness: ['low', 'medium', 'high'],
} as const;

export type Table3RowId = keyof typeof table3Scales;
export type Table3Level<R extends Table3RowId> = (typeof table3Scales)[R][number];

export type PrecedentLevel = Table3Level<'precedent'>;
export type DifficultyLevel = Table3Level<'difficulty'>;
export type PoliticalRiskLevel = Table3Level<'politicalRisk'>;
export type EffectivenessLevel = Table3Level<'effectiveness'>;

/** One cell: what the table prints (in brief) and where it sits on the row's scale. */
export interface Table3Cell<R extends Table3RowId> {
  readonly text: string;
  readonly level: Table3Level<R>;
}

export interface Table3Row<R extends Table3RowId> {
  readonly id: R;
  readonly label: string;
  /** 'printed': the table states the level. 'our reading': we ranked the printed descriptions. */
  readonly levelBasis: 'printed' | 'our reading';
  readonly cells: Readonly<Record<CategoryId, Table3Cell<R>>>;
}

/** Table 3: how officials handle political risk in each of the three categories. */
export const table3 = {
  source: 'Table 3',
  title: 'How officials in the credit programme handle political risk',
  rows: {
    precedent: {
      id: 'precedent',
      label: 'Existing system to use as a reference',
      levelBasis: 'our reading',
      cells: {
        business: { text: 'Credit-rating rules in related fields', level: 'ample' },
        government: { text: 'Rules on sharing information', level: 'some' },
        social: { text: 'Hardly any', level: 'hardly any' },
      },
    },
    difficulty: {
      id: 'difficulty',
      label: 'Difficulty',
      levelBasis: 'our reading',
      cells: {
        business: { text: 'Less', level: 'less' },
        government: {
          text: 'Cadre personnel files; relations between vertical and horizontal management',
          level: 'moderate',
        },
        social: { text: 'Hardly any systems to refer to', level: 'high' },
      },
    },
    politicalRisk: {
      id: 'politicalRisk',
      label: 'Political risk',
      levelBasis: 'printed',
      cells: {
        business: { text: 'Low', level: 'low' },
        government: { text: 'Medium', level: 'medium' },
        social: { text: 'Extremely high', level: 'extremely high' },
      },
    },
    effectiveness: {
      id: 'effectiveness',
      label: 'Effectiveness',
      levelBasis: 'printed',
      cells: {
        business: { text: 'High', level: 'high' },
        government: { text: 'Medium', level: 'medium' },
        social: { text: 'Low', level: 'low' },
      },
    },
  },
  /** The rule the table illustrates, in our words. */
  reading:
    'The less precedent officials can borrow from, the harder and riskier a strand is, and the less of it gets done.',
  readingSource: '§ Conclusion',
} as const satisfies {
  source: PaperLocator;
  title: string;
  rows: { [R in Table3RowId]: Table3Row<R> };
  reading: string;
  readingSource: PaperLocator;
};

/** Row order as printed in the paper. */
export const table3RowOrder = [
  'precedent',
  'difficulty',
  'politicalRisk',
  'effectiveness',
] as const satisfies readonly Table3RowId[];

/** Position of a cell on its row's scale: 0 is the lowest level. */
export function table3Rank<R extends Table3RowId>(row: R, category: CategoryId): number {
  const scale: readonly string[] = table3Scales[row];
  const cells: Readonly<Record<CategoryId, Table3Cell<R>>> = table3.rows[row].cells;
  return scale.indexOf(cells[category].level);
}
