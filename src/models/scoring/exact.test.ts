import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';
import { exactDistribution } from './exact';
import { bySegment, fixedPoints, type Indicator } from './indicator';
import { buildCustomRegime, cityZ2020, outlineAsDesigned, type Regime } from './regimes';
import { adultPopulation, segments, type Segment } from './segments';

const regimeArbitrary: fc.Arbitrary<Regime> = fc.oneof(
  fc.constant(cityZ2020),
  fc.constant(outlineAsDesigned),
  fc
    .record({
      deductionStrength: fc.double({ min: 0, max: 2, noNaN: true }),
      deductionShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(buildCustomRegime),
);
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

/** People at or below each score: adding a deduction may only push this up. */
const cumulative = (distribution: Float64Array) => {
  let running = 0;
  return Array.from(distribution, (people) => (running += people));
};

describe('exactDistribution', () => {
  it('spreads exactly the whole adult population over 0…1,000', () => {
    fc.assert(
      fc.property(regimeArbitrary, (regime) => {
        const distribution = exactDistribution(regime);
        expect(distribution).toHaveLength(1001);
        expect(sum(distribution)).toBeCloseTo(adultPopulation, 4);
        for (const people of distribution) expect(people).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 25 },
    );
  });

  it('does not depend on the order of the indicators', () => {
    const reference = exactDistribution(outlineAsDesigned);
    fc.assert(
      fc.property(fc.shuffledSubarray([...catalogue], { minLength: catalogue.length }), (order) => {
        const shuffled = exactDistribution(outlineAsDesigned, order);
        shuffled.forEach((people, score) => {
          expect(Math.abs(people - reference[score]!)).toBeLessThan(1e-6 * (1 + reference[score]!));
        });
      }),
      { numRuns: 20 },
    );
  });

  it('never moves anyone up when a deduction is added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -300, max: -1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        regimeArbitrary,
        (points, prevalence, regime) => {
          const extra: Indicator = {
            id: 'extra-deduction',
            label: 'Extra deduction',
            category: 'administrative',
            provenance: 'illustrative',
            source: null,
            note: 'Test only.',
            points: fixedPoints(points),
            department: 'Test',
            prevalence: bySegment(
              prevalence,
              prevalence,
              prevalence,
              prevalence,
              prevalence,
              prevalence,
            ),
            live: { cityZ2020: true, outline: true },
          };
          const before = cumulative(exactDistribution(regime));
          const after = cumulative(exactDistribution(regime, [...catalogue, extra]));
          after.forEach((atOrBelow, score) => {
            expect(atOrBelow).toBeGreaterThanOrEqual(before[score]! - 1e-6);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('matches a brute-force enumeration on a tiny population', () => {
    const indicators: Indicator[] = [
      {
        ...catalogue[0]!,
        id: 'a',
        points: fixedPoints(120),
        prevalence: bySegment(0.9, 0.2, 0, 0, 0, 0),
      },
      {
        ...catalogue[0]!,
        id: 'b',
        points: [
          { points: 200, probability: 0.25 },
          { points: 400, probability: 0.75 },
        ],
        prevalence: bySegment(0.5, 0.6, 0, 0, 0, 0),
      },
      {
        ...catalogue[0]!,
        id: 'c',
        points: fixedPoints(-700),
        prevalence: bySegment(0.1, 0.3, 0, 0, 0, 0),
      },
    ];
    const population: Segment[] = [
      { ...segments[0]!, people: 100 },
      { ...segments[1]!, people: 50 },
    ];
    const expected = new Float64Array(1001);
    for (const segment of population) {
      const [a, b, c] = indicators.map((indicator) => indicator.prevalence[segment.id]);
      for (const hasA of [false, true]) {
        for (const bPoints of [0, 200, 400]) {
          for (const hasC of [false, true]) {
            const probability =
              (hasA ? a! : 1 - a!) *
              (bPoints === 0 ? 1 - b! : b! * (bPoints === 200 ? 0.25 : 0.75)) *
              (hasC ? c! : 1 - c!);
            const raw = 550 + (hasA ? 120 : 0) + bPoints + (hasC ? -700 : 0);
            expected[Math.min(1000, Math.max(0, raw))]! += segment.people * probability;
          }
        }
      }
    }
    const actual = exactDistribution(cityZ2020, indicators, population);
    actual.forEach((people, score) => expect(people).toBeCloseTo(expected[score]!, 9));
  });

  it('keeps room for partial sums above the final range (an addition, then a certain deduction)', () => {
    const certainDeduction: Indicator = {
      ...catalogue[0]!,
      id: 'certain-deduction',
      points: fixedPoints(-1),
      prevalence: bySegment(1, 1, 1, 1, 1, 1),
    };
    const addition: Indicator = { ...catalogue[0]!, prevalence: bySegment(0.5, 0, 0, 0, 0, 0) };
    const population: Segment[] = [{ ...segments[0]!, people: 10 }];
    const distribution = exactDistribution(cityZ2020, [addition, certainDeduction], population);
    expect(distribution[549]).toBeCloseTo(5, 12);
    expect(distribution[589]).toBeCloseTo(5, 12);
  });
});
