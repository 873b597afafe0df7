import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState } from '../models/url-state';
import { widgets } from '../widgets/registry';
import { attributionText, embedSnippet, embedUrl } from './embed-snippet';

const widget = widgets[0]!;

describe('embedSnippet', () => {
  it('points the iframe and the script at the site root, under any base path', () => {
    const snippet = embedSnippet(widget, 'https://example.edu/explainer/');
    expect(snippet).toContain(`src="https://example.edu/explainer/embed/${widget.id}/"`);
    expect(snippet).toContain('src="https://example.edu/explainer/embed.js"');
    expect(snippet).toContain(`height="${widget.embedHeight}"`);
    expect(snippet).toContain('data-hbb-embed');
  });

  it('escapes quotes and ampersands in attributes', () => {
    const snippet = embedSnippet(
      { id: 'x', title: 'A "quoted" title', embedHeight: 500 },
      'https://a.b',
      {
        state: 'x.a=1&x.b=2',
      },
    );
    expect(snippet).toContain('title="A &quot;quoted&quot; title"');
    expect(snippet).toContain('src="https://a.b/embed/x/?x.a=1&amp;x.b=2"');
  });
});

describe('embedUrl', () => {
  it('carries the widget state, the theme and the lock, and nothing else of a pasted link', () => {
    const url = new URL(
      embedUrl('top-level-design', 'https://a.b/', {
        state: '?top-level-design.category=social&utm_source=x&other-widget.k=1',
        theme: 'dark',
        locked: true,
      }),
    );
    expect(url.pathname).toBe('/embed/top-level-design/');
    expect([...url.searchParams.keys()].sort()).toEqual([
      'locked',
      'theme',
      'top-level-design.category',
    ]);
  });

  it('keeps any state of any widget intact through the snippet', () => {
    for (const w of widgets) {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...Object.keys(w.schema)), fc.string())),
          (pairs) => {
            const state = new URLSearchParams(
              pairs.map(([k, v]) => [`${w.id}.${k}`, v]),
            ).toString();
            const url = new URL(embedUrl(w.id, 'https://a.b', { state }));
            const before = parseState(w.schema, new URLSearchParams(state), w.id).state;
            expect(parseState(w.schema, url.searchParams, w.id).state).toEqual(before);
          },
        ),
        { numRuns: 100 },
      );
    }
  });

  it('leaves the theme out when it follows the system', () => {
    expect(embedUrl('x', 'https://a.b', { theme: 'auto' })).toBe('https://a.b/embed/x/');
  });
});

describe('attributionText', () => {
  it('credits the site, the paper and the licence', () => {
    const text = attributionText('Score a citizen', 'https://a.b/');
    expect(text).toContain('https://a.b/');
    expect(text).toContain('Tsai, Wang and Lin (2021)');
    expect(text).toContain('CC BY 4.0');
  });
});
