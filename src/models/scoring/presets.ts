import type { CitizenRecord } from './citizen';

/** A ready-made citizen for the "score a citizen" widget. */
export interface PresetCitizen {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly records: readonly CitizenRecord[];
}

/**
 * Assumption: these five files are invented composites, each built from catalogue records to
 * show one of the paper's points; none is a real person.
 */
export const presetCitizens: readonly PresetCitizen[] = [
  {
    id: 'retired-teacher',
    label: 'A retired teacher',
    description: 'A degree, a pension, years of volunteering and a long-paid-off mortgage.',
    records: [
      'schooling-completed',
      'university-degree',
      'income-on-record',
      'social-insurance-paid',
      'provident-fund-paid',
      'bank-credit-history',
      'loan-repaid-on-time',
      { indicatorId: 'charity-work', points: 15 },
    ],
  },
  {
    id: 'farmer-never-borrowed',
    label: 'A farmer who never borrowed',
    description:
      'Pays into the rural pension and has never taken a loan, so financial credit has nothing to score.',
    records: ['schooling-completed', 'income-on-record', 'social-insurance-paid'],
  },
  {
    id: 'small-business-owner',
    label: 'A small-business owner',
    description:
      'Earns well and borrows for the shop, but has a few traffic tickets and once filed taxes late.',
    records: [
      'schooling-completed',
      'income-on-record',
      'high-income',
      'social-insurance-paid',
      'bank-credit-history',
      'loan-repaid-on-time',
      { indicatorId: 'traffic-violation', points: -10 },
      'late-tax-filing',
    ],
  },
  {
    id: 'wuhan-nurse',
    label: 'A nurse who went to Wuhan',
    description: 'Volunteered for the COVID-19 front line in early 2020 and was given 50 points.',
    records: [
      'schooling-completed',
      'university-degree',
      'income-on-record',
      'social-insurance-paid',
      'provident-fund-paid',
      'bank-credit-history',
      'blood-donation',
      { indicatorId: 'wuhan-medical-volunteer', points: 50 },
    ],
  },
  {
    id: 'rumour-poster',
    label: 'Someone who posted “rumours”',
    description:
      'An office worker whose posts about the epidemic were logged by the police as rumours.',
    records: [
      'schooling-completed',
      'income-on-record',
      'social-insurance-paid',
      'provident-fund-paid',
      'bank-credit-history',
      'online-rumours',
    ],
  },
];
