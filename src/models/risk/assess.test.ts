import { describe, expect, it } from 'vitest';
import { assessChoice, explainPractice } from './assess';
import { type Choice, bestChoice } from './cadre';
import { defaultCadreParams } from './params';
import { practiceIds } from './practices';

const params = defaultCadreParams();
const { choice } = bestChoice(params);
const all = (level: Choice[keyof Choice]) =>
  Object.fromEntries(practiceIds.map((id) => [id, level])) as Choice;

describe('assessChoice', () => {
  it("orders effectiveness business > government > social for the model's choice ('Table 3')", () => {
    const { effectiveness } = assessChoice(choice, params);
    expect(effectiveness.business).toBeGreaterThan(effectiveness.government);
    expect(effectiveness.government).toBeGreaterThan(effectiveness.social);
  });

  it('has no punishment risk when nothing is done in public, but a sure mandate failure when nothing is done', () => {
    const none = assessChoice(all('skip'), params);
    expect(none.punishmentChance).toBe(0);
    expect(none.mandateFailChance).toBe(1);
    expect(assessChoice(all('nominal'), params).punishmentChance).toBe(0);
  });

  it('makes everything-in-full riskier than the rational choice', () => {
    const bold = assessChoice(all('full'), params);
    const rational = assessChoice(choice, params);
    expect(bold.punishmentChance).toBeGreaterThan(rational.punishmentChance);
    expect(bold.value).toBeLessThan(rational.value);
  });
});

describe('explainPractice', () => {
  it("prefers each practice's chosen level when the others are held fixed", () => {
    for (const id of practiceIds)
      expect(explainPractice(choice, id, params).preferred).toBe(choice[id]);
  });

  it('shows the social punishment risk that outweighs the chance of credit', () => {
    const why = explainPractice(choice, 'social-rewards', params);
    const full = why.levels.find((l) => l.level === 'full');
    const paper = why.levels.find((l) => l.level === 'nominal');
    expect(full?.total).toBeLessThan(paper?.total ?? 0);
    expect(why.chosen).toBe('nominal');
    expect(why.gainFromSuccess.probability).toBe(0);
    expect(why.mandateRisk.failChanceIfSkipped).toBeGreaterThanOrEqual(why.mandateRisk.failChance);
  });

  it('reports the gain and punishment terms of a full practice', () => {
    const why = explainPractice(choice, 'business-scoring', params);
    expect(why.gainFromSuccess.probability).toBeGreaterThan(0.5);
    expect(why.gainFromSuccess.contribution).toBeGreaterThan(0);
    expect(why.lossFromPunishment.contribution).toBeLessThan(0);
    expect(why.effort.cost).toBeGreaterThan(0);
  });
});
