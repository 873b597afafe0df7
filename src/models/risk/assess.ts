/**
 * What a choice means for the cadre and for the programme, and why the model ranks the levels
 * of each practice as it does: the terms a "Be the cadre" widget puts into words.
 */
import {
  type Choice,
  cadreProspect,
  choiceMandateFailChance,
  choiceValue,
  mandateValue,
  practiceValue,
} from './cadre';
import type { CadreParams } from './params';
import {
  type BranchKind,
  type Level,
  effortCost,
  expectedEffectiveness,
  levelIds,
  practiceBranches,
  punishmentChance,
} from './practice-outcomes';
import {
  type CategoryId,
  type PracticeId,
  categoryIds,
  practiceIds,
  practicesIn,
} from './practices';
import { branchWeights, expectedOutcome, value } from './prospect';

export interface ChoiceAssessment {
  /** Prospect value the cadre maximises. */
  readonly value: number;
  /** Plain expected career outcome, mandate included. */
  readonly expectedPayoff: number;
  /** Chance at least one practice gets the cadre punished. */
  readonly punishmentChance: number;
  readonly mandateFailChance: number;
  readonly practiceEffectiveness: Readonly<Record<PracticeId, number>>;
  /** Mean expected effectiveness of each category's three practices ('Table 3', last row). */
  readonly effectiveness: Readonly<Record<CategoryId, number>>;
}

/** Effectiveness per practice and per category for a choice. */
export function choiceEffectiveness(
  choice: Choice,
  params: CadreParams,
): Pick<ChoiceAssessment, 'practiceEffectiveness' | 'effectiveness'> {
  const eff = (id: PracticeId) =>
    expectedEffectiveness(choice[id], params.practices[id], params.career);
  const practiceEffectiveness = Object.fromEntries(practiceIds.map((id) => [id, eff(id)]));
  const mean = (c: CategoryId) => {
    const list = practicesIn(c);
    return list.reduce((s, p) => s + eff(p.id), 0) / list.length;
  };
  const effectiveness = Object.fromEntries(categoryIds.map((c) => [c, mean(c)]));
  return {
    practiceEffectiveness: practiceEffectiveness as Record<PracticeId, number>,
    effectiveness: effectiveness as Record<CategoryId, number>,
  };
}

/** Payoff, risk and effectiveness of a choice. */
export function assessChoice(choice: Choice, params: CadreParams): ChoiceAssessment {
  const fail = choiceMandateFailChance(choice, params);
  const own = practiceIds.reduce((sum, id) => {
    return sum + expectedOutcome(practiceBranches(choice[id], params.practices[id], params.career));
  }, 0);
  const spared = practiceIds.reduce((prod, id) => {
    return prod * (1 - punishmentChance(choice[id], params.practices[id], params.career));
  }, 1);
  return {
    value: choiceValue(choice, params),
    expectedPayoff: own - fail * params.mandate.loss * params.mandate.pressure,
    punishmentChance: 1 - spared,
    mandateFailChance: fail,
    ...choiceEffectiveness(choice, params),
  };
}

export interface BranchTerm {
  readonly kind: BranchKind;
  readonly probability: number;
  /** Career outcome of the branch, net of effort. */
  readonly outcome: number;
  /** Decision weight prospect theory gives the probability. */
  readonly decisionWeight: number;
  /** decisionWeight × value(outcome). */
  readonly contribution: number;
}

export interface LevelTerms {
  readonly level: Level;
  readonly branches: readonly BranchTerm[];
  /** Prospect value of the practice's own gamble. */
  readonly practiceValue: number;
  /** Mandate fail chance if this practice took this level and the others stayed put. */
  readonly mandateFailChance: number;
  readonly mandateValue: number;
  /** practiceValue + mandateValue: what the cadre compares across levels. */
  readonly total: number;
}

export interface PracticeReason {
  readonly practice: PracticeId;
  readonly chosen: Level;
  /** The level with the highest total, the others held fixed. */
  readonly preferred: Level;
  readonly levels: readonly LevelTerms[];
  /** The three headline terms for the chosen level, in career points. */
  readonly gainFromSuccess: { readonly probability: number; readonly contribution: number };
  readonly lossFromPunishment: { readonly probability: number; readonly contribution: number };
  readonly effort: { readonly cost: number };
  readonly mandateRisk: { readonly failChance: number; readonly failChanceIfSkipped: number };
}

/** The terms behind one practice's level, each level compared with the others held fixed. */
export function explainPractice(
  choice: Choice,
  id: PracticeId,
  params: CadreParams,
): PracticeReason {
  const p = cadreProspect(params);
  const levels = levelIds.map((level): LevelTerms => {
    const branches = practiceBranches(level, params.practices[id], params.career);
    const weights = branchWeights(branches, p);
    const fail = choiceMandateFailChance({ ...choice, [id]: level }, params);
    const own = practiceValue(id, level, params);
    const mandate = mandateValue(fail, params);
    return {
      level,
      branches: branches.map((b, i) => ({
        ...b,
        decisionWeight: weights[i] ?? 0,
        contribution: (weights[i] ?? 0) * value(b.outcome, p),
      })),
      practiceValue: own,
      mandateFailChance: fail,
      mandateValue: mandate,
      total: own + mandate,
    };
  });
  const chosen = choice[id];
  const at = (l: Level) => levels.find((x) => x.level === l) as LevelTerms;
  const preferred = levels.reduce((a, b) => (b.total > a.total + 1e-12 ? b : a)).level;
  const branches = at(chosen).branches;
  const sum = (kinds: readonly BranchKind[], key: 'probability' | 'contribution') =>
    branches.filter((b) => kinds.includes(b.kind)).reduce((s, b) => s + b[key], 0);
  const punished: BranchKind[] = ['backlash-punished', 'failure-punished'];
  return {
    practice: id,
    chosen,
    preferred,
    levels,
    gainFromSuccess: {
      probability: sum(['success'], 'probability'),
      contribution: sum(['success'], 'contribution'),
    },
    lossFromPunishment: {
      probability: sum(punished, 'probability'),
      contribution: sum(punished, 'contribution'),
    },
    effort: { cost: effortCost(chosen, params.practices[id], params.career) },
    mandateRisk: {
      failChance: at(chosen).mandateFailChance,
      failChanceIfSkipped: at('skip').mandateFailChance,
    },
  };
}
