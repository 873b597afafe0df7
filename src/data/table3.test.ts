import { describe, expect, it } from 'vitest';
import type { CategoryId } from './table1';
import { table3, table3Rank, table3RowOrder, table3Scales } from './table3';

const order: readonly CategoryId[] = ['business', 'government', 'social'];
const ranks = (row: (typeof table3RowOrder)[number]) => order.map((c) => table3Rank(row, c));

describe('Table 3', () => {
  it('has four rows in the printed order, each with a cell per category', () => {
    expect(table3RowOrder).toHaveLength(4);
    for (const row of table3RowOrder) {
      expect(Object.keys(table3.rows[row].cells).sort()).toEqual([...order].sort());
    }
  });

  it('puts every cell on its row’s scale', () => {
    for (const row of table3RowOrder) {
      for (const rank of ranks(row)) expect(rank, row).toBeGreaterThanOrEqual(0);
    }
  });

  it('has political risk rising from business to government to social', () => {
    const [b, g, s] = ranks('politicalRisk');
    expect(b).toBeLessThan(g!);
    expect(g).toBeLessThan(s!);
    expect(table3.rows.politicalRisk.cells.social.level).toBe('extremely high');
  });

  it('has effectiveness falling from business to government to social', () => {
    const [b, g, s] = ranks('effectiveness');
    expect(b).toBeGreaterThan(g!);
    expect(g).toBeGreaterThan(s!);
  });

  it('shows the paper’s rule: less precedent, more difficulty and risk, less done', () => {
    const [pb, pg, ps] = ranks('precedent');
    const [db, dg, ds] = ranks('difficulty');
    expect(pb).toBeGreaterThan(pg!);
    expect(pg).toBeGreaterThan(ps!);
    expect(db).toBeLessThan(dg!);
    expect(dg).toBeLessThan(ds!);
  });

  it('marks which levels are printed and which are our reading', () => {
    expect(table3.rows.politicalRisk.levelBasis).toBe('printed');
    expect(table3.rows.effectiveness.levelBasis).toBe('printed');
    expect(table3.rows.precedent.levelBasis).toBe('our reading');
    expect(table3Scales.politicalRisk).toEqual(['low', 'medium', 'extremely high']);
  });
});
