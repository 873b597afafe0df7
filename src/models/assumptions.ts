import type { Assumption } from './assumption';
import { businessAssumptions } from './business';
import { platformAssumptions } from './platform';
import { riskAssumptions } from './risk';
import { scoringAssumptions } from './scoring';

/** Every model's assumptions, grouped as the Method page lists them. */
export const assumptionGroups: readonly {
  readonly id: string;
  readonly title: string;
  readonly assumptions: readonly Assumption[];
}[] = [
  { id: 'scoring', title: 'The citizen scoring model', assumptions: scoringAssumptions },
  { id: 'business', title: 'The business rating and blacklist', assumptions: businessAssumptions },
  { id: 'platform', title: 'The data-sharing platform', assumptions: platformAssumptions },
  { id: 'risk', title: 'The cadre and the country of cities', assumptions: riskAssumptions },
];
