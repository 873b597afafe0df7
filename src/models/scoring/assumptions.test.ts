import { describe, expect, it } from 'vitest';
import { scoringAssumptions } from './assumptions';

describe('scoringAssumptions', () => {
  it('has unique kebab-case ids, all from the scoring model, each with a statement and reason', () => {
    const ids = scoringAssumptions.map((assumption) => assumption.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const assumption of scoringAssumptions) {
      expect(assumption.id).toMatch(/^scoring(-[a-z0-9]+)+$/);
      expect(assumption.model).toBe('scoring');
      expect(assumption.statement.length).toBeGreaterThan(20);
      expect(assumption.rationale.length).toBeGreaterThan(20);
    }
  });

  it('records the clamp floor and the regime definitions', () => {
    const ids = scoringAssumptions.map((assumption) => assumption.id);
    for (const id of [
      'scoring-clamp-floor',
      'scoring-regime-city-z-2020',
      'scoring-regime-custom',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
