/**
 * Parameters and scenario presets for "A country of cities": about 300 prefecture-level cities
 * implementing the 2014 Outline from 2014 to 2025.
 */
import { type CadreParams, defaultCadreParams } from './params';

export type BlueprintId = 'vague' | 'clear';

export interface CitiesParams {
  readonly cityCount: number;
  readonly startYear: number;
  readonly endYear: number;
  /** The national starting point every city shares before local variation. */
  readonly cadre: CadreParams;
  /** How concrete the top-level design is ('§ Trial and error': the Outline gave no indicators). */
  readonly blueprint: BlueprintId;
  /** Share of the missing precedent a clear blueprint supplies at once. */
  readonly clarityBoost: number;
  /** Whether cities copy what worked elsewhere (feeling for stones). */
  readonly diffusion: boolean;
  /** Precedent gained per unit share of cities where the practice works. */
  readonly diffusionRate: number;
  /** Whether the 2020 deadline presses. */
  readonly deadline: boolean;
  /** Whether the Suzhou Civilization Code backlash of September 2020 happens ('note 52'). */
  readonly suzhou: boolean;
  /** Rise in perceived social backlash hazard from Suzhou (as a multiple of the base hazard). */
  readonly suzhouAlarm: number;
  /** Rise in a category's perceived hazard from each simulated backlash. */
  readonly alarmPerBacklash: number;
  /** Share of the alarm that fades each year. */
  readonly alarmDecay: number;
  /** Risk appetite is u^skew for uniform u: most cadres cautious, a few entrepreneurs. */
  readonly appetiteSkew: number;
  /** New full implementations a city can launch in one year. */
  readonly launchesPerYear: number;
  /** Half-width of the local shifts in precedent and difficulty; hazard varies by ± twice it. */
  readonly localSpread: number;
}

export const suzhouYear = 2020;
export const outlineYear = 2014;

// Assumption: the city-level numbers below are ours. A clear blueprint supplies 40% of the
// missing precedent; a practice working in every city adds 0.6 precedent; each simulated
// backlash raises perceived hazard by 5% of its base, Suzhou by 150%, and a quarter of the alarm
// fades a year; risk appetite u^4 has mean 0.2 (entrepreneurs are a minority, 'note 29'); a
// city's leading group can launch two new full implementations a year (City Z set its group up
// in 2015 and its platform went online at the end of 2017, '§ Trial and error').
export function defaultCitiesParams(): CitiesParams {
  return {
    cityCount: 300,
    startYear: outlineYear,
    endYear: 2025,
    cadre: defaultCadreParams(),
    blueprint: 'vague',
    clarityBoost: 0.4,
    diffusion: true,
    diffusionRate: 0.6,
    deadline: true,
    suzhou: true,
    suzhouAlarm: 1.5,
    alarmPerBacklash: 0.05,
    alarmDecay: 0.25,
    appetiteSkew: 4,
    launchesPerYear: 2,
    localSpread: 0.1,
  };
}

// Assumption: deadline pressure rises linearly from 1/7 in 2014 to 1 in 2020, then holds at half
// (follow-up plans keep the programme on the agenda; the paper ends in 2020).
/** How hard the 2020 mandate presses in a year. */
export function deadlinePressure(year: number, params: CitiesParams): number {
  if (!params.deadline) return 0;
  if (year > 2020) return 0.5;
  return Math.min(1, Math.max(0, (year - params.startYear + 1) / (2020 - params.startYear + 1)));
}

export const scenarioIds = [
  'as-it-happened',
  'clear-blueprint',
  'no-diffusion',
  'no-deadline',
  'no-suzhou',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export interface Scenario {
  readonly id: ScenarioId;
  readonly label: string;
  readonly description: string;
  readonly params: CitiesParams;
}

/** The scenario presets for the cities widget. */
export function scenarios(): readonly Scenario[] {
  const base = defaultCitiesParams();
  return [
    {
      id: 'as-it-happened',
      label: 'As it happened',
      description: 'A vague blueprint, cities copying what works, a 2020 deadline, and Suzhou.',
      params: base,
    },
    {
      id: 'clear-blueprint',
      label: 'Clear blueprint',
      description: 'The centre spells out indicators and rules, so every city has more to copy.',
      params: { ...base, blueprint: 'clear' },
    },
    {
      id: 'no-diffusion',
      label: 'No copying',
      description: 'Cities learn nothing from one another: each feels for stones alone.',
      params: { ...base, diffusion: false },
    },
    {
      id: 'no-deadline',
      label: 'No deadline',
      description: 'Nobody checks in 2020 whether the system was built.',
      params: { ...base, deadline: false },
    },
    {
      id: 'no-suzhou',
      label: 'No Suzhou',
      description: 'Suzhou’s citizen score is never launched, so no one sees it withdrawn.',
      params: { ...base, suzhou: false },
    },
  ];
}

/** One scenario preset by id. */
export function scenarioById(id: ScenarioId): Scenario {
  const found = scenarios().find((s) => s.id === id);
  if (!found) throw new Error(`unknown scenario ${id}`);
  return found;
}
