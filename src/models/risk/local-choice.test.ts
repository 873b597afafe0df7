import { describe, expect, it } from 'vitest';
import { bestChoice, cadreProspect, mandateValuer } from './cadre';
import {
  type CadreParams,
  defaultCadreParams,
  hazardScale,
  precedentScale,
  withCategory,
} from './params';
import { type Level, levelIds, workingChance } from './practice-outcomes';
import { levelValue } from './practice-value';
import { practiceIds } from './practices';
import { improveLevels } from './local-choice';

/** The local search's answer from all-skip, as level ids. */
function localChoice(params: CadreParams): Level[] {
  const pt = cadreProspect(params);
  const own = new Float64Array(27);
  const working = new Float64Array(9);
  practiceIds.forEach((id, j) => {
    const p = params.practices[id];
    levelIds.forEach((l, k) => (own[j * 3 + k] = levelValue(l, p, params.career, pt)));
    working[j] = workingChance('full', p, params.career);
  });
  const levels = improveLevels(new Uint8Array(9), {
    own,
    working,
    floor: new Uint8Array(9),
    mandate: params.mandate,
    mandateValue: mandateValuer(params),
  });
  return Array.from(levels, (l) => levelIds[l] as Level);
}

describe('improveLevels', () => {
  const d = defaultCadreParams();
  const cases: [string, CadreParams][] = [
    ['default', d],
    ['entrepreneur', { ...d, riskAppetite: 1 }],
    ['half appetite', { ...d, riskAppetite: 0.5 }],
    [
      'national social rule',
      withCategory(d, 'social', (p) => ({ ...p, precedent: precedentScale.high })),
    ],
    ['calm public', withCategory(d, 'social', (p) => ({ ...p, backlashHazard: hazardScale.low }))],
    ['no deadline', { ...d, mandate: { ...d.mandate, pressure: 0 } }],
  ];
  it.each(cases)('finds the enumerated optimum: %s', (_, params) => {
    const best = bestChoice(params).choice;
    expect(localChoice(params)).toEqual(practiceIds.map((id) => best[id]));
  });

  it('never lowers a level below its floor', () => {
    const floor = Uint8Array.from([2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const problem = {
      own: new Float64Array(27),
      working: new Float64Array(9).fill(1),
      floor,
      mandate: d.mandate,
      mandateValue: () => 0,
    };
    expect(Array.from(improveLevels(new Uint8Array(9), problem))).toEqual(Array.from(floor));
  });
});
