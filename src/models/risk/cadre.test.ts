import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Choice, bestChoice, choiceValue } from './cadre';
import {
  type CadreParams,
  defaultCadreParams,
  hazardScale,
  precedentScale,
  withCategory,
} from './params';
import { levelIds } from './practice-outcomes';
import { type PracticeId, practiceIds, practicesIn } from './practices';

const defaults = defaultCadreParams();
const levelsOf = (choice: Choice, ids: readonly PracticeId[]) => ids.map((id) => choice[id]);
const social = practicesIn('social').map((p) => p.id);

describe('the rational cadre with default parameters', () => {
  const { choice } = bestChoice(defaults);

  it('implements all of business integrity in full', () => {
    expect(
      levelsOf(
        choice,
        practicesIn('business').map((p) => p.id),
      ),
    ).toEqual(['full', 'full', 'full']);
  });

  it('keeps information sharing on paper or lower but the integrity files in full', () => {
    expect(['skip', 'nominal']).toContain(choice['government-sharing']);
    expect(choice['government-files']).toBe('full');
  });

  it('keeps social integrity on paper', () => {
    expect(levelsOf(choice, social)).toEqual(['nominal', 'nominal', 'nominal']);
  });
});

describe('the choice responds to the parameters', () => {
  const fullSocial = (params: CadreParams) =>
    levelsOf(bestChoice(params).choice, social).filter((l) => l === 'full').length;

  it('goes full on social practices once a national regulation gives precedent', () => {
    const params = withCategory(defaults, 'social', (p) => ({
      ...p,
      precedent: precedentScale.high,
    }));
    expect(fullSocial(params)).toBeGreaterThan(0);
  });

  it('goes full on social practices when citizens are unlikely to protest', () => {
    const params = withCategory(defaults, 'social', (p) => ({
      ...p,
      backlashHazard: hazardScale.low,
    }));
    expect(fullSocial(params)).toBeGreaterThan(0);
  });

  it('has a policy entrepreneur implement social credit in full', () => {
    expect(fullSocial({ ...defaults, riskAppetite: 1 })).toBe(3);
  });

  it('drops paper social credit when there is no deadline to satisfy', () => {
    const params = { ...defaults, mandate: { ...defaults.mandate, pressure: 0 } };
    expect(levelsOf(bestChoice(params).choice, social)).toEqual(['skip', 'skip', 'skip']);
    expect(bestChoice(params).choice['business-scoring']).toBe('full');
  });
});

describe('bestChoice', () => {
  const arbitraryChoice = fc
    .array(fc.constantFrom(...levelIds), { minLength: 9, maxLength: 9 })
    .map((ls) => Object.fromEntries(practiceIds.map((id, i) => [id, ls[i]])) as Choice);

  it('is never beaten by another choice', () => {
    const best = bestChoice(defaults);
    expect(best.value).toBeCloseTo(choiceValue(best.choice, defaults), 9);
    fc.assert(
      fc.property(arbitraryChoice, (c) => {
        expect(choiceValue(c, defaults)).toBeLessThanOrEqual(best.value + 1e-9);
      }),
    );
  });

  it('returns a level for every practice anywhere in the parameter space', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, unit, (precedent, difficulty, backlashHazard, riskAppetite) => {
        const params = withCategory({ ...defaults, riskAppetite }, 'government', () => ({
          precedent,
          difficulty,
          backlashHazard,
        }));
        const { choice, value } = bestChoice(params);
        expect(Number.isFinite(value)).toBe(true);
        for (const id of practiceIds) expect(levelIds).toContain(choice[id]);
      }),
      { numRuns: 30 },
    );
  });
});
