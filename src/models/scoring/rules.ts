import type { PaperLocator } from '../../data/citation';

/** Everyone's starting score (note 48). */
export const startingScore = 550;
/** The ceiling of the scale (note 48). */
export const maximumScore = 1000;
/**
 * Assumption: the scale stops at 0. The paper gives only the ceiling, but Table 2's lowest band
 * ("< 349") implies no negative scores are reported.
 */
export const minimumScore = 0;

/** A score above this counts as good (note 48). */
export const goodThreshold = 650;
/** A score above this earns the perks (§ Social integrity in City Z). */
export const perksThreshold = 686;
/** Below this, a major violation makes a person eligible for the Credit China blacklist. */
export const blacklistThreshold = 550;

export interface Perk {
  readonly id: string;
  readonly label: string;
  readonly source: PaperLocator;
}

/** What a score above 686 was meant to buy (§ Social integrity in City Z). */
export const perks: readonly Perk[] = [
  { id: 'subway-discount', label: '20% off subway fares', source: '§ Social integrity in City Z' },
  {
    id: 'deferred-tuition',
    label: 'Tuition fees may be paid later',
    source: '§ Social integrity in City Z',
  },
  {
    id: 'library-deposit-waived',
    label: 'Library books without a deposit',
    source: '§ Social integrity in City Z',
  },
];

/** Clamp a raw sum onto the published 0…1,000 scale. */
export function clampScore(rawScore: number): number {
  return Math.min(maximumScore, Math.max(minimumScore, rawScore));
}

/** Whether a score earns the 686 perks (strictly more than 686). */
export function earnsPerks(score: number): boolean {
  return score > perksThreshold;
}
