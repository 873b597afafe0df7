import { describe, expect, it } from 'vitest';
import { counterfactuals } from './counterfactuals';
import { buildCustomRegime, cityZ2020, outlineAsDesigned } from './regimes';

describe('counterfactuals', () => {
  const outline = counterfactuals(outlineAsDesigned);

  it('compares City Z in 2020 with itself as no change', () => {
    const same = counterfactuals(cityZ2020);
    expect(same.below550.change).toBeCloseTo(0, 9);
    expect(same.perksLost).toBeCloseTo(0, 9);
    // Table 2: 13,448 Poor plus 3 Bad.
    expect(same.below550.regime).toBeCloseTo(13_451, 0);
    expect(same.below350.regime).toBeCloseTo(3, 3);
  });

  it('pushes more people below 550 and takes perks away under the Outline', () => {
    expect(outline.below550.change).toBeGreaterThan(0);
    expect(outline.below350.change).toBeGreaterThanOrEqual(0);
    expect(outline.withPerks.change).toBeLessThan(0);
    expect(outline.perksLost).toBeCloseTo(-outline.withPerks.change, 6);
    expect(outline.perksLost).toBeGreaterThan(100_000);
  });

  it('grows harsher as the custom dials are turned up', () => {
    const mild = counterfactuals(
      buildCustomRegime({ deductionStrength: 0.5, deductionShare: 0.5 }),
    );
    const harsh = counterfactuals(buildCustomRegime({ deductionStrength: 2, deductionShare: 1 }));
    expect(mild.below550.regime).toBeLessThan(outline.below550.regime);
    expect(harsh.below550.regime).toBeGreaterThan(outline.below550.regime);
    expect(harsh.perksLost).toBeGreaterThan(outline.perksLost);
    expect(harsh.regimeId).toBe('custom');
  });
});
