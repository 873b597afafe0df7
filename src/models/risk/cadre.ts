/**
 * The cadre's choice: one level per practice, picked to maximise prospect value. The practices'
 * own gambles are valued one by one and the 2020 mandate as one more gamble on their sum.
 */
import { addAttempt, failFromDistribution, mandateFailChance } from './mandate';
import type { CadreParams, ProspectParams } from './params';
import { type Level, levelIds, workingChance } from './practice-outcomes';
import { levelValue } from './practice-value';
import { type PracticeId, practiceIds } from './practices';
import { value, weight, withRiskAppetite } from './prospect';

/** A level for each of the nine practices. */
export type Choice = Readonly<Record<PracticeId, Level>>;

// Assumption: the cadre brackets narrowly, valuing each practice's gamble and the mandate's gamble
// separately and adding them (the editing phase of prospect theory). Valuing one joint gamble
// over every combined outcome would need up to 5^9 branches for each of the 3^9 choices.

/** The prospect parameters this cadre uses (risk appetite applied). */
export function cadreProspect(params: CadreParams): ProspectParams {
  return withRiskAppetite(params.prospect, params.riskAppetite);
}

/** Prospect value of one practice's gamble at one level. */
export function practiceValue(id: PracticeId, level: Level, params: CadreParams): number {
  return levelValue(level, params.practices[id], params.career, cadreProspect(params));
}

/** Prospect value of the mandate gamble, given its chance of failing. */
export function mandateValue(failChance: number, params: CadreParams): number {
  return mandateValuer(params)(failChance);
}

/** A fast valuer of the one-branch mandate gamble: weight(fail chance) × value(−loss). */
export function mandateValuer(params: CadreParams): (failChance: number) => number {
  const p = cadreProspect(params);
  const lossValue = value(-params.mandate.loss * params.mandate.pressure, p);
  return (fail) => (fail <= 0 ? 0 : (p.weighting ? weight(fail, p.gammaLoss) : fail) * lossValue);
}

/** Chance the 2020 mandate fails under a choice. */
export function choiceMandateFailChance(choice: Choice, params: CadreParams): number {
  const fulls = practiceIds.filter((id) => choice[id] === 'full');
  const attempted = practiceIds.filter((id) => choice[id] !== 'skip').length;
  const chances = fulls.map((id) => workingChance('full', params.practices[id], params.career));
  return mandateFailChance(attempted, chances, params.mandate, practiceIds.length);
}

/** Total prospect value of a choice: the nine practice gambles plus the mandate gamble. */
export function choiceValue(choice: Choice, params: CadreParams): number {
  const own = practiceIds.reduce((sum, id) => sum + practiceValue(id, choice[id], params), 0);
  return own + mandateValue(choiceMandateFailChance(choice, params), params);
}

// Why enumerate: the mandate is judged on the whole programme, so the best level for one practice
// depends on the others (a sure paper credit here can stand in for a risky success there). All
// 3^9 = 19,683 choices are walked depth first, carrying the success distribution, so each leaf
// costs a few operations (about 1 ms in all; see bench/risk.bench.ts).
/** The choice with the highest prospect value (ties go to the lower level, checked first). */
export function bestChoice(params: CadreParams): { choice: Choice; value: number } {
  const n = practiceIds.length;
  const own = practiceIds.map((id) => levelIds.map((l) => practiceValue(id, l, params)));
  const working = practiceIds.map((id) =>
    workingChance('full', params.practices[id], params.career),
  );
  const dists = Array.from({ length: n + 1 }, () => new Float64Array(n + 2));
  (dists[0] as Float64Array)[0] = 1;
  const levels = new Array<number>(n).fill(0);
  const best = { value: -Infinity, levels: levels.slice() };
  const mandate = mandateValuer(params);
  const walk = (i: number, sum: number, attempted: number, fulls: number): void => {
    const dist = dists[i] as Float64Array;
    if (i === n) {
      const fail = failFromDistribution(dist, fulls, attempted, params.mandate, n);
      const total = sum + mandate(fail);
      if (total > best.value + 1e-12) {
        best.value = total;
        best.levels = levels.slice();
      }
      return;
    }
    const next = dists[i + 1] as Float64Array;
    const values = own[i] as number[];
    for (let l = 0; l < 3; l++) {
      levels[i] = l;
      next.set(dist);
      if (l === 2) addAttempt(next, fulls, working[i] ?? 0);
      walk(i + 1, sum + (values[l] ?? 0), attempted + (l > 0 ? 1 : 0), fulls + (l === 2 ? 1 : 0));
    }
  };
  walk(0, 0, 0, 0);
  const entries = practiceIds.map((id, i) => [id, levelIds[best.levels[i] ?? 0] ?? 'skip']);
  return { choice: Object.fromEntries(entries) as Choice, value: best.value };
}
