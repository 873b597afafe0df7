/**
 * A default way of running the platform, used to show one path to the state the paper reports
 * for November 2020 (note 40): 667 units and about 1.26 billion items.
 */
import type { PaperLocator } from '../../data/citation';
import { seededRandom, type Random } from '../random';
import { applyAction, type PlatformAction } from './actions';
import { CITY_Z } from './roster';
import { advanceRound } from './rounds';
import {
  initialPlatformState,
  roundDate,
  statusCounts,
  totalItems,
  type PlatformState,
  type UnitStatus,
} from './state';

/** The calibration point: the paper's November 2020 figures (note 40). */
export const NOV_2020 = {
  round: 35,
  date: '2020-11',
  units: 667,
  items: 1_260_000_000,
  locator: 'note 40' satisfies PaperLocator,
} as const;

/**
 * Assumption: the default policy has the mayor force a unit stalled this many rounds.
 * [platform-default-policy]
 */
export const STALL_ROUNDS = 6;

/**
 * The default policy, in plain order of business. DRC staff first file formal requests for lines
 * whose superior has agreed, then order units not yet asked (districts pass orders down). The mayor
 * first opens talks with vertical lines, then forces horizontal units stalled for STALL_ROUNDS.
 * Budgets are enforced by the actions themselves, so surplus proposals are simply refused.
 * Assumption: this is one plausible policy, not the city's. [platform-default-policy]
 */
export function defaultPolicy(state: PlatformState): PlatformAction[] {
  const drc: PlatformAction[] = [];
  const mayor: PlatformAction[] = [];
  const stalled: { unitId: string; since: number }[] = [];
  const linesSeen = new Set<string>();
  CITY_Z.units.forEach((unit, i) => {
    const progress = state.units[i];
    if (!progress) return;
    if (unit.kind === 'vertical') {
      if (linesSeen.has(unit.group)) return;
      linesSeen.add(unit.group);
      if (progress.status === 'negotiating' && progress.agreed) {
        drc.unshift({ type: 'request', unitId: unit.id });
      } else if (progress.status === 'not-asked') {
        mayor.push({ type: 'negotiate', unitId: unit.id });
      }
    } else if (progress.status === 'not-asked' && unit.parentId === undefined) {
      drc.push({ type: 'order', unitId: unit.id });
    } else if (
      progress.status === 'requested' &&
      !progress.forced &&
      state.round - progress.since >= STALL_ROUNDS
    ) {
      stalled.push({ unitId: unit.id, since: progress.since });
    }
  });
  stalled.sort((a, b) => a.since - b.since);
  const forces = stalled.map((s): PlatformAction => ({ type: 'mayor-order', unitId: s.unitId }));
  return [...drc.slice(0, state.drcStaff), ...[...mayor, ...forces].slice(0, state.mayorAttention)];
}

export interface RoundSummary {
  readonly round: number;
  readonly date: string;
  readonly items: number;
  readonly statuses: Readonly<Record<UnitStatus, number>>;
}

/** A policy: the moves it proposes for a month, given the state at the start of the month. */
export type Policy = (state: PlatformState) => readonly PlatformAction[];

/**
 * A run at some month, ready to carry on: the state and the generator that has driven it so far.
 * The generator is stateful; continuing with it gives exactly the months the full run would have.
 */
export interface PlatformPlay {
  readonly state: PlatformState;
  readonly random: Random;
}

export interface PlatformRun extends PlatformPlay {
  /** One summary per month, from the month the run started in to the final one. */
  readonly history: readonly RoundSummary[];
  /** The same as `state`: the last month reached. */
  readonly final: PlatformState;
}

/** The figures a chart or a caption needs for one month. */
export function summariseRound(state: PlatformState): RoundSummary {
  return {
    round: state.round,
    date: roundDate(state.round),
    items: totalItems(state),
    statuses: statusCounts(state),
  };
}

/** The platform at launch, with a fresh generator for the seed. */
export function startPlatform(seed: number): PlatformPlay {
  return { state: initialPlatformState(), random: seededRandom(seed) };
}

/** Let a policy spend this month's budgets; moves the budgets cannot pay for are refused. */
export function playPolicy(state: PlatformState, policy: Policy = defaultPolicy): PlatformState {
  let next = state;
  for (const action of policy(next)) next = applyAction(next, action).state;
  return next;
}

/**
 * Carry a run on for a number of months, each month the policy's moves and then the month's
 * draws. Uses up (advances) `from.random`, which the returned run hands on.
 */
export function continuePlatform(
  from: PlatformPlay,
  rounds: number,
  policy: Policy = defaultPolicy,
): PlatformRun {
  const { random } = from;
  let state = from.state;
  const history: RoundSummary[] = [summariseRound(state)];
  for (let r = 0; r < rounds; r += 1) {
    state = advanceRound(playPolicy(state, policy), random);
    history.push(summariseRound(state));
  }
  return { state, random, history, final: state };
}

/** Play a policy for a number of rounds from the platform's launch; deterministic per seed. */
export function runPlatform(
  rounds: number,
  seed: number,
  policy: Policy = defaultPolicy,
): PlatformRun {
  return continuePlatform(startPlatform(seed), rounds, policy);
}
