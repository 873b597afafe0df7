/**
 * The platform as plain data for a d3 layout: flat nodes for a force or grid layout, and a
 * kind → group → unit tree for d3-hierarchy (pack or treemap, sized by items).
 */
import { CITY_Z } from './roster';
import type { PlatformState, UnitStatus } from './state';
import type { UnitKind } from './units';

export interface PlatformNode {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly group: string;
  readonly status: UnitStatus;
  readonly items: number;
  /** True once the mayor has ordered it, so it holds nothing back. */
  readonly forced: boolean;
}

export interface PlatformTree {
  readonly id: string;
  readonly name: string;
  readonly children: readonly PlatformTree[] | readonly PlatformNode[];
}

/** One node per unit, in roster order. */
export function platformNodes(state: PlatformState): PlatformNode[] {
  return CITY_Z.units.flatMap((unit, i) => {
    const progress = state.units[i];
    if (!progress) return [];
    const { id, name, kind, group } = unit;
    return [
      {
        id,
        name,
        kind,
        group,
        status: progress.status,
        items: progress.items,
        forced: progress.forced,
      },
    ];
  });
}

/** Nodes nested by kind and then group, ready for d3.hierarchy(tree).sum((d) => d.items ?? 0). */
export function platformHierarchy(state: PlatformState): PlatformTree {
  const byKind = new Map<UnitKind, Map<string, PlatformNode[]>>();
  for (const node of platformNodes(state)) {
    const groups = byKind.get(node.kind) ?? new Map<string, PlatformNode[]>();
    byKind.set(node.kind, groups);
    const members = groups.get(node.group) ?? [];
    groups.set(node.group, members);
    members.push(node);
  }
  return {
    id: 'platform',
    name: 'City Z platform',
    children: [...byKind].map(([kind, groups]) => ({
      id: kind,
      name:
        kind === 'horizontal' ? 'Horizontally managed (kuaikuai)' : 'Vertically managed (tiaotiao)',
      children: [...groups].map(([group, children]) => ({
        id: group,
        name: groupName(group),
        children,
      })),
    })),
  };
}

/** A readable name for a group id: the city, a district, or a vertical line. */
export function groupName(group: string): string {
  if (group === 'city') return 'City government';
  const district = /^district-(\d+)$/.exec(group);
  if (district) return `District ${district[1]}`;
  return CITY_Z.lines.find((line) => line.id === group)?.name ?? group;
}
