/**
 * 'Figure 1' rebuilt: City Z's implementation framework and progress by late 2020, practice by
 * practice, from the facts the paper reports (the chart itself is not in the text).
 */
import type { CategoryId, PracticeId } from './practices';

/** How far a practice had got in City Z by November 2020. */
export type Progress = 'in-force' | 'partly-built' | 'on-paper';

export const progressLabels: Readonly<Record<Progress, string>> = {
  'in-force': 'In force and used',
  'partly-built': 'Partly built',
  'on-paper': 'On paper only',
};

// Assumption: a 0–1 score per stage (in force 1, partly built 0.5, on paper 0.15) so the chart
// can draw bars; the paper ranks the three categories but gives no numbers ('Figure 1', 'Table 3').
export const progressScore: Readonly<Record<Progress, number>> = {
  'in-force': 1,
  'partly-built': 0.5,
  'on-paper': 0.15,
};

export interface CityZPractice {
  readonly practice: PracticeId;
  readonly category: CategoryId;
  readonly progress: Progress;
  /** What City Z had actually done, in our words. */
  readonly evidence: string;
  readonly locator: string;
}

export const cityZProgress: readonly CityZPractice[] = [
  {
    practice: 'business-scoring',
    category: 'business',
    progress: 'in-force',
    evidence:
      'Each bureau grades the firms in its own field; the Education Bureau rated training schools in 2019.',
    locator: '§ Business integrity in City Z',
  },
  {
    practice: 'business-rewards',
    category: 'business',
    progress: 'in-force',
    evidence:
      'Well-rated firms get faster loans, a promise form instead of papers up front, and credit loans from 2020.',
    locator: '§ Business integrity in City Z (notes 35–36)',
  },
  {
    practice: 'business-sanctions',
    category: 'business',
    progress: 'in-force',
    evidence:
      'Serious offenders go on the Credit China blacklist and lose flights, fast trains and more.',
    locator: '§ Business integrity in City Z (notes 37–38)',
  },
  {
    practice: 'government-sharing',
    category: 'government',
    progress: 'partly-built',
    evidence:
      '667 units uploaded 1.26 billion items, but vertical units and the police held data back.',
    locator: '§ Political integrity (notes 40–44)',
  },
  {
    practice: 'government-files',
    category: 'government',
    progress: 'in-force',
    evidence:
      'Integrity files overlap the personnel files and the evaluation system in place since 2007.',
    locator: '§ Political integrity (note 45)',
  },
  {
    practice: 'government-rewards',
    category: 'government',
    progress: 'partly-built',
    evidence:
      'Civil servants are evaluated under the 2007 system; the paper reports no score-based rewards yet.',
    locator: '§ Political integrity; Table 3',
  },
  {
    practice: 'social-codes',
    category: 'social',
    progress: 'on-paper',
    evidence: 'No separate citizen code was issued; the ID number stands in for it.',
    locator: '§ Social integrity',
  },
  {
    practice: 'social-indicators',
    category: 'social',
    progress: 'on-paper',
    evidence:
      'Every adult has a score from 189 indicators since 2018, but the scores are not disclosed.',
    locator: '§ Social integrity; Table 2',
  },
  {
    practice: 'social-rewards',
    category: 'social',
    progress: 'on-paper',
    evidence:
      'Perks above 686 points are listed, yet no reward or penalty had been handed out by 2020.',
    locator: '§ Social integrity (note 49)',
  },
];

/** Mean progress score per category: business > government > social, as in 'Figure 1'. */
export function cityZCategoryProgress(): Record<CategoryId, number> {
  const mean = (c: CategoryId) => {
    const rows = cityZProgress.filter((r) => r.category === c);
    return rows.reduce((s, r) => s + progressScore[r.progress], 0) / rows.length;
  };
  return { business: mean('business'), government: mean('government'), social: mean('social') };
}
