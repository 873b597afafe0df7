import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestChoice } from './cadre';
import { simulateCadre } from './cadre-outcomes';
import { defaultCadreParams } from './params';
import { practiceById } from './practices';
import { storySentences } from './story';

const params = defaultCadreParams();
const { choice } = bestChoice(params);
const entrepreneur = { ...params, riskAppetite: 1 };
const boldChoice = bestChoice(entrepreneur).choice;

describe('simulateCadre', () => {
  it('is deterministic per seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(simulateCadre(choice, params, seed)).toEqual(simulateCadre(choice, params, seed));
      }),
      { numRuns: 50 },
    );
  });

  it('never punishes paper or skipped practices and dates results 2018–2020', () => {
    for (let seed = 0; seed < 100; seed++) {
      for (const o of simulateCadre(choice, params, seed).practices) {
        if (o.level !== 'full') expect(o.punished).toBe(false);
        expect(o.year).toBeGreaterThanOrEqual(2018);
        expect(o.year).toBeLessThanOrEqual(2020);
      }
    }
  });

  it('sometimes meets a Suzhou-style backlash when an entrepreneur goes full on social credit', () => {
    const runs = Array.from({ length: 200 }, (_, seed) =>
      simulateCadre(boldChoice, entrepreneur, seed),
    );
    const backlashes = runs.filter((r) =>
      r.practices.some(
        (o) => o.result === 'backlash' && practiceById(o.practice).category === 'social',
      ),
    );
    expect(backlashes.length).toBeGreaterThan(0);
    expect(backlashes.length).toBeLessThan(runs.length);
    expect(backlashes.some((r) => r.punished)).toBe(true);
  });

  it('keeps the cautious choice out of trouble most of the time', () => {
    const runs = Array.from({ length: 200 }, (_, seed) => simulateCadre(choice, params, seed));
    expect(runs.filter((r) => r.punished).length).toBeLessThan(runs.length * 0.2);
    expect(runs.filter((r) => r.mandatePassed).length).toBeGreaterThan(runs.length * 0.9);
  });
});

describe('storySentences', () => {
  it('tells one sentence per practice in year order and ends with the verdict', () => {
    const story = storySentences(simulateCadre(boldChoice, entrepreneur, 7));
    expect(story).toHaveLength(10);
    expect(story.at(-1)?.practice).toBeNull();
    const years = story.map((s) => s.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const s of story) expect(s.text).toMatch(/^[A-Z].*\.$/);
  });
});
