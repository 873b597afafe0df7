import { describe, expect, it } from 'vitest';
import { riskAssumptions } from './assumptions';

describe('riskAssumptions', () => {
  it('has unique kebab-case ids for the risk and cities models', () => {
    const ids = riskAssumptions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of riskAssumptions) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['risk', 'cities']).toContain(a.model);
      expect(a.statement.length).toBeGreaterThan(20);
      expect(a.rationale.length).toBeGreaterThan(20);
    }
  });
});
