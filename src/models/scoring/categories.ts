import type { PaperLocator } from '../../data/citation';

/** City Z's six credit categories for citizens (note 46). */
export type CategoryId =
  'personal' | 'public' | 'professional' | 'financial' | 'administrative' | 'judicial';

export interface Category {
  readonly id: CategoryId;
  readonly label: string;
  /** What the category rates, in our words. */
  readonly summary: string;
  readonly source: PaperLocator;
}

export const categories: readonly Category[] = [
  {
    id: 'personal',
    label: 'Personal credit',
    summary: 'Socio-economic standing: more schooling and a higher income earn more points.',
    source: 'note 46',
  },
  {
    id: 'public',
    label: 'Public credit',
    summary: 'Conduct in public life: charity work adds points, breaking traffic rules takes them.',
    source: 'note 46',
  },
  {
    id: 'professional',
    label: 'Professional credit',
    summary: 'Rewards and penalties tied to work, from model-worker honours to tax evasion.',
    source: 'note 47',
  },
  {
    id: 'financial',
    label: 'Financial credit',
    summary: 'Money matters: a person deep in debt loses points.',
    source: 'note 46',
  },
  {
    id: 'administrative',
    label: 'Administrative credit',
    summary: 'Whether a government department has ever penalised the person.',
    source: 'note 46',
  },
  {
    id: 'judicial',
    label: 'Judicial credit',
    summary: 'Whether a court has ever sentenced the person.',
    source: 'note 46',
  },
];
