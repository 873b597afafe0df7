import type { WidgetDefinition } from '../widgets/define-widget';

/** What a teacher chooses in the embed builder, beyond the widget's own state. */
export interface EmbedOptions {
  /** The widget's state as a query string (from its URL), '' for the default view. */
  readonly state?: string;
  readonly theme?: 'auto' | 'light' | 'dark';
  /** True: readers see the chosen view but cannot change it. */
  readonly locked?: boolean;
}

/** The embed page's address for a widget, its state and the teacher's options. */
export function embedUrl(widgetId: string, siteRoot: string, options: EmbedOptions = {}): string {
  const root = siteRoot.replace(/\/+$/, '');
  const params = new URLSearchParams(options.state ?? '');
  // Only the widget's own parameters travel: anything else in a pasted link is dropped.
  for (const key of [...params.keys()]) if (!key.startsWith(`${widgetId}.`)) params.delete(key);
  if (options.theme && options.theme !== 'auto') params.set('theme', options.theme);
  if (options.locked) params.set('locked', '1');
  const query = params.toString();
  return `${root}/embed/${widgetId}/${query ? `?${query}` : ''}`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The HTML a teacher pastes into a course page: the iframe (which works on its own at a fixed
 * height) and our auto-height script. `siteRoot` is where the site is hosted, base path included.
 */
export function embedSnippet(
  widget: Pick<WidgetDefinition, 'id' | 'title' | 'embedHeight'>,
  siteRoot: string,
  options: EmbedOptions = {},
): string {
  const root = siteRoot.replace(/\/+$/, '');
  return [
    `<iframe src="${attribute(embedUrl(widget.id, siteRoot, options))}" title="${attribute(widget.title)}"`,
    `  width="100%" height="${widget.embedHeight}" style="border:0;max-width:100%" loading="lazy" data-hbb-embed></iframe>`,
    `<script src="${root}/embed.js" async></script>`,
  ].join('\n');
}

/** The credit line to print under an embedded widget. */
export function attributionText(widgetTitle: string, pageUrl: string): string {
  return `“${widgetTitle}”, from Hobbling Big Brother: an interactive explainer (${pageUrl}), based on Tsai, Wang and Lin (2021), The China Journal 86. Text and widgets licensed CC BY 4.0.`;
}
