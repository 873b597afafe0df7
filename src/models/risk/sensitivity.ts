/**
 * Which parameters, moved how far, break the 'Table 3' ordering of effectiveness (business >
 * government > social) under the cadre's rational choice: the data of a tornado chart.
 */
import { assessChoice } from './assess';
import { bestChoice } from './cadre';
import { type CadreParams, type PracticeParams, withCategory } from './params';
import {
  type CategoryId,
  categoryIds,
  categoryLabels,
  practiceIds,
  practiceById,
} from './practices';

/** 'share' parameters live in [0, 1]; 'scale' parameters are non-negative magnitudes. */
export type ParameterKind = 'share' | 'scale';

export interface SensitivityParameter {
  readonly id: string;
  readonly label: string;
  readonly group: CategoryId | 'career' | 'mandate' | 'preferences';
  readonly kind: ParameterKind;
  readonly get: (p: CadreParams) => number;
  readonly set: (p: CadreParams, value: number) => CadreParams;
}

const practiceFields = [
  ['precedent', 'precedent'],
  ['difficulty', 'difficulty'],
  ['backlashHazard', 'backlash hazard'],
] as const;

// A category-wide move shifts every practice in it by the same normalised amount, so the mean
// is what the tornado reports.
const categoryParameters = categoryIds.flatMap((category) =>
  practiceFields.map(([field, name]): SensitivityParameter => {
    const ids = practiceIds.filter((id) => practiceById(id).category === category);
    return {
      id: `${category}-${field}`,
      label: `${categoryLabels[category]}: ${name}`,
      group: category,
      kind: 'share',
      get: (p) => ids.reduce((s, id) => s + p.practices[id][field], 0) / ids.length,
      set: (p, v) => {
        const mean = ids.reduce((s, id) => s + p.practices[id][field], 0) / ids.length;
        return withCategory(p, category, (x): PracticeParams => ({
          ...x,
          [field]: shiftLike(x[field], mean, v),
        }));
      },
    };
  }),
);

/** Move a practice's value the way the category mean moved from `from` to `to`. */
function shiftLike(x: number, from: number, to: number): number {
  if (to >= from) return from >= 1 ? x : x + ((to - from) / (1 - from)) * (1 - x);
  return from <= 0 ? x : x * (to / from);
}

type Section = 'career' | 'mandate' | 'prospect';
const field = <S extends Section>(
  section: S,
  key: keyof CadreParams[S] & string,
  label: string,
  kind: ParameterKind,
  group: SensitivityParameter['group'],
): SensitivityParameter => ({
  id: `${section}-${key}`,
  label,
  group,
  kind,
  get: (p) => p[section][key] as number,
  set: (p, v) => ({ ...p, [section]: { ...p[section], [key]: v } }),
});

export const sensitivityParameters: readonly SensitivityParameter[] = [
  ...categoryParameters,
  field('career', 'successGain', 'Credit for a success', 'scale', 'career'),
  field('career', 'noveltyBonus', 'Extra credit for innovation', 'scale', 'career'),
  field('career', 'punishmentLoss', 'Cost of demotion', 'scale', 'career'),
  field('career', 'punishOnBacklash', 'Punishment after a backlash', 'share', 'career'),
  field('career', 'punishOnFailure', 'Punishment after a failure', 'share', 'career'),
  field('career', 'blameCover', 'Blame cover from precedent', 'share', 'career'),
  field('career', 'precedentCalm', 'Public calm from precedent', 'share', 'career'),
  field('career', 'fullEffort', 'Effort of a full implementation', 'scale', 'career'),
  field('career', 'nominalEffort', 'Effort of a paper implementation', 'scale', 'career'),
  field('career', 'designFloor', 'Success of a design without precedent', 'share', 'career'),
  field('mandate', 'loss', 'Cost of missing the 2020 mandate', 'scale', 'mandate'),
  field('mandate', 'threshold', 'Share of the programme the mandate needs', 'share', 'mandate'),
  field('mandate', 'nominalCredit', 'Credit for a paper practice', 'share', 'mandate'),
  field('prospect', 'alpha', 'Curvature for gains (α)', 'scale', 'preferences'),
  field('prospect', 'beta', 'Curvature for losses (β)', 'scale', 'preferences'),
  field('prospect', 'lambda', 'Loss aversion (λ)', 'scale', 'preferences'),
  {
    id: 'risk-appetite',
    label: 'Risk appetite (policy entrepreneur)',
    group: 'preferences',
    kind: 'share',
    get: (p) => p.riskAppetite,
    set: (p, v) => ({ ...p, riskAppetite: v }),
  },
];

/** A normalised move m in [−1, 1]: shares go m of the way to 1 (or 0); scales change by m × 100%. */
export function moveValue(base: number, kind: ParameterKind, m: number): number {
  if (kind === 'scale') return base * (1 + m);
  return m >= 0 ? base + m * (1 - base) : base + m * base;
}

export interface OrderingPoint {
  readonly move: number;
  readonly value: number;
  /** min(business − government, government − social) effectiveness; > 0 keeps the ordering. */
  readonly margin: number;
  /** Categories from most to least effective. */
  readonly ordering: readonly CategoryId[];
}

/** The ordering margin for a set of parameters, under the cadre's rational choice. */
export function orderingAt(params: CadreParams): Omit<OrderingPoint, 'move' | 'value'> {
  const { effectiveness: e } = assessChoice(bestChoice(params).choice, params);
  const ordering = [...categoryIds].sort((a, b) => e[b] - e[a]);
  return { margin: Math.min(e.business - e.government, e.government - e.social), ordering };
}

export interface SensitivityRow {
  readonly id: string;
  readonly label: string;
  readonly group: SensitivityParameter['group'];
  readonly kind: ParameterKind;
  readonly base: number;
  /** The tornado bar: margins at moves of −0.5 and +0.5. */
  readonly low: OrderingPoint;
  readonly high: OrderingPoint;
  /** The smallest move down / up (to a resolution of 1/64) that breaks the ordering, if any. */
  readonly flipDown: OrderingPoint | null;
  readonly flipUp: OrderingPoint | null;
}

const at = (
  param: SensitivityParameter,
  params: CadreParams,
  base: number,
  move: number,
): OrderingPoint => {
  const value = moveValue(base, param.kind, move);
  return { move, value, ...orderingAt(param.set(params, value)) };
};

// Scan in steps of 1/8, then halve the bracket four times: a flip is located to within 1/128.
function findFlip(
  param: SensitivityParameter,
  params: CadreParams,
  sign: 1 | -1,
): OrderingPoint | null {
  const base = param.get(params);
  let kept = 0;
  for (let k = 1; k <= 8; k++) {
    const point = at(param, params, base, (sign * k) / 8);
    if (point.margin > 0) {
      kept = k / 8;
      continue;
    }
    let flipped = point;
    let lo = kept;
    let hi = k / 8;
    for (let i = 0; i < 4; i++) {
      const mid = (lo + hi) / 2;
      const p = at(param, params, base, sign * mid);
      if (p.margin > 0) lo = mid;
      else [hi, flipped] = [mid, p];
    }
    return flipped;
  }
  return null;
}

/** The tornado: every parameter's ±50% range and the smallest moves that break the ordering. */
export function orderingSensitivity(params: CadreParams): {
  readonly base: ReturnType<typeof orderingAt>;
  readonly rows: readonly SensitivityRow[];
} {
  const rows = sensitivityParameters.map((param): SensitivityRow => {
    const base = param.get(params);
    return {
      id: param.id,
      label: param.label,
      group: param.group,
      kind: param.kind,
      base,
      low: at(param, params, base, -0.5),
      high: at(param, params, base, 0.5),
      flipDown: findFlip(param, params, -1),
      flipUp: findFlip(param, params, 1),
    };
  });
  const width = (r: SensitivityRow) => Math.abs(r.high.margin - r.low.margin);
  return {
    base: orderingAt(params),
    rows: rows.sort((a, b) => width(b) - width(a) || a.id.localeCompare(b.id)),
  };
}
