import { describe, expect, it } from 'vitest';
import { applyAction } from './actions';
import {
  continuePlatform,
  defaultPolicy,
  NOV_2020,
  playPolicy,
  runPlatform,
  startPlatform,
  summariseRound,
} from './policy';
import { advanceRound } from './rounds';
import { initialPlatformState } from './state';
import { seededRandom } from '../random';

const seeds = Array.from({ length: 20 }, (_, k) => k + 1);
const atNov2020 = seeds.map((seed) => runPlatform(NOV_2020.round, seed).history.at(-1));

describe('calibration point: November 2020 (note 40)', () => {
  it('lands on the right month', () => {
    for (const h of atNov2020) expect(h?.date).toBe(NOV_2020.date);
  });

  it('has all 667 units uploading in every seeded default run', () => {
    for (const h of atNov2020) expect(h?.statuses.uploading).toBe(NOV_2020.units);
  });

  // Tolerance: each run within ±5% of 1.26 billion, and the mean of 20 runs within ±2%.
  // (Over 30 seeds the spread is about −2% to +3%.)
  it('reaches about 1.26 billion items', () => {
    const items = atNov2020.map((h) => h?.items ?? 0);
    for (const x of items) expect(Math.abs(x / NOV_2020.items - 1)).toBeLessThan(0.05);
    const mean = items.reduce((s, x) => s + x, 0) / items.length;
    expect(Math.abs(mean / NOV_2020.items - 1)).toBeLessThan(0.02);
  });
});

describe('runPlatform and defaultPolicy', () => {
  it('is deterministic per seed', () => {
    const { history, final } = runPlatform(12, 5);
    expect(runPlatform(12, 5)).toMatchObject({ history, final, state: final });
    expect(final).not.toEqual(runPlatform(12, 6).final);
  });

  it('carries a run on from any month exactly as the whole run would go', () => {
    const whole = runPlatform(NOV_2020.round, 4);
    for (const month of [0, 1, 17, NOV_2020.round]) {
      const rest = continuePlatform(runPlatform(month, 4), NOV_2020.round - month);
      expect(rest.final).toEqual(whole.final);
      expect(rest.history).toEqual(whole.history.slice(month));
    }
  });

  it('starts at launch with the generator for the seed', () => {
    const { state, random } = startPlatform(9);
    const reference = seededRandom(9);
    expect(state).toEqual(initialPlatformState());
    expect([random(), random()]).toEqual([reference(), reference()]);
  });

  it('summarises a month as the run records it', () => {
    const run = runPlatform(10, 2);
    expect(summariseRound(run.final)).toEqual(run.history.at(-1));
    expect(run.history[0]).toEqual(summariseRound(initialPlatformState()));
  });

  it('lets the policy spend the budgets without advancing the month', () => {
    const start = initialPlatformState();
    const played = playPolicy(start);
    expect(played.round).toBe(start.round);
    expect(played.drcStaff).toBeLessThan(start.drcStaff);
    expect(playPolicy(start, () => [])).toBe(start);
  });

  it('only proposes actions the budgets allow', () => {
    let state = initialPlatformState();
    const random = seededRandom(8);
    for (let r = 0; r < 20; r += 1) {
      for (const action of defaultPolicy(state)) {
        const result = applyAction(state, action);
        expect(result.ok).toBe(true);
        state = result.state;
      }
      state = advanceRound(state, random);
    }
  });

  it('never lets the item count fall', () => {
    const { history } = runPlatform(NOV_2020.round, 3);
    history
      .slice(1)
      .forEach((h, i) => expect(h.items).toBeGreaterThanOrEqual(history[i]?.items ?? 0));
  });
});
