/**
 * The platform's state between rounds: compact and JSON-serialisable. Static facts about each unit
 * live in CITY_Z (roster.ts); the state keeps only what changes, in the same order.
 */
import { CITY_Z } from './roster';

export type UnitStatus = 'not-asked' | 'negotiating' | 'requested' | 'uploading';

export interface UnitProgress {
  readonly status: UnitStatus;
  /** The round the unit entered its current status. */
  readonly since: number;
  /** Data items uploaded so far. */
  readonly items: number;
  /** Vertical units: their superior has agreed to share. */
  readonly agreed: boolean;
  /** Horizontal units: the mayor ordered the upload, so nothing is held back. */
  readonly forced: boolean;
}

export interface PlatformState {
  /** Rounds (months) since the platform went online at the end of 2017 (note 25 passage). */
  readonly round: number;
  /** Mayor's attention points left this round. */
  readonly mayorAttention: number;
  /** DRC staff points left this round. */
  readonly drcStaff: number;
  readonly units: readonly UnitProgress[];
}

/**
 * Assumption: each round the mayor can spend 2 points of attention and the DRC's credit department
 * 5 staff points. The paper says only that the DRC lacks staff and that city leaders must step in
 * themselves (note 44). [platform-budgets]
 */
export const MAYOR_ATTENTION_PER_ROUND = 2;
export const DRC_STAFF_PER_ROUND = 5;

/**
 * Assumption: one round is one month; round 0 is December 2017, when the platform went online
 * (note 25 passage), so November 2020 is round 35. [platform-rounds]
 */
const START_YEAR = 2017;
const START_MONTH = 12;

/** The calendar month ('YYYY-MM') a round stands for. */
export function roundDate(round: number): string {
  const months = START_YEAR * 12 + (START_MONTH - 1) + round;
  const month = (months % 12) + 1;
  return `${Math.floor(months / 12)}-${String(month).padStart(2, '0')}`;
}

// Assumption: the lead department and the platform's builder upload from the day it goes online
// (notes 24–25). [platform-founders]
const FOUNDERS = new Set(['drc', 'big-data']);

/** The platform as it went online: only the DRC and the Big Data Commission on board. */
export function initialPlatformState(): PlatformState {
  return {
    round: 0,
    mayorAttention: MAYOR_ATTENTION_PER_ROUND,
    drcStaff: DRC_STAFF_PER_ROUND,
    units: CITY_Z.units.map((u) => ({
      status: FOUNDERS.has(u.id) ? 'uploading' : 'not-asked',
      since: 0,
      items: 0,
      agreed: false,
      forced: false,
    })),
  };
}

/** Total items uploaded by every unit. */
export function totalItems(state: PlatformState): number {
  return state.units.reduce((sum, u) => sum + u.items, 0);
}

/** How many units are in each status. */
export function statusCounts(state: PlatformState): Readonly<Record<UnitStatus, number>> {
  const counts = { 'not-asked': 0, negotiating: 0, requested: 0, uploading: 0 };
  for (const u of state.units) counts[u.status] += 1;
  return counts;
}
