/**
 * The vertically managed (tiaotiao) systems the paper names. City Z cannot order them; it must win
 * their superior's consent and then file a formal request (notes 42–43). The banking regulator's
 * and the tax office's data did reach the platform (note 26).
 */
import type { Unit, VerticalLine } from './units';

export interface NamedLine extends VerticalLine {
  readonly cityUnit: Pick<Unit, 'id' | 'name' | 'volume' | 'datasets'>;
  /** Whether the line also has a branch in every county and district. */
  readonly districtBranches: boolean;
}

// Assumption: the superiors' openness (per-round chance of agreeing while a negotiation is open)
// is our reading: higher for tax and the banking regulator, whose data the paper finds on the
// platform (note 26); lowest for the courts, which pass on only high-profile cases (note 42).
// [platform-openness]
export const NAMED_LINES: readonly NamedLine[] = [
  {
    id: 'tax',
    name: 'Tax',
    superior: 'Provincial Tax Service',
    openness: 0.35,
    districtBranches: true,
    cityUnit: { id: 'tax', name: 'City Tax Bureau', volume: 40, datasets: ['tax-payments'] },
  },
  {
    id: 'peoples-bank',
    name: 'People’s Bank',
    superior: 'People’s Bank of China, regional branch',
    openness: 0.2,
    districtBranches: true,
    cityUnit: {
      id: 'peoples-bank',
      name: 'People’s Bank, City Z branch',
      volume: 10,
      datasets: ['credit-reference'],
    },
  },
  {
    id: 'customs',
    name: 'Customs',
    superior: 'General Administration of Customs',
    openness: 0.2,
    districtBranches: false,
    cityUnit: { id: 'customs', name: 'City Z Customs', volume: 10, datasets: ['trade-records'] },
  },
  {
    id: 'courts',
    name: 'Courts',
    superior: 'Provincial Higher People’s Court',
    openness: 0.15,
    districtBranches: true,
    cityUnit: {
      id: 'courts',
      name: 'Intermediate People’s Court',
      volume: 3,
      datasets: ['high-profile-cases'],
    },
  },
  {
    id: 'banking-regulator',
    name: 'Banking regulator',
    superior: 'Banking and Insurance Regulatory Commission, provincial office',
    openness: 0.4,
    districtBranches: false,
    cityUnit: {
      id: 'banking-regulator',
      name: 'Banking and Insurance Regulatory Commission, City Z office',
      volume: 10,
      datasets: ['loan-records'],
    },
  },
  {
    id: 'foreign-exchange',
    name: 'Foreign exchange',
    superior: 'State Administration of Foreign Exchange, provincial branch',
    openness: 0.2,
    districtBranches: false,
    cityUnit: {
      id: 'foreign-exchange',
      name: 'Foreign Exchange Bureau',
      volume: 3,
      datasets: ['remittances'],
    },
  },
];
