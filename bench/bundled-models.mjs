// Part of `npm run bench`: the models as they run in production, bundled by esbuild and timed in
// plain Node. (Under vitest's module runner, every call to an imported function goes through a
// live-binding getter, which slows tight loops severalfold and would overstate these figures.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = mkdtempSync(join(tmpdir(), 'hbb-bench-'));
await build({
  entryPoints: { risk: 'src/models/risk/index.ts', scoring: 'src/models/scoring/index.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outdir: out,
  logLevel: 'error',
});
const risk = await import(pathToFileURL(join(out, 'risk.js')).href);
const scoring = await import(pathToFileURL(join(out, 'scoring.js')).href);

/** Median wall time of `runs` calls, after `warm` untimed ones. */
function median(fn, runs, warm = 2) {
  for (let i = 0; i < warm; i++) fn(i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i + warm);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

for (const scenario of risk.scenarios()) {
  const ms = median((seed) => risk.run(scenario.params, seed), 15);
  console.log(
    `cities, 300 × 12 years, ${scenario.label}: median ${ms.toFixed(1)} ms (target ≤ 50)`,
  );
}
console.log(
  `cadre bestChoice over 3^9 plans: median ${median(() => risk.bestChoice(risk.defaultCadreParams()), 15).toFixed(2)} ms`,
);

const custom = scoring.buildCustomRegime({ deductionStrength: 1.3, deductionShare: 0.7 });
console.log(
  `exact engine, custom regime: median ${median(() => scoring.exactDistribution(custom), 50).toFixed(3)} ms (target ≤ 2)`,
);
for (const regime of scoring.regimes) {
  let kept;
  const ms = median(
    (seed) => {
      kept = scoring.simulatePopulation(regime, seed + 1);
    },
    7,
    1,
  );
  const mb = (kept.scores.byteLength + kept.histogram.byteLength) / 2 ** 20;
  console.log(
    `Monte Carlo, all ${scoring.adultPopulation.toLocaleString('en-GB')} adults, ${regime.label}: median ${ms.toFixed(0)} ms (target ≤ 300); ${mb.toFixed(1)} MB of typed arrays kept per simulation (target ≤ 64)`,
  );
  void kept;
}
// City Z's 189 indicators are unpublished (note 46). To show that the cost follows the number of
// records, not of indicators, pad the catalogue to 189 with rare made-up records: prevalence
// log-uniform between 0.01% and 1% in each segment, ±10 to ±50 points, live in every regime.
const padding = Array.from({ length: 189 - scoring.catalogue.length }, (_, index) => {
  const draw = (salt) =>
    ((Math.imul(index + 1, 0x9e3779b9) ^ Math.imul(salt, 0x85ebca6b)) >>> 0) / 2 ** 32;
  const prevalence = Object.fromEntries(
    scoring.segments.map((segment, k) => [segment.id, 10 ** (-4 + 2 * draw(k + 1))]),
  );
  const points = Math.round(10 + 40 * draw(99)) * (draw(77) < 0.5 ? -1 : 1);
  return {
    ...scoring.catalogue[0],
    id: `padding-${index}`,
    points: [{ points, probability: 1 }],
    prevalence,
    live: { cityZ2020: true, outline: true },
    calibration: undefined,
  };
});
const padded = [...scoring.catalogue, ...padding];
for (const regime of scoring.regimes) {
  const ms = median((seed) => scoring.simulatePopulation(regime, seed + 1, padded), 7, 1);
  console.log(
    `Monte Carlo, all adults, ${padded.length} indicators (catalogue + rare padding), ${regime.label}: median ${ms.toFixed(0)} ms (target ≤ 300)`,
  );
}
console.log(
  `(load average now: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${(await import('node:os')).cpus().length} cores)`,
);
