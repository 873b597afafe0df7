import { describe, expect, it } from 'vitest';
import scoringParameters from '../../data/scoring-parameters.json';
import { table2 } from '../../data/table2';
import { bandCounts } from './bands';
import { calibrate, fitReport } from './calibration';
import { exactDistribution } from './exact';
import { cityZ2020 } from './regimes';

describe('calibration against Table 2', () => {
  const model = bandCounts(exactDistribution(cityZ2020));
  const people = Object.fromEntries(table2.bands.map((band) => [band.id, band.people]));
  const relative = (band: keyof typeof model) =>
    Math.abs(model[band] - people[band]!) / people[band]!;

  it('reproduces Table 2 by expected counts with the committed parameters', () => {
    expect(relative('good')).toBeLessThanOrEqual(0.001);
    expect(relative('average')).toBeLessThanOrEqual(0.03);
    expect(relative('poor')).toBeLessThanOrEqual(0.03);
    expect(relative('excellent')).toBeLessThanOrEqual(0.05);
    expect(model.bad).toBeGreaterThanOrEqual(1);
    expect(model.bad).toBeLessThanOrEqual(10);
    expect(model.extremelyExcellent).toBeLessThan(1);
  });

  it('commits a fit record that matches the committed multipliers', () => {
    const report = fitReport(scoringParameters.multipliers);
    expect(report.every((fit) => fit.withinTolerance)).toBe(true);
    report.forEach((fit, index) => {
      const stored = scoringParameters.fit[index]!;
      expect(stored.band).toBe(fit.band);
      expect(Math.abs(stored.model - fit.model)).toBeLessThanOrEqual(1e-6 * (1 + fit.model));
    });
  });

  it('finds parameters within tolerance when rerun', () => {
    const { report } = calibrate();
    expect(report.every((fit) => fit.withinTolerance)).toBe(true);
  });
});
