/**
 * What the reader (or a policy) can do in a round, each paid for from a scarce budget. All pure:
 * each returns a new state, or the old one with the reason it was refused.
 * Paper: § Political Integrity, notes 42–44.
 */
import { CITY_Z, UNIT_INDEX } from './roster';
import type { PlatformState, UnitProgress } from './state';

export type Refusal =
  | 'unknown-unit'
  | 'no-authority'
  | 'not-vertical'
  | 'no-drc-staff'
  | 'no-mayor-attention'
  | 'already-asked'
  | 'superior-not-agreed';

export type ActionResult =
  | { readonly ok: true; readonly state: PlatformState }
  | { readonly ok: false; readonly state: PlatformState; readonly reason: Refusal };

export type PlatformAction =
  | { readonly type: 'order'; readonly unitId: string }
  | { readonly type: 'mayor-order'; readonly unitId: string }
  | { readonly type: 'negotiate'; readonly unitId: string }
  | { readonly type: 'request'; readonly unitId: string };

const refuse = (state: PlatformState, reason: Refusal): ActionResult => ({
  ok: false,
  state,
  reason,
});

/**
 * Units an order reaches: the unit itself, and a district government's own bureaus with it.
 * Assumption: a district passes a city order down its own chain of command.
 * [platform-orders-cascade]
 */
function orderTargets(index: number): number[] {
  const id = CITY_Z.units[index]?.id;
  const below = CITY_Z.units.flatMap((u, i) => (u.parentId === id ? [i] : []));
  return [index, ...below];
}

/**
 * Every unit in the same vertical line. Assumption: the superior answers for its whole system in
 * City Z, branches included. [platform-orders-cascade]
 */
function lineMembers(index: number): number[] {
  const line = CITY_Z.units[index]?.group;
  return CITY_Z.units.flatMap((u, i) => (u.kind === 'vertical' && u.group === line ? [i] : []));
}

function update(
  state: PlatformState,
  indices: readonly number[],
  change: (u: UnitProgress) => UnitProgress,
): PlatformState['units'] {
  const targets = new Set(indices);
  return state.units.map((u, i) => (targets.has(i) ? change(u) : u));
}

/** The DRC orders a horizontal unit to upload (1 staff point); it has no say over vertical ones. */
export function orderUnit(state: PlatformState, unitId: string): ActionResult {
  const index = UNIT_INDEX.get(unitId);
  const unit = index === undefined ? undefined : CITY_Z.units[index];
  if (index === undefined || !unit) return refuse(state, 'unknown-unit');
  if (unit.kind === 'vertical') return refuse(state, 'no-authority');
  if (state.units[index]?.status !== 'not-asked') return refuse(state, 'already-asked');
  if (state.drcStaff < 1) return refuse(state, 'no-drc-staff');
  const units = update(state, orderTargets(index), (u) =>
    u.status === 'not-asked' ? { ...u, status: 'requested', since: state.round } : u,
  );
  return { ok: true, state: { ...state, drcStaff: state.drcStaff - 1, units } };
}

/**
 * The mayor personally orders a horizontal unit (1 attention point): it uploads next round and
 * holds nothing back (note 44: city leaders must enforce uploads themselves).
 */
export function mayorOrder(state: PlatformState, unitId: string): ActionResult {
  const index = UNIT_INDEX.get(unitId);
  const unit = index === undefined ? undefined : CITY_Z.units[index];
  if (index === undefined || !unit) return refuse(state, 'unknown-unit');
  if (unit.kind === 'vertical') return refuse(state, 'no-authority');
  if (state.units[index]?.forced) return refuse(state, 'already-asked');
  if (state.mayorAttention < 1) return refuse(state, 'no-mayor-attention');
  const units = update(state, orderTargets(index), (u) =>
    u.status === 'uploading'
      ? { ...u, forced: true }
      : { ...u, status: 'requested', since: state.round, forced: true },
  );
  return { ok: true, state: { ...state, mayorAttention: state.mayorAttention - 1, units } };
}

/**
 * City leaders open talks with a vertical unit's superior (1 mayor attention point); the answer
 * comes in later rounds and covers the whole line (note 43). Assumption: talks cost the mayor's
 * attention, the paperwork of a formal request costs DRC staff. [platform-action-costs]
 */
export function negotiateWithSuperior(state: PlatformState, unitId: string): ActionResult {
  const index = UNIT_INDEX.get(unitId);
  const unit = index === undefined ? undefined : CITY_Z.units[index];
  if (index === undefined || !unit) return refuse(state, 'unknown-unit');
  if (unit.kind !== 'vertical') return refuse(state, 'not-vertical');
  if (state.units[index]?.status !== 'not-asked') return refuse(state, 'already-asked');
  if (state.mayorAttention < 1) return refuse(state, 'no-mayor-attention');
  const units = update(state, lineMembers(index), (u) => ({
    ...u,
    status: 'negotiating',
    since: state.round,
  }));
  return { ok: true, state: { ...state, mayorAttention: state.mayorAttention - 1, units } };
}

/** Once the superior has agreed, the DRC files the formal request for the line (1 staff point). */
export function formallyRequest(state: PlatformState, unitId: string): ActionResult {
  const index = UNIT_INDEX.get(unitId);
  const unit = index === undefined ? undefined : CITY_Z.units[index];
  const progress = index === undefined ? undefined : state.units[index];
  if (index === undefined || !unit || !progress) return refuse(state, 'unknown-unit');
  if (unit.kind !== 'vertical') return refuse(state, 'not-vertical');
  if (progress.status === 'requested' || progress.status === 'uploading') {
    return refuse(state, 'already-asked');
  }
  // No request can go in before talks with the superior have produced its consent (note 43).
  if (progress.status === 'not-asked' || !progress.agreed) {
    return refuse(state, 'superior-not-agreed');
  }
  if (state.drcStaff < 1) return refuse(state, 'no-drc-staff');
  const units = update(state, lineMembers(index), (u) => ({
    ...u,
    status: 'requested',
    since: state.round,
  }));
  return { ok: true, state: { ...state, drcStaff: state.drcStaff - 1, units } };
}

/** Apply any action by its tag. */
export function applyAction(state: PlatformState, action: PlatformAction): ActionResult {
  switch (action.type) {
    case 'order':
      return orderUnit(state, action.unitId);
    case 'mayor-order':
      return mayorOrder(state, action.unitId);
    case 'negotiate':
      return negotiateWithSuperior(state, action.unitId);
    case 'request':
      return formallyRequest(state, action.unitId);
  }
}
