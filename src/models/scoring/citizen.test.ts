import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { catalogue } from './catalogue';
import { scoreCitizen, type CitizenRecord } from './citizen';
import { isDeduction } from './indicator';
import { presetCitizens } from './presets';
import { buildCustomRegime, cityZ2020, outlineAsDesigned, type Regime } from './regimes';

const ids = catalogue.map((indicator) => indicator.id);
const deductionIds = catalogue.filter(isDeduction).map((indicator) => indicator.id);
const recordsArbitrary = fc.array(fc.constantFrom(...ids), { maxLength: 40 });
const regimeArbitrary: fc.Arbitrary<Regime> = fc.oneof(
  fc.constant(cityZ2020),
  fc.constant(outlineAsDesigned),
  fc
    .record({
      deductionStrength: fc.double({ min: 0, max: 2, noNaN: true }),
      deductionShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(buildCustomRegime),
);
const preset = (id: string): readonly CitizenRecord[] =>
  presetCitizens.find((citizen) => citizen.id === id)!.records;

describe('scoreCitizen', () => {
  it('always lands within 0…1,000', () => {
    fc.assert(
      fc.property(recordsArbitrary, regimeArbitrary, (records, regime) => {
        const { total } = scoreCitizen(records, regime);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(1000);
      }),
    );
  });

  it('has a ledger summing to the unclamped total minus the 550 start', () => {
    fc.assert(
      fc.property(recordsArbitrary, regimeArbitrary, fc.integer(), (records, regime, seed) => {
        const score = scoreCitizen(records, regime, seededRandom(seed));
        const ledgerSum = score.ledger.reduce((sum, line) => sum + line.points, 0);
        expect(ledgerSum).toBe(score.unclampedTotal - 550);
        expect(score.ledger).toHaveLength(records.length);
      }),
    );
  });

  it('never raises a score when a deduction is added', () => {
    fc.assert(
      fc.property(
        recordsArbitrary,
        fc.constantFrom(...deductionIds),
        regimeArbitrary,
        (records, deduction, regime) => {
          const before = scoreCitizen(records, regime).total;
          const after = scoreCitizen([...records, deduction], regime).total;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
    );
  });

  it('charges nothing for a deduction City Z did not count in 2020', () => {
    const line = scoreCitizen(['traffic-violation'], cityZ2020).ledger[0]!;
    expect(line).toMatchObject({ counted: false, points: 0, category: 'public' });
    expect(scoreCitizen(['traffic-violation'], outlineAsDesigned).ledger[0]!.points).toBe(-5);
  });

  it('scales deductions by the custom strength and lets the share decide each one', () => {
    const doubled = buildCustomRegime({ deductionStrength: 2, deductionShare: 1 });
    expect(scoreCitizen(['heavy-debt'], doubled).total).toBe(450);
    const none = buildCustomRegime({ deductionStrength: 1, deductionShare: 0 });
    expect(scoreCitizen(['court-sentence'], none).total).toBe(550);
    const half = buildCustomRegime({ deductionStrength: 1, deductionShare: 0.5 });
    const random = seededRandom(3);
    const counted = Array.from(
      { length: 2000 },
      () => scoreCitizen(['heavy-debt'], half, random).ledger[0]!.counted,
    ).filter(Boolean).length;
    expect(counted).toBeGreaterThan(900);
    expect(counted).toBeLessThan(1100);
  });

  it('clamps at both ends', () => {
    const saint = Array.from({ length: 12 }, () => 'model-worker');
    expect(scoreCitizen(saint, cityZ2020)).toMatchObject({ unclampedTotal: 1270, total: 1000 });
    const sinner = Array.from({ length: 3 }, () => 'long-prison-sentence');
    expect(scoreCitizen(sinner, cityZ2020)).toMatchObject({ unclampedTotal: -650, total: 0 });
  });

  it('grants the perks above 686 and flags the blacklist below 550 with a major violation', () => {
    const teacher = scoreCitizen(preset('retired-teacher'), cityZ2020);
    expect(teacher.total).toBeGreaterThan(686);
    expect(teacher.perks.map((perk) => perk.id)).toContain('subway-discount');
    expect(teacher.good).toBe(true);

    const fraudster = scoreCitizen(['schooling-completed', 'tax-evasion'], cityZ2020);
    expect(fraudster.total).toBeLessThan(550);
    expect(fraudster.blacklistEligible).toBe(true);
    expect(fraudster.band.id).toBe('poor');
  });

  it('scores the preset citizens as the paper’s stories suggest', () => {
    const scores = Object.fromEntries(
      presetCitizens.map((citizen) => [citizen.id, scoreCitizen(citizen.records, cityZ2020)]),
    );
    expect(scores['farmer-never-borrowed']!.total).toBeLessThan(scores['retired-teacher']!.total);
    expect(scores['farmer-never-borrowed']!.perks).toEqual([]);
    expect(scores['wuhan-nurse']!.total).toBeGreaterThan(scores['retired-teacher']!.total);
    expect(scores['rumour-poster']!.total).toBeLessThan(650);
    expect(scores['rumour-poster']!.blacklistEligible).toBe(false);
    const owner = presetCitizens.find((citizen) => citizen.id === 'small-business-owner')!;
    expect(scoreCitizen(owner.records, outlineAsDesigned).total).toBeLessThan(
      scores['small-business-owner']!.total,
    );
  });

  it('scores every preset citizen without unknown ids', () => {
    for (const citizen of presetCitizens) {
      expect(() => scoreCitizen(citizen.records, outlineAsDesigned)).not.toThrow();
    }
  });
});
