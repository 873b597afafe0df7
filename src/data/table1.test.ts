import { describe, expect, it } from 'vitest';
import { glossaryTerm } from './glossary';
import { progressLevels, progressRank, table1, table1Category, table1Practices } from './table1';

const practices = table1Practices;

describe('Table 1', () => {
  it('has the three categories in the paper’s order', () => {
    expect(table1.categories.map((c) => c.id)).toEqual(['business', 'government', 'social']);
  });

  it('lists 2, 3 and 3 practices, as the table does', () => {
    expect(table1.categories.map((c) => c.practices.length)).toEqual([2, 3, 3]);
  });

  it('gives every practice a progress level, a summary and a locator', () => {
    for (const p of practices) {
      expect(progressLevels, p.id).toContain(p.cityZ.level);
      expect(p.cityZ.summary.length, p.id).toBeGreaterThan(40);
      expect(p.cityZ.source, p.id).toMatch(/^(Table [123]|Figure 1|note \d+|§ .+)$/);
    }
  });

  it('keeps summaries to one or two sentences', () => {
    for (const p of practices) {
      const sentences = p.cityZ.summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
      expect(sentences.length, p.id).toBeLessThanOrEqual(2);
    }
  });

  it('uses unique kebab-case ids', () => {
    const ids = [...table1.categories.map((c) => c.id), ...practices.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('ranks City Z’s categories as Figure 1 does and as the practices bear out', () => {
    expect(table1.categories.map((c) => c.cityZRank)).toEqual([1, 2, 3]);
    const mean = (id: 'business' | 'government' | 'social') => {
      const ps = table1Category(id).practices;
      return ps.reduce((s, p) => s + progressRank(p.cityZ.level), 0) / ps.length;
    };
    expect(mean('business')).toBeGreaterThan(mean('government'));
    expect(mean('government')).toBeGreaterThan(mean('social'));
  });

  it('maps the Outline’s four categories onto the three, with judicial into government', () => {
    expect(table1.outline.categories).toHaveLength(4);
    const judicial = table1.outline.categories.find((c) => c.glossaryId === 'sifa-gongxin');
    expect(judicial?.mergedInto).toBe('government');
    for (const c of table1.outline.categories)
      expect(glossaryTerm(c.glossaryId).hanzi).toBe(c.hanzi);
    for (const c of table1.categories) expect(glossaryTerm(c.glossaryId).hanzi).toBe(c.hanzi);
  });

  it('orders the progress scale from nothing to implemented', () => {
    expect(progressRank('not started')).toBe(0);
    expect(progressRank('implemented')).toBe(progressLevels.length - 1);
  });
});
