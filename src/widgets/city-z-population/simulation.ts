/**
 * One "meet a random citizen" run: simulate every adult under a regime with a seed, then draw one
 * person with the same seed. Shared by the worker and the main-thread fallback.
 */
import { seededRandom } from '../../models/random';
import type { BandCounts } from '../../models/scoring/bands';
import { simulatePopulation, type SimulatedCitizen } from '../../models/scoring/monte-carlo';
import { regimeFromChoice, type RegimeChoice } from '../../models/scoring/regimes';

export interface SimulationRequest {
  readonly regime: RegimeChoice;
  readonly strength: number;
  readonly share: number;
  readonly seed: number;
}

export interface SimulationResult {
  readonly request: SimulationRequest;
  readonly citizen: SimulatedCitizen;
  readonly bandCounts: BandCounts;
  /** Simulated people below 550 and above 686. */
  readonly below550: number;
  readonly withPerks: number;
  readonly people: number;
  readonly milliseconds: number;
  readonly where: 'worker' | 'main thread';
}

export function runSimulation(
  request: SimulationRequest,
  where: SimulationResult['where'],
): SimulationResult {
  const started = performance.now();
  const regime = regimeFromChoice(request.regime, request);
  const population = simulatePopulation(regime, request.seed);
  const citizen = population.randomCitizen(seededRandom(request.seed));
  let below550 = 0;
  let withPerks = 0;
  population.histogram.forEach((count, score) => {
    if (score < 550) below550 += count;
    if (score > 686) withPerks += count;
  });
  return {
    request,
    citizen,
    bandCounts: population.bandCounts,
    below550,
    withPerks,
    people: population.scores.length,
    milliseconds: performance.now() - started,
    where,
  };
}
