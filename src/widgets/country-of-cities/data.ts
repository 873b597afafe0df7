/**
 * The cities model's run, packed for the widget: what the charts draw for each year. A run is
 * computed once per scenario and seed, in a worker (or, on the page, a year per task so no task
 * blocks it for long).
 */
import {
  type CitiesParams,
  type CitiesState,
  type PracticeId,
  type ScenarioId,
  type YearSummary,
  categoryIds,
  createCities,
  levelIds,
  practiceIds,
  scenarioById,
  step,
  summarize,
} from '../../models/risk';
import { seededRandom } from '../../models/random';

export interface PackedYear {
  readonly year: number;
  /** shares[practice][level]: share of cities at skip, on paper, full. */
  readonly shares: readonly (readonly [number, number, number])[];
  /** Mean effectiveness per category, in categoryIds order. */
  readonly effectiveness: readonly number[];
  /** One digit (0 skip, 1 paper, 2 working) per city and practice: levels[city × 9 + practice]. */
  readonly levels: string;
  /** [city, practice index] of each simulated backlash this year. */
  readonly backlashes: readonly (readonly [number, number])[];
  readonly suzhou: boolean;
  readonly attempts: number;
}

/** What a run is computed from. */
export interface RunRequest {
  readonly scenario: ScenarioId;
  readonly seed: number;
}

export interface PackedRun {
  readonly scenario: ScenarioId;
  readonly seed: number;
  /** City indices from the boldest leader (highest risk appetite) to the most cautious. */
  readonly order: readonly number[];
  readonly years: readonly PackedYear[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function pack(summary: YearSummary): PackedYear {
  return {
    year: summary.year,
    shares: practiceIds.map((id: PracticeId) => {
      const s = summary.shares[id];
      return levelIds.map((l) => round(s[l])) as [number, number, number];
    }),
    effectiveness: categoryIds.map((c) => round(summary.effectiveness[c])),
    levels: Array.from(summary.levels).join(''),
    backlashes: summary.events
      .filter((e) => e.kind === 'backlash' && e.city !== null)
      .map((e) => [e.city ?? 0, practiceIds.indexOf(e.practice)] as const),
    suzhou: summary.events.some((e) => e.kind === 'suzhou'),
    attempts: summary.attempts,
  };
}

function orderOf(state: CitiesState): number[] {
  return state.cities
    .map((city, i) => ({ i, r: city.riskAppetite }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((c) => c.i);
}

/** The same years as the model's run(), stepped one year at a time. */
function* years(params: CitiesParams, seed: number) {
  const random = seededRandom(seed);
  let state = createCities(params, random);
  yield { state, summary: null };
  while (state.year < params.endYear) {
    state = step(state, params, random);
    yield { state, summary: summarize(state) };
  }
}

/** A whole run at once (the server render of the default view). */
export function packedRun(scenario: ScenarioId, seed: number): PackedRun {
  const packed: PackedYear[] = [];
  let order: number[] = [];
  for (const { state, summary } of years(scenarioById(scenario).params, seed)) {
    if (summary) packed.push(pack(summary));
    else order = orderOf(state);
  }
  return { scenario, seed, order, years: packed };
}

/** A run computed a year per task, yielding to the page between years. */
export async function packedRunInSlices(scenario: ScenarioId, seed: number): Promise<PackedRun> {
  const packed: PackedYear[] = [];
  let order: number[] = [];
  for (const { state, summary } of years(scenarioById(scenario).params, seed)) {
    if (summary) packed.push(pack(summary));
    else order = orderOf(state);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { scenario, seed, order, years: packed };
}
