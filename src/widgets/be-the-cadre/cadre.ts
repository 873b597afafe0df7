/** Glue between the widget's URL state and the risk model: parameters and formatting only. */
import {
  type CadreParams,
  type Choice,
  type LevelTerms,
  type PracticeId,
  defaultCadreParams,
  practiceIds,
  sensitivityParameters,
} from '../../models/risk';

/** Apply one of the model's category-wide parameters (the same moves as the sensitivity scan). */
function setParameter(params: CadreParams, id: string, value: number): CadreParams {
  const parameter = sensitivityParameters.find((p) => p.id === id);
  return parameter ? parameter.set(params, value) : params;
}

/** The cadre's parameters for the reader's settings. */
export function cadreParams(appetite: number, socialPrecedent: number, socialHazard: number) {
  let params: CadreParams = { ...defaultCadreParams(), riskAppetite: appetite };
  params = setParameter(params, 'social-precedent', socialPrecedent);
  params = setParameter(params, 'social-backlashHazard', socialHazard);
  return params;
}

/** Pick the nine levels out of the URL state. */
export function choiceOf(state: Readonly<Record<PracticeId, Choice[PracticeId]>>): Choice {
  return Object.fromEntries(practiceIds.map((id) => [id, state[id]])) as Choice;
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A signed number with one decimal and a real minus sign. */
export const signed = (x: number) => {
  const r = Math.round(x * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}`;
};

/** The prospect-value terms of one level, split the way the "why" table shows them. */
export function splitTerms(terms: LevelTerms) {
  const sum = (kinds: readonly string[]) =>
    terms.branches.filter((b) => kinds.includes(b.kind)).reduce((s, b) => s + b.contribution, 0);
  const gain = sum(['success']);
  const punishment = sum(['backlash-punished', 'failure-punished']);
  const effort = terms.practiceValue - gain - punishment;
  return { gain, punishment, effort, mandate: terms.mandateValue, total: terms.total };
}
