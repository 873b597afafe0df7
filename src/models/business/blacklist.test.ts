import { describe, expect, it } from 'vitest';
import { BLACKLIST_TRIGGERS, SANCTIONS, sanctionsFor, TRIGGER_LABELS } from './blacklist';

describe('the blacklist', () => {
  it('holds every sanction the paper lists (notes 37–38)', () => {
    const paperSanctions = [
      'flights',
      'high-speed-rail',
      'luxury-hotels',
      'private-schools',
      'deadbeat-ring-tone',
      'remittances',
      'customs-supervision',
      'patents',
    ];
    expect(SANCTIONS.map((s) => s.id).sort()).toEqual(paperSanctions.sort());
  });

  it('names the agencies the paper names and marks the rest as inference', () => {
    const agency = (id: string) => SANCTIONS.find((s) => s.id === id);
    expect(agency('remittances')).toMatchObject({
      agency: 'Foreign Exchange Bureau',
      agencySource: 'paper',
    });
    expect(agency('customs-supervision')?.agencySource).toBe('paper');
    expect(agency('patents')).toMatchObject({
      agency: 'Intellectual Property Bureau',
      agencySource: 'paper',
    });
    for (const id of ['flights', 'high-speed-rail', 'luxury-hotels', 'private-schools']) {
      expect(agency(id)?.agencySource).toBe('inference');
    }
    for (const s of SANCTIONS) expect(s.locator).toMatch(/note 3[78]/);
  });

  it('applies the ring-back tone only in districts that use it', () => {
    expect(sanctionsFor({ districtUsesRingTone: true })).toHaveLength(SANCTIONS.length);
    expect(sanctionsFor({ districtUsesRingTone: false }).map((s) => s.id)).not.toContain(
      'deadbeat-ring-tone',
    );
  });

  it('has the three triggers, each labelled', () => {
    expect([...BLACKLIST_TRIGGERS]).toEqual([
      'unpaid-wages',
      'debt-default',
      'other-serious-violation',
    ]);
    for (const t of BLACKLIST_TRIGGERS) expect(TRIGGER_LABELS[t]).toBeTruthy();
  });
});
