import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import {
  applyAction,
  formallyRequest,
  mayorOrder,
  negotiateWithSuperior,
  orderUnit,
  type PlatformAction,
} from './actions';
import { CITY_Z, UNIT_INDEX } from './roster';
import { advanceRound } from './rounds';
import { initialPlatformState, type PlatformState } from './state';

const progress = (state: PlatformState, id: string) => state.units[UNIT_INDEX.get(id) ?? -1];
const verticalIds = CITY_Z.units.filter((u) => u.kind === 'vertical').map((u) => u.id);
const allIds = CITY_Z.units.map((u) => u.id);

describe('platform actions', () => {
  it('lets the DRC order horizontal units but not vertical ones', () => {
    const start = initialPlatformState();
    const ordered = orderUnit(start, 'education');
    expect(ordered.ok).toBe(true);
    expect(progress(ordered.state, 'education')?.status).toBe('requested');
    expect(ordered.state.drcStaff).toBe(start.drcStaff - 1);
    const refused = orderUnit(start, 'tax');
    expect(refused).toMatchObject({ ok: false, reason: 'no-authority' });
    expect(refused.state).toBe(start);
  });

  it('is pure: the input state is never changed', () => {
    const start = initialPlatformState();
    const copy = structuredClone(start);
    orderUnit(start, 'district-1');
    mayorOrder(start, 'public-security');
    negotiateWithSuperior(start, 'courts');
    expect(start).toEqual(copy);
  });

  it('passes a district order down to the district bureaus', () => {
    const { state } = orderUnit(initialPlatformState(), 'district-2');
    const children = CITY_Z.units.filter((u) => u.parentId === 'district-2');
    expect(children.length).toBeGreaterThan(0);
    for (const c of children) expect(progress(state, c.id)?.status).toBe('requested');
  });

  it('spends budgets and refuses when they run out', () => {
    let state = initialPlatformState();
    for (const id of ['education', 'hrss', 'housing', 'civil-affairs', 'finance']) {
      state = orderUnit(state, id).state;
    }
    expect(orderUnit(state, 'statistics')).toMatchObject({ ok: false, reason: 'no-drc-staff' });
    state = mayorOrder(state, 'public-security').state;
    state = negotiateWithSuperior(state, 'tax').state;
    expect(negotiateWithSuperior(state, 'courts')).toMatchObject({
      ok: false,
      reason: 'no-mayor-attention',
    });
  });

  it('needs the superior to agree before a formal request, for the whole line', () => {
    let state = negotiateWithSuperior(initialPlatformState(), 'tax-district-3').state;
    expect(progress(state, 'tax')?.status).toBe('negotiating');
    expect(formallyRequest(state, 'tax')).toMatchObject({
      ok: false,
      reason: 'superior-not-agreed',
    });
    expect(negotiateWithSuperior(state, 'tax')).toMatchObject({
      ok: false,
      reason: 'already-asked',
    });
    const random = seededRandom(1);
    while (!progress(state, 'tax')?.agreed) state = advanceRound(state, random);
    const requested = formallyRequest(state, 'tax');
    expect(requested.ok).toBe(true);
    for (const u of CITY_Z.units.filter((x) => x.group === 'tax')) {
      expect(progress(requested.state, u.id)?.status).toBe('requested');
    }
  });

  it('refuses vertical-only steps for horizontal units', () => {
    const start = initialPlatformState();
    expect(negotiateWithSuperior(start, 'education')).toMatchObject({ reason: 'not-vertical' });
    expect(formallyRequest(start, 'education')).toMatchObject({ reason: 'not-vertical' });
    expect(mayorOrder(start, 'customs')).toMatchObject({ reason: 'no-authority' });
    expect(orderUnit(start, 'nobody')).toMatchObject({ reason: 'unknown-unit' });
  });
});

const anyId = fc.constantFrom(...allIds);
const step = fc.oneof(
  fc.record({ type: fc.constantFrom('order' as const, 'mayor-order' as const), unitId: anyId }),
  fc.record({ type: fc.constantFrom('order' as const), unitId: fc.constantFrom(...verticalIds) }),
  fc.constant('advance' as const),
);

describe('tiaotiao: the DRC cannot order vertical units', () => {
  it('never moves a vertical unit on DRC or mayor orders alone', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer(), (steps, seed) => {
        const random = seededRandom(seed);
        let state = initialPlatformState();
        for (const s of steps) {
          state = s === 'advance' ? advanceRound(state, random) : applyAction(state, s).state;
        }
        for (const id of verticalIds) expect(progress(state, id)?.status).toBe('not-asked');
      }),
      { numRuns: 200 },
    );
  });

  it('has a vertical unit upload only after both talks and a formal request succeeded', () => {
    const actionOn = fc.record({
      type: fc.constantFrom<PlatformAction['type']>('order', 'mayor-order', 'negotiate', 'request'),
      unitId: fc.constantFrom(...verticalIds, 'education', 'district-1'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(actionOn, fc.constant('advance' as const)), { maxLength: 80 }),
        fc.integer(),
        (steps, seed) => {
          const random = seededRandom(seed);
          let state = initialPlatformState();
          const negotiated = new Set<string>();
          const requested = new Set<string>();
          for (const s of steps) {
            if (s === 'advance') {
              state = advanceRound(state, random);
              continue;
            }
            const result = applyAction(state, s);
            const line = CITY_Z.units[UNIT_INDEX.get(s.unitId) ?? -1]?.group ?? '';
            if (result.ok && s.type === 'negotiate') negotiated.add(line);
            if (result.ok && s.type === 'request') requested.add(line);
            state = result.state;
          }
          CITY_Z.units.forEach((u, i) => {
            if (u.kind === 'vertical' && state.units[i]?.status === 'uploading') {
              expect(negotiated.has(u.group) && requested.has(u.group)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
