import { describe, expect, it } from 'vitest';
import { CONSEQUENCES, consequencesFor } from './consequences';
import { GRADES } from './grades';

const ids = (grade: (typeof GRADES)[number], year: number) =>
  consequencesFor(grade, year).map((c) => c.id);

describe('consequences by grade', () => {
  it('covers every consequence the paper names, each with a note locator', () => {
    expect(CONSEQUENCES.map((c) => c.id).sort()).toEqual(
      ['close-scrutiny', 'credit-promise-form', 'green-channel', 'xinyidai'].sort(),
    );
    for (const c of CONSEQUENCES) expect(c.locator).toMatch(/note \d+/);
  });

  it('gives top grades the green channel and promise form, low grades close scrutiny', () => {
    expect(ids('AAA', 2019)).toEqual(['green-channel', 'credit-promise-form']);
    expect(ids('unqualified', 2019)).toEqual(['close-scrutiny']);
    expect(ids('B', 2020)).toEqual(['close-scrutiny']);
  });

  it('offers xinyidai loans only from 2020', () => {
    expect(ids('A', 2019)).toEqual([]);
    expect(ids('A', 2020)).toEqual(['xinyidai']);
    expect(ids('AA', 2021)).toContain('xinyidai');
  });

  it('never mixes rewards and burdens for one grade', () => {
    for (const grade of GRADES) {
      const effects = new Set(consequencesFor(grade, 2020).map((c) => c.effect));
      expect(effects.size).toBeLessThanOrEqual(1);
    }
  });
});
