import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, indicatorById } from './catalogue';
import {
  buildCustomRegime,
  cityZ2020,
  contributionOutcomes,
  outlineAsDesigned,
  presetRegimes,
} from './regimes';
import { segments } from './segments';

describe('regimes', () => {
  it('lists the two presets with ids, labels and descriptions', () => {
    expect(presetRegimes.map((regime) => regime.id)).toEqual(['cityZ2020', 'outline']);
    for (const regime of presetRegimes) {
      expect(regime.label.length).toBeGreaterThan(0);
      expect(regime.description.length).toBeGreaterThan(0);
    }
  });

  it('builds a custom regime that equals the Outline at full strength and share', () => {
    const custom = buildCustomRegime({ deductionStrength: 1, deductionShare: 1 });
    for (const indicator of catalogue) {
      for (const segment of segments) {
        expect(contributionOutcomes(indicator, segment.id, custom)).toEqual(
          contributionOutcomes(indicator, segment.id, outlineAsDesigned),
        );
      }
    }
  });

  it('clamps the custom dials to their ranges', () => {
    expect(buildCustomRegime({ deductionStrength: 5, deductionShare: -1 })).toMatchObject({
      deductionStrength: 2,
      deductionShare: 0,
    });
    expect(buildCustomRegime({ deductionStrength: NaN, deductionShare: 2 })).toMatchObject({
      deductionStrength: 0,
      deductionShare: 1,
    });
  });

  it('gives every indicator a contribution distribution summing to 1', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogue),
        fc.constantFrom(...segments),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (indicator, segment, deductionStrength, deductionShare) => {
          const regime = buildCustomRegime({ deductionStrength, deductionShare });
          const outcomes = contributionOutcomes(indicator, segment.id, regime);
          const total = outcomes.reduce((sum, outcome) => sum + outcome.probability, 0);
          expect(total).toBeCloseTo(1, 12);
          const points = outcomes.map((outcome) => outcome.points);
          expect(points).toEqual([...new Set(points)].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('leaves a non-counted deduction at zero and thins a shared one', () => {
    expect(contributionOutcomes(indicatorById('heavy-debt'), 'urbanYoung', cityZ2020)).toEqual([
      { points: 0, probability: 1 },
    ]);
    const halfShare = buildCustomRegime({ deductionStrength: 1, deductionShare: 0.5 });
    const [debt] = contributionOutcomes(indicatorById('heavy-debt'), 'urbanYoung', halfShare);
    expect(debt).toEqual({ points: -50, probability: 0.015 });
  });
});
