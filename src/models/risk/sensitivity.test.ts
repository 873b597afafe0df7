import { describe, expect, it } from 'vitest';
import { defaultCadreParams } from './params';
import { moveValue, orderingSensitivity, sensitivityParameters } from './sensitivity';

const result = orderingSensitivity(defaultCadreParams());
const row = (id: string) => result.rows.find((r) => r.id === id);

describe('orderingSensitivity', () => {
  it('starts from the Table 3 ordering', () => {
    expect(result.base.ordering).toEqual(['business', 'government', 'social']);
    expect(result.base.margin).toBeGreaterThan(0);
  });

  it('covers every parameter once, widest tornado bar first', () => {
    expect(result.rows.map((r) => r.id).sort()).toEqual(
      sensitivityParameters.map((p) => p.id).sort(),
    );
    const widths = result.rows.map((r) => Math.abs(r.high.margin - r.low.margin));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it('finds that enough precedent for social credit lifts it above government', () => {
    const flip = row('social-precedent')?.flipUp;
    expect(flip?.ordering.indexOf('social')).toBeLessThan(
      flip?.ordering.indexOf('government') ?? -1,
    );
  });

  it('finds that harder business coordination breaks the ordering', () => {
    expect(row('business-difficulty')?.flipUp?.margin).toBeLessThanOrEqual(0);
  });

  it('reports flips with non-positive margins and the moves in range', () => {
    for (const r of result.rows)
      for (const f of [r.flipDown, r.flipUp]) {
        if (!f) continue;
        expect(f.margin).toBeLessThanOrEqual(0);
        expect(Math.abs(f.move)).toBeLessThanOrEqual(1);
        expect(f.value).toBeCloseTo(moveValue(r.base, r.kind, f.move), 12);
      }
  });
});

describe('moveValue', () => {
  it('keeps shares in [0, 1] and scales non-negative', () => {
    expect(moveValue(0.2, 'share', 1)).toBe(1);
    expect(moveValue(0.2, 'share', -1)).toBe(0);
    expect(moveValue(0.2, 'share', 0.5)).toBeCloseTo(0.6, 12);
    expect(moveValue(3, 'scale', -0.5)).toBe(1.5);
  });
});
