import { describe, expect, it } from 'vitest';
import { CITY_Z, createRoster, UNIT_INDEX } from './roster';
import { DISTRICT_COUNT, UNIT_COUNT, VERTICAL_SHARE } from './units';

const byId = (id: string) => CITY_Z.units.find((u) => u.id === id);

describe('the City Z roster', () => {
  it('has exactly the 667 units of note 40, with unique ids', () => {
    expect(CITY_Z.units).toHaveLength(UNIT_COUNT);
    expect(new Set(CITY_Z.units.map((u) => u.id)).size).toBe(UNIT_COUNT);
    expect(UNIT_INDEX.size).toBe(UNIT_COUNT);
  });

  it('makes the assumed share of units vertical', () => {
    const vertical = CITY_Z.units.filter((u) => u.kind === 'vertical').length;
    expect(vertical).toBe(Math.round(UNIT_COUNT * VERTICAL_SHARE));
  });

  it('includes the named archetypes on the right side of the tiaotiao/kuaikuai divide', () => {
    for (const id of [
      'drc',
      'public-security',
      'big-data',
      'education',
      'organization',
      'statistics',
    ]) {
      expect(byId(id)?.kind).toBe('horizontal');
    }
    for (const id of ['tax', 'peoples-bank', 'customs', 'courts', 'banking-regulator']) {
      expect(byId(id)?.kind).toBe('vertical');
    }
    for (let d = 1; d <= DISTRICT_COUNT; d += 1)
      expect(byId(`district-${d}`)?.kind).toBe('horizontal');
  });

  it('puts vertical units in known lines and district bureaus under their district', () => {
    const lines = new Set(CITY_Z.lines.map((l) => l.id));
    for (const unit of CITY_Z.units) {
      if (unit.kind === 'vertical') {
        expect(lines.has(unit.group)).toBe(true);
        expect(unit.willingness).toBe(0);
      }
      if (unit.parentId !== undefined) {
        expect(byId(unit.parentId)?.kind).toBe('horizontal');
        expect(unit.group).toBe(unit.parentId);
      }
    }
  });

  it('keeps probabilities in range and is the same every time it is built', () => {
    for (const u of CITY_Z.units) {
      expect(u.willingness).toBeGreaterThanOrEqual(0);
      expect(u.willingness).toBeLessThanOrEqual(1);
      expect(u.volume).toBeGreaterThan(0);
      for (const w of u.withheld) expect(u.datasets).toContain(w);
    }
    for (const l of CITY_Z.lines) expect(l.openness).toBeGreaterThan(0);
    expect(createRoster()).toEqual(CITY_Z);
  });
});
