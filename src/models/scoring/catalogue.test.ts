import { describe, expect, it } from 'vitest';
import { categories } from './categories';
import { catalogue, cityZIndicatorCount, indicatorById, uncalibratedCatalogue } from './catalogue';
import { isDeduction } from './indicator';
import { segments } from './segments';

describe('indicator catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = catalogue.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('cites the paper for every reported indicator and only for those', () => {
    for (const indicator of catalogue) {
      if (indicator.provenance === 'reported')
        expect(indicator.source).toMatch(/^(note \d+|§ .+)$/);
      else expect(indicator.source).toBeNull();
    }
  });

  it('includes every indicator the paper names', () => {
    const reported = catalogue.filter((indicator) => indicator.provenance === 'reported');
    const labels = reported.map((indicator) => indicator.label.toLowerCase()).join(' | ');
    for (const named of [
      'schooling',
      'degree',
      'income',
      'charity',
      'traffic',
      'award',
      'model worker',
      'wuhan',
      'tax evasion',
      'insurance fraud',
      'debt',
      'penalised',
      'court',
      'rumours',
    ]) {
      expect(labels).toContain(named);
    }
  });

  it('gives Wuhan volunteers the reported +30 to +50', () => {
    const points = indicatorById('wuhan-medical-volunteer').points.map((outcome) => outcome.points);
    expect(Math.min(...points)).toBe(30);
    expect(Math.max(...points)).toBe(50);
  });

  it('has point distributions summing to 1, each wholly an addition or a deduction', () => {
    for (const indicator of catalogue) {
      const total = indicator.points.reduce((sum, outcome) => sum + outcome.probability, 0);
      expect(total).toBeCloseTo(1, 12);
      const signs = new Set(indicator.points.map((outcome) => Math.sign(outcome.points)));
      expect(signs.size).toBe(1);
      expect(signs.has(0)).toBe(false);
      for (const outcome of indicator.points) expect(Number.isInteger(outcome.points)).toBe(true);
    }
  });

  it('has a prevalence in [0, 1] for every segment', () => {
    for (const indicator of catalogue) {
      for (const segment of segments) {
        const prevalence = indicator.prevalence[segment.id];
        expect(prevalence).toBeGreaterThanOrEqual(0);
        expect(prevalence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives farmers who never borrowed no financial-credit additions', () => {
    const financialAdditions = catalogue.filter(
      (indicator) => indicator.category === 'financial' && !isDeduction(indicator),
    );
    expect(financialAdditions.length).toBeGreaterThan(0);
    for (const indicator of financialAdditions) {
      expect(indicator.prevalence.farmersNeverBorrowed).toBe(0);
    }
  });

  it('counts every addition in both regimes and some deductions only under the Outline', () => {
    for (const indicator of catalogue) {
      expect(indicator.live.outline).toBe(true);
      if (!isDeduction(indicator)) expect(indicator.live.cityZ2020).toBe(true);
    }
    expect(catalogue.some((indicator) => !indicator.live.cityZ2020)).toBe(true);
  });

  it('covers all six categories', () => {
    const used = new Set(catalogue.map((indicator) => indicator.category));
    expect([...used].sort()).toEqual(categories.map((category) => category.id).sort());
  });

  it('keeps the order and identity of indicators through calibration', () => {
    expect(catalogue.map((indicator) => indicator.id)).toEqual(
      uncalibratedCatalogue.map((indicator) => indicator.id),
    );
  });

  it('records that City Z uses 189 unpublished indicators', () => {
    expect(cityZIndicatorCount).toEqual({ value: 189, published: false, source: 'note 46' });
  });

  it('rejects an unknown id', () => {
    expect(() => indicatorById('no-such-record')).toThrow(/Unknown indicator/);
  });
});
