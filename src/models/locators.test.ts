import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PaperLocator } from '../data/citation';
import { CONSEQUENCES, RATING_BUREAUS, SANCTIONS } from './business';
import { NOV_2020, QUERIES } from './platform';

const paper = readFileSync(
  new URL('../../../shared/source/hobbling-big-brother.txt', import.meta.url),
  'utf8',
);
/** Each footnote opens a line of the text file with `^{N.`. */
const noteNumbers = [...paper.matchAll(/^\^\{(\d+)\./gm)].map((m) => Number(m[1]));
const noteCount = Math.max(...noteNumbers);
/** Headings stand on lines of their own; the top-level ones are printed in capitals. */
const lines = new Set(paper.split('\n').map((line) => line.trim().toLowerCase()));

const LOCATOR_FORM = /^(?:Table [123]|Figure 1|note (\d+)|§ (\S.*))$/;

const locators: readonly { readonly what: string; readonly at: PaperLocator }[] = [
  ...SANCTIONS.map((s) => ({ what: `sanction ${s.id}`, at: s.locator })),
  ...RATING_BUREAUS.map((b) => ({ what: `bureau for ${b.sector}`, at: b.locator })),
  ...CONSEQUENCES.map((c) => ({ what: `consequence ${c.id}`, at: c.locator })),
  { what: 'the November 2020 calibration point', at: NOV_2020.locator },
  ...QUERIES.map((q) => ({ what: `query ${q.id}`, at: q.locator })),
];

describe('business and platform model locators', () => {
  it('reads the notes of the paper as 1 to N without gaps', () => {
    expect(noteCount).toBeGreaterThan(50);
    expect(noteNumbers).toEqual(Array.from({ length: noteCount }, (_, i) => i + 1));
  });

  it.each(locators)('$what cites the paper as a table, figure, note or heading', ({ at }) => {
    const match = LOCATOR_FORM.exec(at);
    expect(match, at).not.toBeNull();
    const [, note, heading] = match ?? [];
    if (note !== undefined) {
      expect(Number(note)).toBeGreaterThanOrEqual(1);
      expect(Number(note)).toBeLessThanOrEqual(noteCount);
    }
    if (heading !== undefined) expect(lines.has(heading.toLowerCase()), at).toBe(true);
  });
});
