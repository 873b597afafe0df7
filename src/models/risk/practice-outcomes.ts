/**
 * What one practice can do for or to the cadre at each level: chances of success, backlash and
 * punishment, and the career outcome of each branch.
 */
import type { CareerParams, PracticeParams } from './params';

export const levelIds = ['skip', 'nominal', 'full'] as const;
export type Level = (typeof levelIds)[number];

export const levelLabels: Readonly<Record<Level, string>> = {
  skip: 'Skip',
  nominal: 'On paper only',
  full: 'Full and public',
};

export type BranchKind =
  | 'success'
  | 'backlash-punished'
  | 'backlash-spared'
  | 'failure-punished'
  | 'failure-spared'
  | 'paperwork';

export interface LabelledBranch {
  readonly kind: BranchKind;
  readonly outcome: number;
  readonly probability: number;
}

// Assumption: a full implementation clears two hurdles. Units must cooperate (1 − difficulty) and
// the design must work, which a copied rule almost guarantees and a blank page makes a coin toss
// (designFloor + (1 − designFloor) × precedent). 'Table 3': less precedent, more difficulty.
/** Chance a full implementation works, before any backlash. */
export function successChance(p: PracticeParams, c: CareerParams): number {
  return (1 - p.difficulty) * (c.designFloor + (1 - c.designFloor) * p.precedent);
}

// Assumption: a practice copied from an existing rule surprises nobody, so precedent lowers the
// chance of a protest by precedentCalm × precedent ('§ Social integrity': with nothing to refer
// to, officials must take special care not to provoke protest).
/** Chance citizens protest once the practice is carried out in public. */
export function backlashChance(p: PracticeParams, c: CareerParams): number {
  return p.backlashHazard * (1 - c.precedentCalm * p.precedent);
}

// Assumption: a cadre who copied an existing rule can point to it when things go wrong, so
// precedent scales the chance of punishment down by blameCover × precedent ('§ Conclusion':
// a well-trodden path is the safest way to avoid punishment, note 58).
/** Chance of punishment after a backlash and after a failure. */
export function punishChances(
  p: PracticeParams,
  c: CareerParams,
): { backlash: number; failure: number } {
  const cover = 1 - c.blameCover * p.precedent;
  return { backlash: c.punishOnBacklash * cover, failure: c.punishOnFailure * cover };
}

// Assumption: a success with no precedent earns more credit (an innovation that makes the city a
// model, as Rongcheng became), by noveltyBonus × (1 − precedent).
/** Career credit for a visible success. */
export function successGain(p: PracticeParams, c: CareerParams): number {
  return c.successGain * (1 + c.noveltyBonus * (1 - p.precedent));
}

// Assumption: effort costs scale with 0.5 + difficulty, so a practice that needs units the city
// cannot order ('note 44') costs more even on paper.
/** Effort cost of a level. */
export function effortCost(level: Level, p: PracticeParams, c: CareerParams): number {
  const scale = 0.5 + p.difficulty;
  return level === 'full'
    ? c.fullEffort * scale
    : level === 'nominal'
      ? c.nominalEffort * scale
      : 0;
}

/** The branches of one practice at one level; net of effort, relative to doing nothing. */
export function practiceBranches(
  level: Level,
  p: PracticeParams,
  c: CareerParams,
): LabelledBranch[] {
  const cost = effortCost(level, p, c);
  if (level === 'skip') return [];
  // Assumption: a paper implementation is kept from the public (as City Z kept citizen scores,
  // '§ Social integrity'), so it can neither provoke a protest nor fail visibly.
  if (level === 'nominal') return [{ kind: 'paperwork', outcome: -cost, probability: 1 }];
  const h = backlashChance(p, c);
  const s = successChance(p, c);
  const q = punishChances(p, c);
  const loss = -c.punishmentLoss - cost;
  const failed = (1 - h) * (1 - s);
  return [
    { kind: 'success', outcome: successGain(p, c) - cost, probability: (1 - h) * s },
    { kind: 'backlash-punished', outcome: loss, probability: h * q.backlash },
    { kind: 'backlash-spared', outcome: -cost, probability: h * (1 - q.backlash) },
    { kind: 'failure-punished', outcome: loss, probability: failed * q.failure },
    { kind: 'failure-spared', outcome: -cost, probability: failed * (1 - q.failure) },
  ];
}

/** Chance a level ends with the practice working in public (full credit toward the mandate). */
export function workingChance(level: Level, p: PracticeParams, c: CareerParams): number {
  return level === 'full' ? (1 - backlashChance(p, c)) * successChance(p, c) : 0;
}

/** Chance a level gets the cadre punished. */
export function punishmentChance(level: Level, p: PracticeParams, c: CareerParams): number {
  if (level !== 'full') return 0;
  const q = punishChances(p, c);
  const s = successChance(p, c);
  const h = backlashChance(p, c);
  return h * q.backlash + (1 - h) * (1 - s) * q.failure;
}

// Assumption: effectiveness is 1 for a practice that works in public, 0.1 for one that exists on
// paper (scores kept secret, no rewards handed out: "extremely poor", 'Table 3' discussion), and
// 0 for a skipped or withdrawn one.
export const paperEffectiveness = 0.1;

/** Expected effectiveness of a level. */
export function expectedEffectiveness(level: Level, p: PracticeParams, c: CareerParams): number {
  if (level === 'skip') return 0;
  if (level === 'nominal') return paperEffectiveness;
  const s = successChance(p, c);
  return (1 - backlashChance(p, c)) * (s + (1 - s) * paperEffectiveness);
}
