import { describe, expect, it } from 'vitest';
import { widgets } from '../widgets/registry';
import { embedSnippet } from './embed-snippet';

describe('embedSnippet', () => {
  it('points the iframe and the script at the site root, under any base path', () => {
    const widget = widgets[0]!;
    const snippet = embedSnippet(widget, 'https://example.edu/explainer/');
    expect(snippet).toContain(`src="https://example.edu/explainer/embed/${widget.id}/"`);
    expect(snippet).toContain('src="https://example.edu/explainer/embed.js"');
    expect(snippet).toContain(`height="${widget.embedHeight}"`);
    expect(snippet).toContain('data-hbb-embed');
  });

  it('escapes quotes in the title attribute', () => {
    const snippet = embedSnippet(
      { id: 'x', title: 'A "quoted" title', embedHeight: 500 },
      'https://a.b',
    );
    expect(snippet).toContain('title="A &quot;quoted&quot; title"');
  });
});
