import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNIT_INDEX } from '../../models/platform';
import { buildGrid, CELL, GRID, WIDTH } from './grid';

describe('the unit map grid', () => {
  it('places every one of the 667 units once, at the standard width', () => {
    expect(GRID.width).toBe(WIDTH);
    expect(new Set(GRID.cells.map((cell) => cell.id)).size).toBe(UNIT_INDEX.size);
  });

  it('keeps every unit inside the width it is laid out at, none on top of another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 500 }), (width) => {
        const grid = buildGrid(width);
        // 260 user units at the least: narrower, district pairs would not fit their labels.
        expect(grid.width).toBe(Math.max(260, width));
        const taken = new Set<string>();
        for (const cell of grid.cells) {
          expect(cell.x).toBeGreaterThanOrEqual(0);
          expect(cell.x + CELL).toBeLessThanOrEqual(grid.width);
          expect(cell.y + CELL).toBeLessThanOrEqual(grid.height);
          const spot = `${cell.x},${cell.y}`;
          expect(taken.has(spot)).toBe(false);
          taken.add(spot);
        }
        expect(grid.cells).toHaveLength(GRID.cells.length);
      }),
      { numRuns: 40 },
    );
  });

  it('grows taller as it grows narrower', () => {
    expect(buildGrid(280).height).toBeGreaterThan(GRID.height);
  });
});
