import type { PaperLocator } from './citation';

/** One row of Table 2: adults over 18 with City Z household registration, 5 November 2020. */
export interface ScoreBand {
  readonly id: 'extremelyExcellent' | 'excellent' | 'good' | 'average' | 'poor' | 'bad';
  readonly rating: string;
  /** Inclusive bounds. Bad is printed as "< 349" and Poor starts at 350: see `gapNote`. */
  readonly min: number;
  readonly max: number;
  readonly people: number;
}

export const table2 = {
  source: 'Table 2' satisfies PaperLocator,
  title: 'Distribution of social integrity scores in City Z',
  population: 'Adults over 18 with City Z household registration',
  date: '2020-11-05',
  total: 6_914_564,
  bands: [
    { id: 'extremelyExcellent', rating: 'Extremely excellent', min: 850, max: 1000, people: 0 },
    { id: 'excellent', rating: 'Excellent', min: 750, max: 849, people: 462 },
    { id: 'good', rating: 'Good', min: 650, max: 749, people: 6_892_409 },
    { id: 'average', rating: 'Average', min: 550, max: 649, people: 8_242 },
    { id: 'poor', rating: 'Poor', min: 350, max: 549, people: 13_448 },
    // Printed as "< 349"; we close the gap at 349 by reading Bad as ≤ 349 (see gapNote).
    { id: 'bad', rating: 'Bad', min: 0, max: 349, people: 3 },
  ],
  gapNote:
    'The table prints Bad as “< 349” and Poor as “350–549”, which leaves a score of exactly 349 in no band. We read Bad as “349 or less”.',
} as const satisfies {
  source: PaperLocator;
  title: string;
  population: string;
  date: string;
  total: number;
  bands: readonly ScoreBand[];
  gapNote: string;
};

export type ScoreBandId = ScoreBand['id'];

/** The band a score falls in, with the 349 gap resolved (Bad ≤ 349). */
export function bandOf(score: number): ScoreBand {
  const band = table2.bands.find((b) => score >= b.min && score <= b.max + 0.999);
  return band ?? table2.bands[table2.bands.length - 1]!;
}
