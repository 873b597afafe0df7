/**
 * The city-level (horizontally managed) units the paper names, with our reading of how willing and
 * how large each is. Paper: platform passage (notes 25–27), § Political Integrity
 * (notes 40–45), the leading group's member bureaus (before note 24).
 */
import type { Dataset } from './datasets';
import type { Unit } from './units';

export type NamedUnit = Omit<Unit, 'kind' | 'group' | 'withheld'> & {
  readonly withheld?: readonly Dataset[];
};

// Assumption: willingness (per-round chance of complying with a DRC order) and volume (relative
// size of the data flow) are our reading of the paper, unit by unit. [platform-willingness]
// [platform-volumes]
export const CITY_UNITS: readonly NamedUnit[] = [
  // The lead department and the platform's builder are on board from the start (notes 24–25).
  {
    id: 'drc',
    name: 'Development and Reform Commission',
    willingness: 1,
    volume: 10,
    datasets: ['credit-records'],
  },
  {
    id: 'big-data',
    name: 'Big Data Commission',
    willingness: 1,
    volume: 5,
    datasets: ['platform-exchange'],
  },
  // Reluctant: the census found none of its population data on the platform (note 44), yet it did
  // upload rumour records during COVID-19 (note 27). Assumption: so it shares some sets and keeps
  // its population records back until the mayor steps in. [platform-withheld-data]
  {
    id: 'public-security',
    name: 'Public Security Bureau',
    willingness: 0.3,
    volume: 60,
    datasets: ['rumour-records', 'household-registration'],
    withheld: ['household-registration'],
  },
  {
    id: 'education',
    name: 'Education Bureau',
    willingness: 0.6,
    volume: 8,
    datasets: ['training-ratings'],
  },
  // Its social-security data is one of the paper's examples of platform content (note 25 passage).
  {
    id: 'hrss',
    name: 'Human Resources and Social Security Bureau',
    willingness: 0.6,
    volume: 60,
    datasets: ['social-insurance'],
  },
  {
    id: 'housing',
    name: 'Commission for Housing and Urban-Rural Development',
    willingness: 0.6,
    volume: 10,
    datasets: ['construction-ratings'],
  },
  {
    id: 'civil-affairs',
    name: 'Civil Affairs Bureau',
    willingness: 0.6,
    volume: 8,
    datasets: ['elderly-care-ratings'],
  },
  {
    id: 'provident-fund',
    name: 'Housing Provident Fund Centre',
    willingness: 0.5,
    volume: 30,
    datasets: ['provident-fund'],
  },
  {
    id: 'industry-commerce',
    name: 'Industrial and Commercial Bureau',
    willingness: 0.5,
    volume: 30,
    datasets: ['firm-registrations'],
  },
  {
    id: 'finance',
    name: 'Finance Bureau',
    willingness: 0.5,
    volume: 8,
    datasets: ['budget-records'],
  },
  {
    id: 'statistics',
    name: 'City Statistics Bureau',
    willingness: 0.5,
    volume: 8,
    datasets: ['statistics'],
  },
  // Its personnel files already exist and change little, so it has little to lose (note 45).
  {
    id: 'organization',
    name: 'Organization Department',
    willingness: 0.7,
    volume: 4,
    datasets: ['personnel-files'],
  },
];
