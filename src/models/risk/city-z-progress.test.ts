import { describe, expect, it } from 'vitest';
import { table1Category } from '../../data/table1';
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

  it('agrees with the Table 1 explorer on every practice', () => {
    for (const row of cityZProgress) {
      const levels = table1Category(row.category).practices.map((p) => p.cityZ.level);
      expect(levels).toContain(row.progress);
    }
    const social = cityZProgress.find((r) => r.practice === 'social-codes')!;
    expect(social.progress).toBe(
      table1Category('social').practices.find((p) => p.id === 'social-credit-codes')!.cityZ.level,
    );
  });

  it('ranks business > government > social', () => {
    const p = cityZCategoryProgress();
    expect(p.business).toBeGreaterThan(p.government);
    expect(p.government).toBeGreaterThan(p.social);
  });
});
