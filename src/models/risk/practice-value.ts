/**
 * A practice's prospect value in closed form. It gives the same number as valuing the branches
 * with `prospectValue`, without sorting or allocating, so 300 cities can decide every year.
 */
import type { CareerParams, PracticeParams, ProspectParams } from './params';
import {
  type Level,
  backlashChance,
  effortCost,
  punishChances,
  successChance,
  successGain,
} from './practice-outcomes';
import { value, weight } from './prospect';

/** Prospect value of one practice at one level, for a cadre with prospect parameters `pt`. */
export function levelValue(
  level: Level,
  p: PracticeParams,
  c: CareerParams,
  pt: ProspectParams,
): number {
  const cost = effortCost(level, p, c);
  if (level === 'skip') return 0;
  if (level === 'nominal') return value(-cost, pt);
  const h = backlashChance(p, c);
  const s = successChance(p, c);
  const q = punishChances(p, c);
  const win = (1 - h) * s;
  const punished = h * q.backlash + (1 - h) * (1 - s) * q.failure;
  const spared = 1 - win - punished;
  const wLoss = (x: number) => (pt.weighting ? weight(x, pt.gammaLoss) : x);
  const wGain = (x: number) => (pt.weighting ? weight(x, pt.gammaGain) : x);
  // Cumulative weights rank losses from the worst inward: punished, then spared (effort only),
  // then a success that did not cover its effort; a real gain is weighted on its own.
  const w1 = wLoss(punished);
  const w2 = wLoss(punished + spared);
  const gain = successGain(p, c) - cost;
  const gainTerm = gain > 0 ? wGain(win) * value(gain, pt) : (wLoss(1) - w2) * value(gain, pt);
  return w1 * value(-c.punishmentLoss - cost, pt) + (w2 - w1) * value(-cost, pt) + gainTerm;
}
