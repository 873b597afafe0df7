/** Interface strings by dotted key, kept apart from components so copy can change without code. */
export const ui = {
  'site.title': 'Hobbling Big Brother',
  'site.tagline': 'How China’s social credit system is actually built',
  'site.description':
    'An interactive explainer of how China’s social credit system is built, after Tsai, Wang and Lin (The China Journal, 2021).',
  'nav.chapters': 'Chapters',
  'nav.sources': 'Sources and data',
  'nav.sources.short': 'Sources',
  'nav.glossary': 'Glossary',
  'nav.teach': 'For teachers',
  'nav.teach.short': 'Teachers',
  'nav.widgets': 'Widgets and embeds',
  'nav.skip': 'Skip to the content',
  'nav.main': 'Main',
  'theme.dark': 'Dark theme',
  'chapter.toc': 'In this chapter',
  'chapter.previous': 'Previous chapter',
  'chapter.next': 'Next chapter',
  'chapter.label': 'Chapter',
  'widget.copyLink': 'Copy link to this view',
  'widget.linkCopied': 'Link copied',
  'widget.reset': 'Reset',
  'widget.embed': 'Embed',
  'widget.cite': 'Cite this view',
  'widget.data': 'Get the data (CSV)',
  'widget.adjusted':
    'Some settings in this link could not be used as written, so the nearest valid view is shown.',
  'widget.table': 'Show as a table',
  'embed.from': 'From the explainer',
  'footer.paper':
    'Based on Wen-Hsuan Tsai, Hsin-Hsien Wang and Ruihua Lin, “Hobbling Big Brother”,',
  'footer.journal': 'The China Journal',
  'footer.issue': '86 (2021).',
  'footer.privacy': 'No cookies, no trackers, no third-party requests.',
} as const;

export type UiKey = keyof typeof ui;

/** Look up an interface string. */
export function t(key: UiKey): string {
  return ui[key];
}
