/**
 * A default way of running the platform, used to show one path to the state the paper reports
 * for November 2020 (note 40): 667 units and about 1.26 billion items.
 */
import { seededRandom } from '../random';
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
  locator: '§ Government integrity in City Z, note 40',
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

export interface PlatformRun {
  readonly history: readonly RoundSummary[];
  readonly final: PlatformState;
}

const summarise = (state: PlatformState): RoundSummary => ({
  round: state.round,
  date: roundDate(state.round),
  items: totalItems(state),
  statuses: statusCounts(state),
});

/** Play a policy for a number of rounds from the platform's launch; deterministic per seed. */
export function runPlatform(
  rounds: number,
  seed: number,
  policy: (state: PlatformState) => readonly PlatformAction[] = defaultPolicy,
): PlatformRun {
  const random = seededRandom(seed);
  let state = initialPlatformState();
  const history: RoundSummary[] = [summarise(state)];
  for (let r = 0; r < rounds; r += 1) {
    for (const action of policy(state)) state = applyAction(state, action).state;
    state = advanceRound(state, random);
    history.push(summarise(state));
  }
  return { history, final: state };
}
