import { describe, expect, it } from 'vitest';
import { cityZCategoryProgress, cityZProgress } from './city-z-progress';
import { practiceById, practiceIds } from './practices';

describe("Figure 1 rebuilt: City Z's progress", () => {
  it('covers each practice once, in its own category, with a locator', () => {
    expect(cityZProgress.map((r) => r.practice)).toEqual([...practiceIds]);
    for (const r of cityZProgress) {
      expect(r.category).toBe(practiceById(r.practice).category);
      expect(r.locator.length).toBeGreaterThan(0);
    }
  });

  it('ranks business > government > social', () => {
    const p = cityZCategoryProgress();
    expect(p.business).toBeGreaterThan(p.government);
    expect(p.government).toBeGreaterThan(p.social);
  });
});
