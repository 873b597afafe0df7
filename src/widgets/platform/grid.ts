/**
 * Where each unit sits in the map: a grid per group, computed once from the model's
 * kind → group → unit tree with d3-hierarchy. Horizontal units (kuaikuai) come first, the city's
 * own units across the full width and the districts two to a row; the vertical systems (tiaotiao)
 * follow in their own band. Positions are in SVG user units.
 */
import { hierarchy } from 'd3-hierarchy';
import {
  initialPlatformState,
  platformHierarchy,
  UNIT_INDEX,
  type PlatformNode,
  type PlatformTree,
  type UnitKind,
} from '../../models/platform';

/** The drawing's width, in user units, as laid out for the server render and wide screens. */
export const WIDTH = 340;
/** Narrower than this, district pairs would not fit their labels. */
const NARROWEST = 260;
export const CELL = 9;
const PITCH = 11;
const LABEL = 16;
const SECTION = 22;
const COLUMN_GAP = 10;
const BLOCK_GAP = 5;

export interface GridCell {
  readonly id: string;
  readonly index: number;
  readonly kind: UnitKind;
  readonly x: number;
  readonly y: number;
}

export interface GridLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface GridSection {
  readonly kind: UnitKind;
  readonly name: string;
  readonly count: number;
  readonly y: number;
  readonly height: number;
}

export interface GridGroup {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly unitIds: readonly string[];
}

export interface Grid {
  readonly width: number;
  readonly cells: readonly GridCell[];
  readonly labels: readonly GridLabel[];
  readonly sections: readonly GridSection[];
  readonly groups: readonly GridGroup[];
  readonly height: number;
}

type Datum = PlatformTree | PlatformNode;

/** Lay the units out across `width` user units (at least 260). */
export function buildGrid(width = WIDTH): Grid {
  const across = Math.max(NARROWEST, width);
  const root = hierarchy<Datum>(platformHierarchy(initialPlatformState()), (d) =>
    'children' in d ? d.children : undefined,
  );
  const cells: GridCell[] = [];
  const labels: GridLabel[] = [];
  const sections: GridSection[] = [];
  const groups: GridGroup[] = [];
  let y = 0;
  for (const kindNode of root.children ?? []) {
    const kind: UnitKind = kindNode.data.id === 'vertical' ? 'vertical' : 'horizontal';
    const top = y;
    y += SECTION;
    let column = 0;
    let rowHeight = 0;
    const closeRow = () => {
      y += rowHeight;
      rowHeight = 0;
      column = 0;
    };
    for (const group of kindNode.children ?? []) {
      const leaves = group.children ?? [];
      const full = leaves.length > 60;
      if (full && column === 1) closeRow();
      const blockWidth = full ? across : (across - COLUMN_GAP) / 2;
      const columns = Math.floor((blockWidth + PITCH - CELL) / PITCH);
      const x0 = full ? 0 : column * ((across + COLUMN_GAP) / 2);
      labels.push({ text: `${group.data.name} (${leaves.length})`, x: x0, y: y + 10 });
      groups.push({
        id: group.data.id,
        name: group.data.name,
        kind,
        unitIds: leaves.map((leaf) => leaf.data.id),
      });
      leaves.forEach((leaf, i) => {
        cells.push({
          id: leaf.data.id,
          index: UNIT_INDEX.get(leaf.data.id) ?? -1,
          kind,
          x: x0 + (i % columns) * PITCH,
          y: y + LABEL + Math.floor(i / columns) * PITCH,
        });
      });
      const height = LABEL + Math.ceil(leaves.length / columns) * PITCH + BLOCK_GAP;
      if (full) {
        y += height;
      } else {
        rowHeight = Math.max(rowHeight, height);
        if (column === 1) closeRow();
        else column = 1;
      }
    }
    if (column === 1) closeRow();
    sections.push({
      kind,
      name: kindNode.data.name,
      count: kindNode.leaves().length,
      y: top,
      height: y - top,
    });
    y += 8;
  }
  return { width: across, cells, labels, sections, groups, height: y };
}

/** The roster never changes, so neither does the grid at the standard width. */
export const GRID: Grid = buildGrid();
