import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { businessAssumptions } from './assumptions';

const dir = import.meta.dirname;
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'assumptions.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

describe('businessAssumptions', () => {
  it('has unique, prefixed ids and filled-in text', () => {
    const ids = businessAssumptions.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of businessAssumptions) {
      expect(a.id).toMatch(/^business-[a-z-]+$/);
      expect(a.model).toBe('business');
      expect(a.statement.length).toBeGreaterThan(20);
      expect(a.rationale.length).toBeGreaterThan(20);
    }
  });

  it('matches the tags on the Assumption: comments in the code, both ways', () => {
    const tagged = new Set([...sources.matchAll(/\[(business-[a-z-]+)\]/g)].map((m) => m[1]));
    expect([...tagged].sort()).toEqual(businessAssumptions.map((a) => a.id).sort());
  });
});
