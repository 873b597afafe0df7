/**
 * What a grade brings. Paper: § Business Integrity, notes 35 and 36. The paper speaks only of
 * "higher" and "low" scorers; which of the five grades count as which is our assumption.
 */
import type { PaperLocator } from '../../data/citation';
import type { Grade } from './grades';

export interface Consequence {
  readonly id: string;
  readonly label: string;
  /** Reward for good grades or burden for poor ones. */
  readonly effect: 'reward' | 'burden';
  /** Assumption: the grades it applies to [business-grade-consequences]. */
  readonly grades: readonly Grade[];
  /** First year it applies, where the paper dates it. */
  readonly since?: number;
  readonly locator: PaperLocator;
}

// Assumption: "higher scorers" are AAA and AA; "low scorers" are B and unqualified; a "good"
// score for xinyidai also admits A, since the scheme is aimed at small and micro firms.
// [business-grade-consequences]
const HIGH: readonly Grade[] = ['AAA', 'AA'];
const LOW: readonly Grade[] = ['B', 'unqualified'];
const GOOD: readonly Grade[] = ['AAA', 'AA', 'A'];

export const CONSEQUENCES: readonly Consequence[] = [
  {
    id: 'green-channel',
    label: 'Loan “green channel”: the application is approved faster',
    effect: 'reward',
    grades: HIGH,
    locator: 'note 35',
  },
  {
    id: 'credit-promise-form',
    label: 'Sign a credit promise form and hand in the supporting documents later',
    effect: 'reward',
    grades: HIGH,
    locator: 'note 35',
  },
  {
    id: 'close-scrutiny',
    label: 'Loan applications checked closely; the score weighs on the outcome',
    effect: 'burden',
    grades: LOW,
    locator: 'note 35',
  },
  {
    id: 'xinyidai',
    label: 'Xinyidai online credit loan: the rating stands in for real-estate collateral',
    effect: 'reward',
    grades: GOOD,
    since: 2020,
    locator: 'note 36',
  },
];

/** The consequences a firm with this grade meets in a given year. */
export function consequencesFor(grade: Grade, year: number): readonly Consequence[] {
  return CONSEQUENCES.filter(
    (c) => c.grades.includes(grade) && (c.since === undefined || year >= c.since),
  );
}
