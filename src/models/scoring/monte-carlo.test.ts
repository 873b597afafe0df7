import { describe, expect, it } from 'vitest';
import { table2 } from '../../data/table2';
import { seededRandom } from '../random';
import { bandCounts } from './bands';
import { catalogue } from './catalogue';
import { exactDistribution } from './exact';
import { simulatePopulation } from './monte-carlo';
import { buildCustomRegime, cityZ2020, outlineAsDesigned } from './regimes';
import { adultPopulation, segments } from './segments';

const custom = buildCustomRegime({ deductionStrength: 1.5, deductionShare: 0.6 });
const cases = [
  { regime: cityZ2020, seeds: [1, 2, 3] },
  { regime: outlineAsDesigned, seeds: [1, 2, 3] },
  { regime: custom, seeds: [4] },
];

describe('simulatePopulation agrees with the exact engine', () => {
  for (const { regime, seeds } of cases) {
    const expected = bandCounts(exactDistribution(regime));
    for (const seed of seeds) {
      it(`${regime.label}, seed ${seed}: every band within 4 binomial standard deviations`, () => {
        const simulation = simulatePopulation(regime, seed);
        expect(simulation.scores).toHaveLength(adultPopulation);
        for (const band of table2.bands) {
          const share = expected[band.id] / adultPopulation;
          const sd = Math.sqrt(adultPopulation * share * (1 - share));
          // Half a person of slack: a band expecting 0.00001 people may not hold 0.5 people.
          expect(Math.abs(simulation.bandCounts[band.id] - expected[band.id])).toBeLessThanOrEqual(
            4 * sd + 0.5,
          );
        }
      });
    }
  }
});

describe('a simulated population', () => {
  const simulation = simulatePopulation(cityZ2020, 11);

  it('is reproducible from its seed and changes with it', () => {
    // A hundredth of the population keeps the element-by-element comparison quick.
    const sample = segments.map((segment) => ({
      ...segment,
      people: Math.round(segment.people / 100),
    }));
    const run = (seed: number) =>
      simulatePopulation(outlineAsDesigned, seed, catalogue, sample).scores;
    expect(run(11)).toEqual(run(11));
    expect(run(12)).not.toEqual(run(11));
  });

  it('has a histogram and band counts that add up to everyone', () => {
    const total = simulation.histogram.reduce((sum, people) => sum + people, 0);
    expect(total).toBe(adultPopulation);
    expect(bandCounts(simulation.histogram)).toEqual(simulation.bandCounts);
    for (const score of simulation.scores.subarray(0, 1000)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1000);
    }
  });

  it('rebuilds any citizen’s ledger to the simulated score', () => {
    const random = seededRandom(4);
    for (let draw = 0; draw < 15; draw++) {
      const citizen = simulation.randomCitizen(random);
      expect(citizen.total).toBe(simulation.scores[citizen.person]);
      expect(citizen.ledger.every((line) => line.counted && line.points !== 0)).toBe(true);
    }
    const first = simulation.citizen(0);
    expect(first.segment.id).toBe(segments[0]!.id);
    const last = simulation.citizen(adultPopulation - 1);
    expect(last.segment.id).toBe(segments[segments.length - 1]!.id);
    expect(last.total).toBe(simulation.scores[adultPopulation - 1]);
  });

  it('rejects a person outside the population', () => {
    expect(() => simulation.citizen(adultPopulation)).toThrow(RangeError);
    expect(() => simulation.citizen(-1)).toThrow(RangeError);
  });
});
