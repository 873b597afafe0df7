import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampState, parseState } from '../models/url-state';
import { MODEL_VERSION } from '../models/version';
import { widgets } from '../widgets/registry';
import { apaCitation, bibtexCitation, citableUrl, citedVersionMismatch } from './cite';
import { mergeIntoSearch } from '../models/url-state';

const accessed = new Date('2026-11-29T12:00:00Z');

describe('model version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(MODEL_VERSION).toBe(pkg.version);
  });
});

describe('cite this scenario', () => {
  it('round-trips: the cited URL reopens exactly the cited state, with its version', () => {
    for (const widget of widgets) {
      fc.assert(
        fc.property(
          fc.dictionary(fc.constantFrom(...Object.keys(widget.schema)), fc.anything()),
          (candidate) => {
            const state = clampState(widget.schema, candidate);
            const page = `https://example.edu/embed/${widget.id}/${mergeIntoSearch('', widget.schema, state, widget.id)}`;
            const cited = new URL(citableUrl({ kind: 'view', url: page }));
            expect(parseState(widget.schema, cited.searchParams, widget.id).state).toEqual(state);
            expect(citedVersionMismatch(cited.search)).toBeUndefined();
          },
        ),
        { numRuns: 200 },
      );
    }
  });

  it('names the view, the version, the access date and the paper', () => {
    const target = {
      kind: 'view',
      title: 'Score a citizen',
      url: 'https://a.b/embed/x/?x.k=1',
      accessed,
    } as const;
    const apa = apaCitation(target);
    expect(apa).toContain(`version ${MODEL_VERSION}`);
    expect(apa).toContain('Retrieved 29 November 2026, from https://a.b/embed/x/?x.k=1&v=');
    expect(apa).toContain('The China Journal, 86');
    const bibtex = bibtexCitation(target);
    expect(bibtex).toMatch(/^@misc\{hbb-view-[0-9a-z]+,/);
    expect(bibtex).toContain('Accessed 2026-11-29');
    expect(bibtexCitation(target)).toBe(bibtex);
  });

  it('leaves site and chapter URLs as they are', () => {
    expect(citableUrl({ kind: 'chapter', url: 'https://a.b/chapters/x/' })).toBe(
      'https://a.b/chapters/x/',
    );
  });

  it('notices a link made with another version', () => {
    expect(citedVersionMismatch('?v=0.0.1')).toBe('0.0.1');
    expect(citedVersionMismatch('?x=1')).toBeUndefined();
  });

  it('escapes BibTeX special characters in titles', () => {
    const bibtex = bibtexCitation({
      kind: 'chapter',
      title: 'Rates & 100% {odd}',
      url: 'https://a.b/',
      accessed,
    });
    expect(bibtex).toContain('title = {Rates \\& 100\\% \\{odd\\}}');
  });
});
