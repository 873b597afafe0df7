import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { planExceptions, walkExceptions } from './exception-plan';

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

  it('has no exceptions for a certain outcome', () => {
    const plan = planExceptions([{ points: 0, probability: 1 }]);
    expect(plan.exceptionProbability).toBe(0);
    let visits = 0;
    walkExceptions(plan, seededRandom(1), 1000, () => {
      visits++;
      return false;
    });
    expect(visits).toBe(0);
  });
});

describe('walkExceptions', () => {
  it('visits distinct people in increasing order, all within the population', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer(),
        (probability, people, seed) => {
          const plan = planExceptions([
            { points: 0, probability: 1 - probability },
            { points: 7, probability },
          ]);
          let last = -1;
          walkExceptions(plan, seededRandom(seed), people, (person) => {
            expect(person).toBeGreaterThan(last);
            expect(person).toBeLessThan(people);
            last = person;
            return false;
          });
        },
      ),
    );
  });

  it('marks each person an exception with the plan’s probability', () => {
    const plan = planExceptions([
      { points: 0, probability: 0.7 },
      { points: 5, probability: 0.2 },
      { points: 10, probability: 0.1 },
    ]);
    const people = 200_000;
    const hits = new Map<number, number>();
    walkExceptions(plan, seededRandom(9), people, (_, delta) => {
      hits.set(delta, (hits.get(delta) ?? 0) + 1);
      return false;
    });
    // Within 4 binomial standard deviations.
    for (const [delta, probability] of [
      [5, 0.2],
      [10, 0.1],
    ] as const) {
      const expected = people * probability;
      const sd = Math.sqrt(expected * (1 - probability));
      expect(Math.abs(hits.get(delta)! - expected)).toBeLessThan(4 * sd);
    }
  });

  it('stops as soon as the visitor says so', () => {
    const plan = planExceptions([
      { points: 0, probability: 0.5 },
      { points: 3, probability: 0.5 },
    ]);
    const visited: number[] = [];
    walkExceptions(plan, seededRandom(2), 100, (person) => {
      visited.push(person);
      return visited.length === 3;
    });
    expect(visited).toHaveLength(3);
  });
});
