import type { WidgetDefinition } from './define-widget';

/**
 * Every widget of the site, found by folder: src/widgets/<id>/definition.ts exports one
 * definition, and src/widgets/<id>/Island.astro hydrates its component. Chapters (<Widget id>),
 * the /embed/<id> pages, the teachers' gallery and the tests all read this list, so adding a
 * widget is adding its folder.
 */
const modules = import.meta.glob<Record<string, WidgetDefinition>>('./*/definition.ts', {
  eager: true,
});

export const widgets: readonly WidgetDefinition[] = Object.entries(modules)
  .map(([path, module]) => {
    const definitions = Object.values(module);
    const folder = path.split('/')[1];
    const definition = definitions[0];
    // The folder name is the id: that is how Widget.astro finds the island.
    if (definitions.length !== 1 || !definition || definition.id !== folder) {
      throw new Error(`${path} must export exactly one widget definition with id "${folder}"`);
    }
    return definition;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** Look a widget up by id (undefined for an unknown id, which the caller must handle). */
export function widgetById(id: string): WidgetDefinition | undefined {
  return widgets.find((widget) => widget.id === id);
}
