import type { WidgetDefinition } from './define-widget';
import { topLevelDesign } from './top-level-design/definition';

/**
 * Every widget of the site. Chapters (<Widget id>), /embed/<id> pages, the teachers' gallery and
 * the tests all read this list; a widget's island is found by its folder, ./<id>/Island.astro.
 */
export const widgets = [topLevelDesign] as const satisfies readonly WidgetDefinition[];

export type WidgetId = (typeof widgets)[number]['id'];

/** Look a widget up by id (undefined for an unknown id, which the caller must handle). */
export function widgetById(id: string): WidgetDefinition | undefined {
  return widgets.find((widget) => widget.id === id);
}
