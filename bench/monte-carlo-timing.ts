// The Monte Carlo's timings, shared by the Node bench (bundled-models.mjs) and the Chromium
// worker bench (browser-tasks.mjs), so both time exactly the same work.
import {
  catalogue,
  categories,
  regimes,
  segments,
  simulatePopulation,
  type Indicator,
} from '../src/models/scoring';

/** The number of indicators City Z uses (note 46); the list itself is unpublished. */
const cityZIndicators = 189;

/**
 * The catalogue padded to 189 indicators with rare made-up records, to show that the cost follows
 * the number of records, not of indicators. Assumption (bench only): prevalence log-uniform
 * between 0.01% and 1% in each segment, ±10 to ±50 points, live in every regime.
 */
export function paddedCatalogue(): Indicator[] {
  const padding = Array.from({ length: cityZIndicators - catalogue.length }, (_, index) => {
    const draw = (salt: number) =>
      ((Math.imul(index + 1, 0x9e3779b9) ^ Math.imul(salt, 0x85ebca6b)) >>> 0) / 2 ** 32;
    const prevalence = Object.fromEntries(
      segments.map((segment, k) => [segment.id, 10 ** (-4 + 2 * draw(k + 1))]),
    ) as Indicator['prevalence'];
    const points = Math.round(10 + 40 * draw(99)) * (draw(77) < 0.5 ? -1 : 1);
    const padding: Indicator = {
      id: `padding-${index}`,
      label: `Made-up rare record ${index + 1}`,
      category: categories[index % categories.length]!.id,
      provenance: 'illustrative',
      source: null,
      note: 'Bench only: stands for one of City Z’s unpublished indicators.',
      points: [{ points, probability: 1 }],
      department: 'Bench',
      prevalence,
      live: { cityZ2020: true, outline: true },
    };
    return padding;
  });
  return [...catalogue, ...padding];
}

export interface MonteCarloTiming {
  readonly label: string;
  readonly medianMilliseconds: number;
  readonly keptMegabytes: number;
}

/** Median time to simulate every adult, per preset regime, for the catalogue and the padded one. */
export function timeMonteCarlo(runs = 7): MonteCarloTiming[] {
  const timings: MonteCarloTiming[] = [];
  for (const indicators of [catalogue, paddedCatalogue()]) {
    for (const regime of regimes) {
      const times: number[] = [];
      let keptBytes = 0;
      // One untimed run first, so the JIT has compiled the loops.
      for (let run = 0; run <= runs; run++) {
        const started = performance.now();
        const simulation = simulatePopulation(regime, run + 1, indicators);
        if (run > 0) times.push(performance.now() - started);
        keptBytes = simulation.scores.byteLength + simulation.histogram.byteLength;
      }
      times.sort((a, b) => a - b);
      timings.push({
        label: `${indicators.length} indicators, ${regime.label}`,
        medianMilliseconds: times[Math.floor(times.length / 2)]!,
        keptMegabytes: keptBytes / 2 ** 20,
      });
    }
  }
  return timings;
}
