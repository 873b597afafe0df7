/**
 * Numbers for the cadre model: the ordinal-to-number mapping and the career stakes. Everything
 * here is a modelling choice; each is also listed as an Assumption record in `assumptions.ts`.
 */
import {
  type CategoryId,
  type Ordinal,
  type PracticeId,
  practiceById,
  practices,
} from './practices';

export interface PracticeParams {
  /** 0–1: share of the practice that existing regulation already covers. */
  readonly precedent: number;
  /** 0–1: chance that coordination breaks down (units that will not or cannot be ordered). */
  readonly difficulty: number;
  /** 0–1: chance citizens protest if the practice is carried out visibly. */
  readonly backlashHazard: number;
}

/** Prospect-theory parameters before the risk-appetite adjustment. */
export interface ProspectParams {
  readonly alpha: number;
  readonly beta: number;
  readonly lambda: number;
  /** Use Tversky & Kahneman's (1992) probability weighting; off means linear weights. */
  readonly weighting: boolean;
  readonly gammaGain: number;
  readonly gammaLoss: number;
}

/** What a practice and the mandate can do to a cadre's career, in career points. */
export interface CareerParams {
  /** Credit for a visible success that had plenty of precedent. */
  readonly successGain: number;
  /** Extra credit for a success with no precedent, as a share of successGain (innovation). */
  readonly noveltyBonus: number;
  /** Demotion or dismissal, as a loss. */
  readonly punishmentLoss: number;
  /** Chance superiors punish the cadre after a public backlash. */
  readonly punishOnBacklash: number;
  /** Chance superiors punish a bold attempt that failed. */
  readonly punishOnFailure: number;
  /** How far precedent shields the cadre from blame (0 none, 1 full). */
  readonly blameCover: number;
  /** How far precedent calms the public (0 none, 1 full): hazard × (1 − calm × precedent). */
  readonly precedentCalm: number;
  /** Effort of a full implementation, scaled by 0.5 + difficulty. */
  readonly fullEffort: number;
  /** Effort of a paper implementation, scaled by 0.5 + difficulty. */
  readonly nominalEffort: number;
  /** Share of a success that "designing without coordination" still reaches (see successChance). */
  readonly designFloor: number;
}

/** How superiors judge the 2020 mandate on the whole programme. */
export interface MandateParams {
  /** Loss if the programme is judged not built by 2020. */
  readonly loss: number;
  /** Share of the nine practices' credit needed to pass. */
  readonly threshold: number;
  /** Credit a paper (nominal) practice earns; a successful full one earns 1. */
  readonly nominalCredit: number;
  /** 0–1: how hard the deadline presses (multiplies the loss). */
  readonly pressure: number;
}

export interface CadreParams {
  readonly practices: Readonly<Record<PracticeId, PracticeParams>>;
  /** 0 = the median cadre of TK1992; 1 = a policy entrepreneur (Zhu 2013). */
  readonly riskAppetite: number;
  readonly prospect: ProspectParams;
  readonly career: CareerParams;
  readonly mandate: MandateParams;
}

// Assumption: ordinal words become numbers through one table per parameter. Precedent and
// difficulty use an even 0–1 ladder; the backlash hazard is compressed because even the
// "extremely high" social risk did not stop Rongcheng, while Suzhou's code lasted three days.
export const precedentScale: Readonly<Record<Ordinal, number>> = {
  'hardly-any': 0.05,
  low: 0.2,
  medium: 0.5,
  high: 0.8,
  'extremely-high': 0.95,
};
export const difficultyScale: Readonly<Record<Ordinal, number>> = {
  'hardly-any': 0.05,
  low: 0.15,
  medium: 0.4,
  high: 0.65,
  'extremely-high': 0.9,
};
export const hazardScale: Readonly<Record<Ordinal, number>> = {
  'hardly-any': 0.01,
  low: 0.03,
  medium: 0.1,
  high: 0.25,
  'extremely-high': 0.4,
};

/** The per-practice defaults, read off the ordinal table. */
export function defaultPracticeParams(): Record<PracticeId, PracticeParams> {
  const entries = practices.map((p) => [
    p.id,
    {
      precedent: precedentScale[p.precedent],
      difficulty: difficultyScale[p.difficulty],
      backlashHazard: hazardScale[p.backlashHazard],
    },
  ]);
  return Object.fromEntries(entries) as Record<PracticeId, PracticeParams>;
}

// Tversky & Kahneman (1992), "Advances in Prospect Theory", J. Risk and Uncertainty 5: median
// estimates alpha = beta = 0.88, lambda = 2.25, gamma = 0.61 (gains), delta = 0.69 (losses).
export const tk1992: ProspectParams = {
  alpha: 0.88,
  beta: 0.88,
  lambda: 2.25,
  weighting: true,
  gammaGain: 0.61,
  gammaLoss: 0.69,
};

// Assumption: career stakes are in arbitrary career points. A demotion costs three times the credit
// for a routine success, an unprecedented success earns up to four times it, and failing the
// mandate costs four (officials fear both bold failures and being seen to disobey, § Conclusion).
// A backlash gets the cadre punished 70% of the time, a quiet failure 10%.
export const defaultCareer: CareerParams = {
  successGain: 1,
  noveltyBonus: 3,
  punishmentLoss: 3,
  punishOnBacklash: 0.7,
  punishOnFailure: 0.1,
  blameCover: 0.8,
  precedentCalm: 0.8,
  fullEffort: 0.15,
  nominalEffort: 0.03,
  designFloor: 0.5,
};

export const defaultMandate: MandateParams = {
  loss: 4,
  threshold: 0.6,
  nominalCredit: 0.5,
  pressure: 1,
};

/** The default cadre: City Z in 2018 with TK1992's median preferences. */
export function defaultCadreParams(): CadreParams {
  return {
    practices: defaultPracticeParams(),
    riskAppetite: 0,
    prospect: tk1992,
    career: defaultCareer,
    mandate: defaultMandate,
  };
}

/** Change the parameters of every practice in one category (e.g. a national rule for social credit). */
export function withCategory(
  params: CadreParams,
  category: CategoryId,
  change: (p: PracticeParams) => PracticeParams,
): CadreParams {
  const entries = Object.entries(params.practices).map(([id, p]) => {
    return [id, practiceById(id as PracticeId).category === category ? change(p) : p] as const;
  });
  return { ...params, practices: Object.fromEntries(entries) as CadreParams['practices'] };
}
