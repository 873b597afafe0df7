import { describe, expect, it } from 'vitest';
import {
  groupName,
  platformHierarchy,
  platformNodes,
  type PlatformNode,
  type PlatformTree,
} from './layout';
import { runPlatform } from './policy';
import { totalItems } from './state';
import { UNIT_COUNT } from './units';

const leaves = (tree: PlatformTree | PlatformNode): PlatformNode[] =>
  'children' in tree
    ? tree.children.flatMap((c: PlatformTree | PlatformNode) => leaves(c))
    : [tree];

describe('layout data', () => {
  const { final } = runPlatform(10, 2);

  it('gives one node per unit with its kind, group, status and items', () => {
    const nodes = platformNodes(final);
    expect(nodes).toHaveLength(UNIT_COUNT);
    expect(nodes.find((n) => n.id === 'tax')).toMatchObject({ kind: 'vertical', group: 'tax' });
    expect(nodes.reduce((s, n) => s + n.items, 0)).toBe(totalItems(final));
  });

  it('nests every unit once under its kind and group', () => {
    const tree = platformHierarchy(final);
    expect(tree.children.map((c) => c.id)).toEqual(['horizontal', 'vertical']);
    expect(leaves(tree)).toHaveLength(UNIT_COUNT);
  });

  it('names groups for display', () => {
    expect(groupName('city')).toBe('City government');
    expect(groupName('district-7')).toBe('District 7');
    expect(groupName('courts')).toBe('Courts');
  });
});
