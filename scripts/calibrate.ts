/**
 * Fit the City Z 2020 scoring regime to Table 2 and write the multipliers to
 * src/data/scoring-parameters.json. The result is a model consistent with Table 2, not City Z's
 * formula, which the paper does not publish (note 46). Run with `npm run calibrate`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calibrate, fitReport } from '../src/models/scoring/calibration';
import type { CalibrationMultipliers } from '../src/models/scoring/indicator';

const outputPath = fileURLToPath(new URL('../src/data/scoring-parameters.json', import.meta.url));

const started = performance.now();
const fitted = calibrate().multipliers;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

const round = (value: number, digits: number) => Number(value.toPrecision(digits));
// The report is recomputed from the rounded multipliers, so the file describes itself exactly.
const multipliers = Object.fromEntries(
  Object.entries(fitted).map(([group, value]) => [group, round(value, 10)]),
) as CalibrationMultipliers;
const report = fitReport(multipliers);
const parameters = {
  description:
    'Prevalence multipliers fitted by scripts/calibrate.ts so the City Z 2020 regime reproduces Table 2 by expected counts. A model consistent with Table 2, not City Z’s own formula.',
  multipliers,
  fit: report.map((fit) => ({
    band: fit.band,
    model: round(fit.model, 8),
    table2: fit.table2,
    relativeError: fit.relativeError === null ? null : round(fit.relativeError, 4),
    withinTolerance: fit.withinTolerance,
  })),
};
writeFileSync(outputPath, `${JSON.stringify(parameters, null, 2)}\n`);

console.table(parameters.fit);
console.log(`Fitted in ${seconds} s; wrote ${outputPath}`);
if (report.some((fit) => !fit.withinTolerance)) {
  console.error('Some bands are outside the tolerance: see the table above.');
  process.exitCode = 1;
}
