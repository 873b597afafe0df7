import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { mayorOrder, negotiateWithSuperior, formallyRequest } from './actions';
import { UNIT_INDEX } from './roster';
import { advanceRound, itemsThisRound, REQUEST_ROUNDS } from './rounds';
import {
  DRC_STAFF_PER_ROUND,
  initialPlatformState,
  MAYOR_ATTENTION_PER_ROUND,
  type PlatformState,
} from './state';

const progress = (state: PlatformState, id: string) => state.units[UNIT_INDEX.get(id) ?? -1];

describe('advanceRound', () => {
  it('refills the budgets and counts the round', () => {
    const spent = mayorOrder(initialPlatformState(), 'education').state;
    const next = advanceRound(spent, seededRandom(1));
    expect(next.round).toBe(1);
    expect(next.mayorAttention).toBe(MAYOR_ATTENTION_PER_ROUND);
    expect(next.drcStaff).toBe(DRC_STAFF_PER_ROUND);
  });

  it('makes a unit the mayor ordered upload the next round, whatever its willingness', () => {
    const state = advanceRound(
      mayorOrder(initialPlatformState(), 'public-security').state,
      seededRandom(3),
    );
    expect(progress(state, 'public-security')).toMatchObject({ status: 'uploading', forced: true });
  });

  it('clears a formal request after the assumed delay', () => {
    const random = seededRandom(2);
    let state = negotiateWithSuperior(initialPlatformState(), 'customs').state;
    while (!progress(state, 'customs')?.agreed) state = advanceRound(state, random);
    state = formallyRequest(state, 'customs').state;
    for (let r = 1; r < REQUEST_ROUNDS; r += 1) {
      state = advanceRound(state, random);
      expect(progress(state, 'customs')?.status).toBe('requested');
    }
    state = advanceRound(state, random);
    expect(progress(state, 'customs')?.status).toBe('uploading');
  });

  it('grows each unit’s monthly items the longer it uploads', () => {
    expect(itemsThisRound(1, 10)).toBeGreaterThan(itemsThisRound(1, 0));
    let state = initialPlatformState();
    const random = seededRandom(4);
    const monthly: number[] = [];
    for (let r = 0; r < 4; r += 1) {
      const before = progress(state, 'drc')?.items ?? 0;
      state = advanceRound(state, random);
      monthly.push((progress(state, 'drc')?.items ?? 0) - before);
    }
    expect(monthly).toEqual([...monthly].sort((a, b) => a - b));
    expect(new Set(monthly).size).toBe(4);
  });

  it('is deterministic for a given random stream', () => {
    const start = mayorOrder(initialPlatformState(), 'district-4').state;
    expect(advanceRound(start, seededRandom(9))).toEqual(advanceRound(start, seededRandom(9)));
  });
});
