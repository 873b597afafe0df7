import { describe, expect, it } from 'vitest';
import { DATASET_LABELS, DATASETS } from './datasets';
import { QUERIES } from './queries';
import { CITY_Z } from './roster';

describe('data sets', () => {
  it('gives every data set a distinct readable name', () => {
    const labels = DATASETS.map((d) => DATASET_LABELS[d]);
    expect(new Set(labels).size).toBe(DATASETS.length);
    // Not an id: ids are kebab-case, names are words.
    for (const label of labels) expect(label).not.toMatch(/^[a-z]+(?:-[a-z]+)+$/);
  });

  it('lists only data sets some unit holds, and every one a unit holds or a query needs', () => {
    const held = new Set(CITY_Z.units.flatMap((u) => u.datasets));
    const needed = QUERIES.flatMap((q) => q.needs.map((n) => n.dataset));
    expect([...held].sort()).toEqual([...DATASETS].sort());
    for (const d of needed) expect(held).toContain(d);
  });
});
