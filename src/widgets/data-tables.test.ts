import { describe, expect, it } from 'vitest';
import { rateInstitution } from '../models/business';
import { initialPlatformState, platformNodes } from '../models/platform';
import { assessChoice, bestChoice, defaultCadreParams } from '../models/risk';
import { cityZ2020, exactDistribution, presetCitizens, scoreCitizen } from '../models/scoring';
import { table2 } from '../data/table2';
import { plansTable } from './be-the-cadre/data-table';
import { distributionTable } from './city-z-population/data-table';
import { progressTable } from './city-z-progress/data-table';
import { runTable } from './country-of-cities/data-table';
import { packedRun } from './country-of-cities/data';
import { unitsTable } from './platform/data-table';
import { ratingTable } from './rate-a-school/data-table';
import { ledgerTable } from './score-a-citizen/data-table';
import type { WidgetData } from '../lib/widget-data';

/** Every row as wide as the header, every cell a string or a finite number. */
function expectRectangular(table: WidgetData) {
  expect(table.rows.length).toBeGreaterThan(0);
  for (const row of table.rows) {
    expect(row).toHaveLength(table.columns.length);
    for (const cell of row) if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  }
}

describe('"Get the data" tables', () => {
  it('give the whole distribution, which sums to the population', () => {
    const table = distributionTable(exactDistribution(cityZ2020), 'City Z in 2020');
    expectRectangular(table);
    expect(table.rows).toHaveLength(1001);
    const total = table.rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(Math.abs(total - table2.total)).toBeLessThan(1);
  });

  it('give a resident’s ledger ending with the score', () => {
    const preset = presetCitizens[0]!;
    const score = scoreCitizen(preset.records, cityZ2020);
    const table = ledgerTable(score, 'City Z in 2020');
    expectRectangular(table);
    expect(table.rows.at(-1)?.[3]).toBe(score.total);
  });

  it('give the rating, the plans, the platform, the cities and Figure 1', () => {
    const rating = rateInstitution(
      {
        'finances-match-tax': true,
        'insurance-matches-headcount': true,
        'provident-fund-matches-headcount': false,
        'foreign-teacher-permits': true,
      },
      { headsInterview: 90, staffInterview: 80 },
    );
    expectRectangular(ratingTable(rating, [{ label: 'Green channel' }], []));
    const params = defaultCadreParams();
    const best = bestChoice(params).choice;
    const table = plansTable(
      { choice: best, assessment: assessChoice(best, params) },
      { choice: best, assessment: assessChoice(best, params) },
    );
    expectRectangular(table);
    expect(table.rows).toHaveLength(9 + 3);
    expect(unitsTable(platformNodes(initialPlatformState()), 'Dec 2017').rows).toHaveLength(667);
    const run = runTable(packedRun('as-it-happened', 2014));
    expectRectangular(run);
    expect(run.rows.map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => 2014 + i));
    expectRectangular(progressTable());
  });
});
