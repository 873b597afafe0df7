import type { StateSchema } from '../models/url-state';

/** What the registry knows of a widget: enough for chapters, embed pages, the gallery and tests. */
export interface WidgetDefinition<Id extends string = string, S extends StateSchema = StateSchema> {
  /** Also the folder name under src/widgets/ and the prefix of its URL parameters. */
  readonly id: Id;
  readonly title: string;
  readonly summary: string;
  /** URL-state schema; its defaults are the widget's default view. */
  readonly schema: S;
  /** Height in CSS pixels for a plain iframe without the auto-height script. */
  readonly embedHeight: number;
  /** The chapter (collection id) where the widget sits in the story. */
  readonly chapter: string;
}

/** Keeps the literal id and schema types, so each widget's state is typed end to end. */
export function defineWidget<const Id extends string, const S extends StateSchema>(
  definition: WidgetDefinition<Id, S>,
): WidgetDefinition<Id, S> {
  return definition;
}
