import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import type { PointOutcome } from './indicator';
import { addExceptions, exceptionFor, planExceptions } from './exception-plan';

/** Every person's delta from the default, as addExceptions leaves them. */
function deltasFor(outcomes: readonly PointOutcome[], stream: number, people: number): Int16Array {
  const scores = new Int16Array(people);
  addExceptions([{ plan: planExceptions(outcomes), stream }], people, scores, 0);
  return scores;
}

const commonTriple = [
  { points: 0, probability: 0.6 },
  { points: 5, probability: 0.2 },
  { points: 10, probability: 0.12 },
  { points: -20, probability: 0.08 },
];
const rarePair = [
  { points: 0, probability: 0.97 },
  { points: 5, probability: 0.02 },
  { points: -40, probability: 0.01 },
];

/** Outcome distributions of one to five outcomes, any probabilities. */
const anyOutcomes = fc
  .array(fc.tuple(fc.integer({ min: -60, max: 60 }), fc.double({ min: 0.001, max: 1 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((pairs) => {
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    return pairs.map(([points, weight]) => ({ points, probability: weight / total }));
  });

describe('planExceptions', () => {
  it('makes the likeliest outcome the default and keeps the rest as exceptions', () => {
    const plan = planExceptions([
      { points: 0, probability: 0.1 },
      { points: 30, probability: 0.85 },
      { points: 50, probability: 0.05 },
    ]);
    expect(plan.defaultPoints).toBe(30);
    expect(plan.exceptionProbability).toBeCloseTo(0.15, 12);
    expect([...plan.deltas]).toEqual([-30, 20]);
    expect(plan.cumulative[0]).toBeCloseTo(2 / 3, 12);
    expect(plan.cumulative[1]).toBe(1);
  });

  it('skips to rare exceptions and draws common ones for everyone', () => {
    expect(planExceptions(rarePair).skip).not.toBeNull();
    expect(planExceptions(rarePair).everyone).toBeNull();
    expect(planExceptions(commonTriple).everyone).not.toBeNull();
    expect(planExceptions(commonTriple).skip).toBeNull();
    const fourCommonOutcomes = [...commonTriple, { points: 1, probability: 0.05 }].map((o) => ({
      ...o,
      probability: o.probability / 1.05,
    }));
    expect(planExceptions(fourCommonOutcomes).skip).not.toBeNull();
  });

  it('has no exceptions for a certain outcome', () => {
    const plan = planExceptions([{ points: 0, probability: 1 }]);
    expect(plan.exceptionProbability).toBe(0);
    expect(deltasFor([{ points: 0, probability: 1 }], 1, 1000).every((d) => d === 0)).toBe(true);
  });
});

describe('addExceptions', () => {
  it('adds only the plan’s deltas, only inside its stretch of the array', () => {
    fc.assert(
      fc.property(
        anyOutcomes,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer(),
        (outcomes, people, offset, stream) => {
          const plan = planExceptions(outcomes);
          const scores = new Int16Array(offset + people + 50).fill(7);
          addExceptions([{ plan, stream }], people, scores, offset);
          const allowed = new Set([0, ...plan.deltas]);
          scores.forEach((score, index) => {
            const inside = index >= offset && index < offset + people;
            if (inside) expect(allowed.has(score - 7)).toBe(true);
            else expect(score).toBe(7);
          });
        },
      ),
    );
  });

  for (const [name, outcomes] of [
    ['common (drawn for everyone)', commonTriple],
    ['rare (found by skips)', rarePair],
  ] as const) {
    it(`gives each ${name} outcome with its probability, within 4 binomial SD`, () => {
      const people = 300_000;
      const plan = planExceptions(outcomes);
      const counts = new Map<number, number>();
      for (const delta of deltasFor(outcomes, 9, people)) {
        counts.set(delta, (counts.get(delta) ?? 0) + 1);
      }
      for (const { points, probability } of outcomes) {
        const expected = people * probability;
        const sd = Math.sqrt(expected * (1 - probability));
        const count = counts.get(points - plan.defaultPoints) ?? 0;
        expect(Math.abs(count - expected)).toBeLessThan(4 * sd);
      }
    });
  }

  it('draws independently for two streams over the same people', () => {
    const people = 400_000;
    const first = deltasFor(commonTriple, 101, people);
    const second = deltasFor(commonTriple, 102, people);
    // Both have an exception: 0.4 × 0.4 of everyone if the streams are independent.
    const both = first.filter((delta, person) => delta !== 0 && second[person] !== 0).length;
    const expected = people * 0.16;
    expect(Math.abs(both - expected)).toBeLessThan(4 * Math.sqrt(expected * 0.84));
  });

  it('is the same for the same stream and differs for another', () => {
    expect(deltasFor(commonTriple, 5, 2000)).toEqual(deltasFor(commonTriple, 5, 2000));
    expect(deltasFor(commonTriple, 6, 2000)).not.toEqual(deltasFor(commonTriple, 5, 2000));
    expect(deltasFor(rarePair, 6, 20_000)).not.toEqual(deltasFor(rarePair, 5, 20_000));
  });
});

describe('exceptionFor', () => {
  it('finds every plan’s delta again across blocks of people, for many plans at once', () => {
    const people = 70_000;
    const planned = [commonTriple, rarePair, commonTriple, rarePair].map((outcomes, index) => ({
      plan: planExceptions(outcomes),
      stream: 1000 + index,
    }));
    const scores = new Int16Array(people);
    addExceptions(planned, people, scores, 0);
    const random = seededRandom(3);
    const someone = () => Math.floor(random() * people);
    // Both sides of each 16,384-person block boundary, and people at random.
    const checked = [
      0,
      16_383,
      16_384,
      32_767,
      32_768,
      people - 1,
      ...Array.from({ length: 40 }, someone),
    ];
    for (const person of checked) {
      const replayed = planned.reduce(
        (sum, { plan, stream }) => sum + exceptionFor(plan, stream, person),
        0,
      );
      expect(replayed).toBe(scores[person]);
    }
  });

  it('finds again the delta addExceptions gave each person', () => {
    fc.assert(
      fc.property(
        anyOutcomes,
        fc.integer({ min: 1, max: 400 }),
        fc.integer(),
        (outcomes, people, stream) => {
          const plan = planExceptions(outcomes);
          const added = deltasFor(outcomes, stream, people);
          added.forEach((delta, person) => {
            expect(exceptionFor(plan, stream, person)).toBe(delta);
          });
        },
      ),
    );
  });
});
