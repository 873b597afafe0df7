import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultState, parseState, serialiseState } from '../models/url-state';
import { widgetById, widgets } from './registry';

const folder = new URL('.', import.meta.url);

describe('widget registry', () => {
  it('lists at least one widget, each with a unique id', () => {
    expect(widgets.length).toBeGreaterThan(0);
    expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
  });

  it.each(widgets.map((w) => [w.id, w] as const))(
    '%s has an island, a chapter and a sound schema',
    (id, widget) => {
      expect(existsSync(new URL(`${id}/Island.astro`, folder))).toBe(true);
      expect(existsSync(new URL(`../../content/chapters/${widget.chapter}.mdx`, folder))).toBe(
        true,
      );
      expect(widget.embedHeight).toBeGreaterThanOrEqual(200);
      // The defaults are a valid state, and they serialise to an empty query (clean URLs).
      const defaults = defaultState(widget.schema);
      expect(serialiseState(widget.schema, defaults, id)).toEqual([]);
      expect(parseState(widget.schema, new URLSearchParams(), id).state).toEqual(defaults);
    },
  );

  it('finds widgets by id and nothing for an unknown id', () => {
    expect(widgetById(widgets[0]!.id)).toBe(widgets[0]);
    expect(widgetById('no-such-widget')).toBeUndefined();
  });
});
