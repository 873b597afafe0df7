/**
 * The nine practices of the Outline's top-level design ('Table 1'), three per category, with the
 * ordinal readings of 'Table 3' that set their default precedent, difficulty and backlash hazard.
 */

export const categoryIds = ['business', 'government', 'social'] as const;
export type CategoryId = (typeof categoryIds)[number];

export const categoryLabels: Readonly<Record<CategoryId, string>> = {
  business: 'Business integrity',
  government: 'Government integrity',
  social: 'Social integrity',
};

export const practiceIds = [
  'business-scoring',
  'business-rewards',
  'business-sanctions',
  'government-sharing',
  'government-files',
  'government-rewards',
  'social-codes',
  'social-indicators',
  'social-rewards',
] as const;
export type PracticeId = (typeof practiceIds)[number];

/** The ordinal words 'Table 3' uses (plus the two ends the text implies). */
export type Ordinal = 'hardly-any' | 'low' | 'medium' | 'high' | 'extremely-high';

export interface Practice {
  readonly id: PracticeId;
  readonly category: CategoryId;
  readonly label: string;
  /** How much existing regulation can be copied. */
  readonly precedent: Ordinal;
  /** How hard the units involved are to coordinate, including units the city cannot order. */
  readonly difficulty: Ordinal;
  /** How likely citizens are to protest once the practice is visible. */
  readonly backlashHazard: Ordinal;
  /** Where the paper grounds these readings. */
  readonly locator: string;
}

// Assumption: 'Table 1' lists only two business practices; its second ("reward high scorers,
// punish low scorers") is split in two because the paper describes them as separate machinery:
// the green channel and credit loans versus the Credit China blacklist ('§ Business integrity').
// Assumption: for social scoring and rewards 'Table 3' puts the difficulty in the missing
// precedent, which the model counts separately; the technical work itself was light (City Z scored
// 6.9 million adults within two years, 'Table 2'), so their own difficulty reads as low.
export const practices: readonly Practice[] = [
  {
    id: 'business-scoring',
    category: 'business',
    label: 'Score businesses',
    precedent: 'high',
    difficulty: 'low',
    backlashHazard: 'low',
    locator: 'Table 3; § Business integrity (the province’s 2015 classified supervision)',
  },
  {
    id: 'business-rewards',
    category: 'business',
    label: 'Reward high-scoring firms',
    precedent: 'high',
    difficulty: 'low',
    backlashHazard: 'low',
    locator: '§ Business integrity (green channel, credit promise form, notes 35–36)',
  },
  {
    id: 'business-sanctions',
    category: 'business',
    label: 'Blacklist and sanction low-scoring firms',
    precedent: 'high',
    difficulty: 'low',
    backlashHazard: 'low',
    locator: '§ Business integrity (Credit China blacklist, notes 37–39)',
  },
  {
    id: 'government-sharing',
    category: 'government',
    label: 'Share information between government units',
    precedent: 'medium',
    difficulty: 'extremely-high',
    backlashHazard: 'low',
    locator:
      '§ Political integrity (2017 State Council rules, note 41; vertical units, notes 42–44)',
  },
  {
    id: 'government-files',
    category: 'government',
    label: 'Keep civil-servant integrity files',
    precedent: 'extremely-high',
    difficulty: 'low',
    backlashHazard: 'low',
    locator: '§ Political integrity (2007 evaluation system and personnel files, note 45)',
  },
  {
    id: 'government-rewards',
    category: 'government',
    label: 'Reward and punish civil servants by score',
    precedent: 'medium',
    difficulty: 'medium',
    backlashHazard: 'medium',
    locator: 'Table 1; Table 3 (government political risk: medium)',
  },
  {
    id: 'social-codes',
    category: 'social',
    label: 'Give every citizen a social credit code',
    precedent: 'low',
    difficulty: 'high',
    backlashHazard: 'high',
    locator: '§ Social integrity (a second ID card; City Z kept the ID number)',
  },
  {
    id: 'social-indicators',
    category: 'social',
    label: 'Set rating indicators and score citizens',
    precedent: 'hardly-any',
    difficulty: 'low',
    backlashHazard: 'extremely-high',
    locator: '§ Social integrity (189 indicators; grading people provokes protest, note 51)',
  },
  {
    id: 'social-rewards',
    category: 'social',
    label: 'Reward and punish citizens by score',
    precedent: 'hardly-any',
    difficulty: 'low',
    backlashHazard: 'extremely-high',
    locator: 'Table 3; § Social integrity (no rewards or penalties yet; Suzhou, note 52)',
  },
];

/** Look a practice up by id. */
export function practiceById(id: PracticeId): Practice {
  const found = practices.find((p) => p.id === id);
  if (!found) throw new Error(`unknown practice ${id}`);
  return found;
}

/** The practices of one category, in 'Table 1' order. */
export function practicesIn(category: CategoryId): readonly Practice[] {
  return practices.filter((p) => p.category === category);
}
