import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type YearSummary, createCities, run, step, summarize } from './cities';
import { type CitiesParams, defaultCitiesParams, scenarioById } from './city-params';
import { type PracticeId, practicesIn } from './practices';
import { seededRandom } from '../random';

const seeds = [1, 2, 3, 4, 5];
const base = defaultCitiesParams();
const yearOf = (years: readonly YearSummary[], y: number) =>
  years.find((s) => s.year === y) as YearSummary;
const social = practicesIn('social').map((p) => p.id);
const fullShare = (s: YearSummary, ids: readonly PracticeId[]) =>
  ids.reduce((sum, id) => sum + s.shares[id].full, 0) / ids.length;
/** Mean over seeds of a statistic of a run. */
const mean = (params: CitiesParams, stat: (years: readonly YearSummary[]) => number) =>
  seeds.reduce((sum, seed) => sum + stat(run(params, seed).years), 0) / seeds.length;

describe('a country of cities', () => {
  it('runs 300 cities from 2014 to 2025', () => {
    const { cities, years } = run(base, 1);
    expect(cities).toHaveLength(300);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2014 + i));
  });

  it('is deterministic per seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const small = { ...base, cityCount: 20 };
        expect(run(small, seed)).toEqual(run(small, seed));
      }),
      { numRuns: 10 },
    );
  });

  it('matches run when stepped by hand', () => {
    const random = seededRandom(9);
    let state = createCities(base, random);
    const years: YearSummary[] = [];
    while (state.year < base.endYear) years.push(summarize((state = step(state, base, random))));
    expect(years).toEqual(run(base, 9).years);
  });

  it('gives shares that sum to one for every practice', () => {
    for (const y of run(base, 2).years)
      for (const share of Object.values(y.shares))
        expect(share.skip + share.nominal + share.full).toBeCloseTo(1, 9);
  });

  it("reproduces the 'Table 3' ordering business > government > social by 2020", () => {
    for (const seed of seeds) {
      const { effectiveness: e, shares } = yearOf(run(base, seed).years, 2020);
      expect(e.business).toBeGreaterThan(e.government);
      expect(e.government).toBeGreaterThan(e.social);
      const full = (c: 'business' | 'government' | 'social') =>
        fullShare(
          { shares } as YearSummary,
          practicesIn(c).map((p) => p.id),
        );
      expect(full('business')).toBeGreaterThan(full('government'));
      expect(full('government')).toBeGreaterThan(full('social'));
    }
  });

  it('raises social adoption with a clear blueprint', () => {
    const social2020 = (years: readonly YearSummary[]) => fullShare(yearOf(years, 2020), social);
    expect(mean(scenarioById('clear-blueprint').params, social2020)).toBeGreaterThan(
      mean(base, social2020) + 0.03,
    );
  });

  it('slows adoption when cities cannot copy one another', () => {
    const allFull = (years: readonly YearSummary[]) =>
      [2016, 2017, 2018].reduce((sum, y) => {
        const s = yearOf(years, y);
        return (
          sum + Object.keys(s.shares).reduce((a, id) => a + s.shares[id as PracticeId].full, 0)
        );
      }, 0);
    expect(mean(scenarioById('no-diffusion').params, allFull)).toBeLessThan(mean(base, allFull));
  });

  it('lowers social full adoption after the Suzhou backlash of 2020', () => {
    const after = (years: readonly YearSummary[]) =>
      [2021, 2022, 2023, 2024, 2025].reduce(
        (sum, y) => sum + fullShare(yearOf(years, y), social),
        0,
      );
    const before = (years: readonly YearSummary[]) => fullShare(yearOf(years, 2020), social);
    const noSuzhou = scenarioById('no-suzhou').params;
    expect(mean(base, before)).toBeCloseTo(mean(noSuzhou, before), 12);
    expect(mean(base, after)).toBeLessThan(mean(noSuzhou, after));
  });

  it('marks the Suzhou event in 2020 only when it is on', () => {
    const suzhou = (params: CitiesParams) =>
      run(params, 1).years.flatMap((y) =>
        y.events.filter((e) => e.kind === 'suzhou').map((e) => e.year),
      );
    expect(suzhou(base)).toEqual([2020]);
    expect(suzhou(scenarioById('no-suzhou').params)).toEqual([]);
  });

  it('drops paper social credit when there is no deadline', () => {
    const paper = (years: readonly YearSummary[]) =>
      social.reduce((sum, id) => sum + yearOf(years, 2020).shares[id].nominal, 0) / social.length;
    expect(mean(scenarioById('no-deadline').params, paper)).toBeLessThan(mean(base, paper) / 2);
  });
});
