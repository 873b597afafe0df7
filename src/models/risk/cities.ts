/**
 * "A country of cities": each prefecture-level city's cadre re-decides every year with the same
 * prospect-theory calculus as City Z's, while precedent spreads from cities where a practice
 * worked and every visible backlash raises the hazard all cities perceive.
 */
import { cadreProspect, mandateValuer } from './cadre';
import { type CitiesParams, deadlinePressure, suzhouYear } from './city-params';
import { improveLevels } from './local-choice';
import type { PracticeParams } from './params';
import {
  type Level,
  backlashChance,
  levelIds,
  paperEffectiveness,
  punishChances,
  successChance,
  workingChance,
} from './practice-outcomes';
import { levelValue } from './practice-value';
import {
  type CategoryId,
  type PracticeId,
  categoryIds,
  practiceById,
  practiceIds,
} from './practices';
import { type Random, seededRandom } from '../random';

export interface City {
  /** 0 cautious … 1 policy entrepreneur. */
  readonly riskAppetite: number;
  /** Local precedent and difficulty shifts; local hazard multiplier. */
  readonly precedentShift: number;
  readonly difficultyShift: number;
  readonly hazardFactor: number;
}

export interface CityEvent {
  readonly year: number;
  /** Index of the city, or null for Suzhou (not one of the simulated cities). */
  readonly city: number | null;
  readonly practice: PracticeId;
  readonly kind: 'backlash' | 'suzhou';
  readonly punished: boolean;
}

export interface CitiesState {
  /** The last year simulated (startYear − 1 before the first step). */
  readonly year: number;
  readonly cities: readonly City[];
  /** levels[city × 9 + practice]: 0 skip, 1 on paper, 2 working in public. */
  readonly levels: Uint8Array;
  /** Extra perceived backlash hazard per category, as a multiple of the base. */
  readonly alarm: Readonly<Record<CategoryId, number>>;
  /** What happened in the last year simulated. */
  readonly events: readonly CityEvent[];
  readonly attempts: number;
}

const n = practiceIds.length;
const categoryOf = practiceIds.map((id) => practiceById(id).category);
const clamp = (x: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));

/** Draw the cities (all skipping everything) before the Outline. */
export function createCities(params: CitiesParams, random: Random): CitiesState {
  const s = params.localSpread;
  const cities = Array.from({ length: params.cityCount }, (): City => ({
    riskAppetite: random() ** params.appetiteSkew,
    precedentShift: (random() * 2 - 1) * s,
    difficultyShift: (random() * 2 - 1) * s,
    hazardFactor: 1 + (random() * 2 - 1) * 2 * s,
  }));
  return {
    year: params.startYear - 1,
    cities,
    levels: new Uint8Array(params.cityCount * n),
    alarm: { business: 0, government: 0, social: 0 },
    events: [],
    attempts: 0,
  };
}

/** Share of cities where each practice works in public. */
function workingShares(state: CitiesState): Float64Array {
  const shares = new Float64Array(n);
  const count = state.cities.length;
  for (let c = 0; c < count; c++)
    for (let j = 0; j < n; j++)
      if (state.levels[c * n + j] === 2) shares[j] = (shares[j] ?? 0) + 1 / count;
  return shares;
}

/** The precedent every city sees for each practice this year: base, blueprint, diffusion. */
export function nationalPrecedent(state: CitiesState, params: CitiesParams): number[] {
  const shares = workingShares(state);
  return practiceIds.map((id, j) => {
    const base = params.cadre.practices[id].precedent;
    const clear = params.blueprint === 'clear' ? base + params.clarityBoost * (1 - base) : base;
    const learned = params.diffusion ? params.diffusionRate * (shares[j] ?? 0) : 0;
    return clamp(clear + learned);
  });
}

const own = new Float64Array(n * 3);
const working = new Float64Array(n);

/** Advance one year: every city decides, attempts are drawn, alarm and precedent update. */
export function step(state: CitiesState, params: CitiesParams, random: Random): CitiesState {
  const year = state.year + 1;
  const precedent = nationalPrecedent(state, params);
  const pressure = deadlinePressure(year, params);
  const mandate = { ...params.cadre.mandate, pressure };
  const career = params.cadre.career;
  const levels = state.levels.slice();
  const events: CityEvent[] = [];
  let attempts = 0;
  state.cities.forEach((city, c) => {
    const cadre = { ...params.cadre, mandate, riskAppetite: city.riskAppetite };
    const pt = cadreProspect(cadre);
    const local: PracticeParams[] = practiceIds.map((id, j) => {
      const base = params.cadre.practices[id];
      const alarm = state.alarm[categoryOf[j] as CategoryId];
      return {
        precedent: clamp((precedent[j] ?? 0) + city.precedentShift),
        difficulty: clamp(base.difficulty + city.difficultyShift),
        backlashHazard: clamp(base.backlashHazard * city.hazardFactor * (1 + alarm)),
      };
    });
    const current = levels.subarray(c * n, c * n + n);
    local.forEach((p, j) => {
      // A practice that already works has nothing left to decide.
      if (current[j] === 2) return void (working[j] = 1);
      for (let l = 0; l < 3; l++) own[j * 3 + l] = levelValue(levelIds[l] as Level, p, career, pt);
      working[j] = workingChance('full', p, career);
    });
    const desired = improveLevels(current.slice(), {
      own,
      working,
      floor: current,
      mandate,
      mandateValue: mandateValuer(cadre),
    });
    // Paper steps cost little and all go ahead; full launches queue by how much they add.
    const launches: number[] = [];
    for (let j = 0; j < n; j++) {
      const want = desired[j] ?? 0;
      if (want === 2 && current[j] !== 2) launches.push(j);
      else if (want === 1 && current[j] === 0) current[j] = 1;
    }
    const gain = (j: number) => (own[j * 3 + 2] ?? 0) - (own[j * 3 + (current[j] ?? 0)] ?? 0);
    launches.sort((a, b) => gain(b) - gain(a) || a - b);
    launches.forEach((j, rank) => {
      const p = local[j] as PracticeParams;
      if (rank >= params.launchesPerYear) {
        current[j] = Math.max(current[j] ?? 0, 1);
        return;
      }
      attempts++;
      const q = punishChances(p, career);
      if (random() < backlashChance(p, career)) {
        const punished = random() < q.backlash;
        events.push({
          year,
          city: c,
          practice: practiceIds[j] as PracticeId,
          kind: 'backlash',
          punished,
        });
        current[j] = 1;
      } else current[j] = random() < successChance(p, career) ? 2 : 1;
    });
  });
  if (params.suzhou && year === suzhouYear) {
    events.push({
      year,
      city: null,
      practice: 'social-indicators',
      kind: 'suzhou',
      punished: false,
    });
  }
  return {
    year,
    cities: state.cities,
    levels,
    alarm: nextAlarm(state, params, events),
    events,
    attempts,
  };
}

// Assumption: only backlashes raise alarm, in their own category; alarm fades geometrically.
function nextAlarm(state: CitiesState, params: CitiesParams, events: readonly CityEvent[]) {
  const alarm = Object.fromEntries(
    categoryIds.map((k) => [k, state.alarm[k] * (1 - params.alarmDecay)]),
  ) as Record<CategoryId, number>;
  for (const e of events) {
    const k = practiceById(e.practice).category;
    alarm[k] += e.kind === 'suzhou' ? params.suzhouAlarm : params.alarmPerBacklash;
  }
  return alarm;
}

export interface YearSummary {
  readonly year: number;
  /** Share of cities at each level of each practice. */
  readonly shares: Readonly<Record<PracticeId, Readonly<Record<Level, number>>>>;
  /** Mean realised effectiveness per category (working 1, paper 0.1, skipped 0). */
  readonly effectiveness: Readonly<Record<CategoryId, number>>;
  readonly events: readonly CityEvent[];
  /** Full implementations attempted this year. */
  readonly attempts: number;
  /** levels[city × 9 + practice] at the end of the year, for the grid. */
  readonly levels: Uint8Array;
}

/** The outputs for the year a state has just reached. */
export function summarize(state: CitiesState): YearSummary {
  const count = state.cities.length;
  const tallies = practiceIds.map(() => [0, 0, 0]);
  for (let c = 0; c < count; c++)
    for (let j = 0; j < n; j++) {
      const t = tallies[j] as number[];
      const l = state.levels[c * n + j] ?? 0;
      t[l] = (t[l] ?? 0) + 1;
    }
  const shareOf = (t: number[]) =>
    Object.fromEntries(levelIds.map((l, i) => [l, (t[i] ?? 0) / count])) as Record<Level, number>;
  const shares = Object.fromEntries(
    practiceIds.map((id, j) => [id, shareOf(tallies[j] as number[])]),
  );
  const eff = (j: number) => {
    const t = tallies[j] as number[];
    return ((t[2] ?? 0) + paperEffectiveness * (t[1] ?? 0)) / count;
  };
  const effectiveness = Object.fromEntries(
    categoryIds.map((k) => {
      const js = practiceIds.map((_, j) => j).filter((j) => categoryOf[j] === k);
      return [k, js.reduce((s, j) => s + eff(j), 0) / js.length];
    }),
  );
  return {
    year: state.year,
    shares: shares as YearSummary['shares'],
    effectiveness: effectiveness as YearSummary['effectiveness'],
    events: state.events,
    attempts: state.attempts,
    levels: state.levels,
  };
}

/** Run every year from startYear to endYear; the same seed gives the same country. */
export function run(
  params: CitiesParams,
  seed: number,
): { cities: readonly City[]; years: YearSummary[] } {
  const random = seededRandom(seed);
  let state = createCities(params, random);
  const years: YearSummary[] = [];
  while (state.year < params.endYear) {
    state = step(state, params, random);
    years.push(summarize(state));
  }
  return { cities: state.cities, years };
}
