import type { WidgetDefinition } from '../widgets/define-widget';

/**
 * The HTML a teacher pastes into a course page: the iframe (which works on its own at a fixed
 * height) and our auto-height script. `origin` is where the site is hosted, base path included.
 */
export function embedSnippet(
  widget: Pick<WidgetDefinition, 'id' | 'title' | 'embedHeight'>,
  siteRoot: string,
): string {
  const root = siteRoot.replace(/\/+$/, '');
  return [
    `<iframe src="${root}/embed/${widget.id}/" title="${widget.title.replace(/"/g, '&quot;')}"`,
    `  width="100%" height="${widget.embedHeight}" style="border:0;max-width:100%" loading="lazy" data-hbb-embed></iframe>`,
    `<script src="${root}/embed.js" async></script>`,
  ].join('\n');
}
