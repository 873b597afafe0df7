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
  entryPoints: {
    risk: 'src/models/risk/index.ts',
    scoring: 'src/models/scoring/index.ts',
    monteCarlo: 'bench/monte-carlo-timing.ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outdir: out,
  logLevel: 'error',
});
const risk = await import(pathToFileURL(join(out, 'risk.js')).href);
const scoring = await import(pathToFileURL(join(out, 'scoring.js')).href);
const monteCarlo = await import(pathToFileURL(join(out, 'monteCarlo.js')).href);

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
for (const { label, medianMilliseconds, keptMegabytes } of monteCarlo.timeMonteCarlo()) {
  console.log(
    `Monte Carlo, all ${scoring.adultPopulation.toLocaleString('en-GB')} adults, ${label}: median ${medianMilliseconds.toFixed(0)} ms (target ≤ 300); ${keptMegabytes.toFixed(1)} MB of typed arrays kept (target ≤ 64)`,
  );
}
console.log(
  `(load average now: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${(await import('node:os')).cpus().length} cores)`,
);
