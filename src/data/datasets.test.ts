import { describe, expect, it } from 'vitest';
import { datasets } from './datasets';
import { table2 } from './table2';

describe('datasets', () => {
  it('have unique ids and rows as wide as their columns', () => {
    expect(new Set(datasets.map((d) => d.id)).size).toBe(datasets.length);
    for (const dataset of datasets) {
      expect(dataset.rows.length, dataset.id).toBeGreaterThan(0);
      for (const row of dataset.rows) expect(row, dataset.id).toHaveLength(dataset.columns.length);
    }
  });

  it('carry Table 2 so that its people column sums to the total', () => {
    const rows = datasets.find((d) => d.id === 'table-2')!.rows;
    expect(rows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(table2.total);
  });
});
