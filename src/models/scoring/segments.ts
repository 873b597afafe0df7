import { table2 } from '../../data/table2';

/** Adults over 18 with City Z household registration (Table 2). */
export const adultPopulation = table2.total;

export type SegmentId =
  | 'urbanYoung'
  | 'urbanMiddleAged'
  | 'urbanOlder'
  | 'ruralWorkingAge'
  | 'ruralOlder'
  | 'farmersNeverBorrowed';

export interface Segment {
  readonly id: SegmentId;
  readonly label: string;
  readonly description: string;
  /** Share of the adult population; the shares sum to 1. */
  readonly share: number;
  /** Whole number of adults, apportioned from the shares so the segments sum to the total. */
  readonly people: number;
}

type SegmentSpec = Omit<Segment, 'people'>;

/**
 * Assumption: six segments with these shares. The paper gives no breakdown of City Z's adults;
 * the shares are plausible for a large coastal city, and the farmers who never borrowed come
 * from the official's remark that such farmers have no financial-credit score (§ Social
 * integrity in City Z).
 */
const segmentSpecs: readonly SegmentSpec[] = [
  {
    id: 'urbanYoung',
    label: 'Urban, 18–34',
    description: 'City residents early in their working lives.',
    share: 0.22,
  },
  {
    id: 'urbanMiddleAged',
    label: 'Urban, 35–59',
    description: 'City residents in mid-career, the most likely to hold awards and loans.',
    share: 0.3,
  },
  {
    id: 'urbanOlder',
    label: 'Urban, 60 and over',
    description: 'Retired city residents living on a pension.',
    share: 0.16,
  },
  {
    id: 'ruralWorkingAge',
    label: 'Rural, 18–59',
    description: 'Residents of rural districts who have dealt with a bank.',
    share: 0.17,
  },
  {
    id: 'ruralOlder',
    label: 'Rural, 60 and over',
    description: 'Older residents of rural districts who have dealt with a bank.',
    share: 0.09,
  },
  {
    id: 'farmersNeverBorrowed',
    label: 'Farmers who never borrowed',
    description: 'Farmers with no bank loan, hence no record for financial credit to score.',
    share: 0.06,
  },
];

/** Split a total into whole counts proportional to shares (largest remainder, exact sum). */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sumOfShares = shares.reduce((sum, share) => sum + share, 0);
  const quotas = shares.map((share) => (total * share) / sumOfShares);
  const counts = quotas.map(Math.floor);
  const leftover = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let k = 0; k < leftover; k++) {
    const index = byRemainder[k % byRemainder.length]!.index;
    counts[index]! += 1;
  }
  return counts;
}

/** Build segments whose people sum exactly to the given population. */
export function buildSegments(specs: readonly SegmentSpec[], population: number): Segment[] {
  const counts = apportion(
    population,
    specs.map((spec) => spec.share),
  );
  return specs.map((spec, index) => ({ ...spec, people: counts[index]! }));
}

export const segments: readonly Segment[] = buildSegments(segmentSpecs, adultPopulation);
