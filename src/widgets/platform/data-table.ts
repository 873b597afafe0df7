import type { WidgetData } from '../../lib/widget-data';
import type { PlatformNode } from '../../models/platform';

/** Every unit of the platform this month: kind, group, status and items uploaded. */
export function unitsTable(nodes: readonly PlatformNode[], month: string): WidgetData {
  return {
    columns: [
      'Unit',
      'Management',
      'Group',
      `Status (${month})`,
      'Items uploaded',
      'Ordered by the mayor',
    ],
    rows: nodes.map((node) => [
      node.name,
      node.kind,
      node.group,
      node.status,
      Math.round(node.items),
      node.forced ? 'yes' : 'no',
    ]),
  };
}
