/**
 * 'Figure 1' rebuilt: City Z's implementation progress by late 2020, practice by practice. The
 * progress and its evidence come from the site's one record of it, Table 1's practices in
 * src/data/table1.ts, so the Table 1 explorer and this figure can never disagree.
 */
import {
  table1Category,
  type PracticeId as Table1PracticeId,
  type ProgressLevel,
} from '../../data/table1';
import type { PaperLocator } from '../../data/citation';
import type { CategoryId, PracticeId } from './practices';

/** How far a practice had got in City Z by November 2020: Table 1's scale, lowest first. */
export type Progress = ProgressLevel;

export const progressLabels: Readonly<Record<Progress, string>> = {
  'not started': 'Not started',
  'on paper': 'On paper only',
  partial: 'Partly built',
  implemented: 'In force and used',
};

// Assumption: a 0–1 score per stage (in force 1, partly built 0.5, on paper 0.15, not started 0)
// so the chart can draw bars; the paper ranks the three categories but gives no numbers
// ('Figure 1', 'Table 3').
export const progressScore: Readonly<Record<Progress, number>> = {
  'not started': 0,
  'on paper': 0.15,
  partial: 0.5,
  implemented: 1,
};

/**
 * The model's nine practices against Table 1's eight: the model splits Table 1's "reward high
 * scorers, punish low ones" for businesses into rewards and sanctions, which share its record.
 */
const table1PracticeOf: Readonly<Record<PracticeId, Table1PracticeId>> = {
  'business-scoring': 'score-businesses',
  'business-rewards': 'reward-punish-businesses',
  'business-sanctions': 'reward-punish-businesses',
  'government-sharing': 'share-information',
  'government-files': 'integrity-files',
  'government-rewards': 'reward-punish-civil-servants',
  'social-codes': 'social-credit-codes',
  'social-indicators': 'rating-indicators',
  'social-rewards': 'reward-punish-citizens',
};

export interface CityZPractice {
  readonly practice: PracticeId;
  readonly category: CategoryId;
  readonly progress: Progress;
  /** What City Z had actually done, in our words (Table 1's record). */
  readonly evidence: string;
  readonly locator: PaperLocator;
  /** 'inferred' where the paper is silent on the practice and the level is our reading. */
  readonly basis: 'reported' | 'inferred';
}

export const cityZProgress: readonly CityZPractice[] = (
  Object.entries(table1PracticeOf) as [PracticeId, Table1PracticeId][]
).map(([practice, table1Id]) => {
  const category = practice.split('-')[0] as CategoryId;
  const record = table1Category(category).practices.find((p) => p.id === table1Id);
  if (!record) throw new Error(`Table 1 has no practice ${table1Id}`);
  return {
    practice,
    category,
    progress: record.cityZ.level,
    evidence: record.cityZ.summary,
    locator: record.cityZ.source,
    basis: record.cityZ.basis,
  };
});

/** Mean progress score per category: business > government > social, as in 'Figure 1'. */
export function cityZCategoryProgress(): Record<CategoryId, number> {
  const mean = (c: CategoryId) => {
    const rows = cityZProgress.filter((r) => r.category === c);
    return rows.reduce((s, r) => s + progressScore[r.progress], 0) / rows.length;
  };
  return { business: mean('business'), government: mean('government'), social: mean('social') };
}
