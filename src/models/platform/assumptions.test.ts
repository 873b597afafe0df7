import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformAssumptions } from './assumptions';

const dir = import.meta.dirname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'assumptions.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

describe('platformAssumptions', () => {
  it('has unique, prefixed ids and filled-in text', () => {
    const ids = platformAssumptions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of platformAssumptions) {
      expect(a.id).toMatch(/^platform-[a-z-]+$/);
      expect(a.model).toBe('platform');
      expect(a.statement.length).toBeGreaterThan(20);
      expect(a.rationale.length).toBeGreaterThan(20);
    }
  });

  it('matches the tags on the Assumption: comments in the code, both ways', () => {
    const tagged = new Set([...sources.matchAll(/\[(platform-[a-z-]+)\]/g)].map((m) => m[1]));
    expect([...tagged].sort()).toEqual(platformAssumptions.map((a) => a.id).sort());
  });
});
