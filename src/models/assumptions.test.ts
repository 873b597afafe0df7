import { describe, expect, it } from 'vitest';
import { assumptionGroups } from './assumptions';

describe('assumption records', () => {
  const all = assumptionGroups.flatMap((group) => group.assumptions);

  it('exist for every model', () => {
    for (const group of assumptionGroups)
      expect(group.assumptions.length, group.id).toBeGreaterThan(0);
  });

  it('have ids unique across the site, so the Method page can link to each', () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });

  it('each say what is assumed and why', () => {
    for (const assumption of all) {
      expect(assumption.statement.length, assumption.id).toBeGreaterThan(20);
      expect(assumption.rationale.length, assumption.id).toBeGreaterThan(20);
    }
  });
});
