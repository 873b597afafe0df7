/**
 * Prospect theory, the paper's lens on cadres' choices ('note 53', Levy 1997): Kahneman & Tversky's
 * value function and Tversky & Kahneman's (1992) cumulative probability weighting.
 */
import type { ProspectParams } from './params';

/** One branch of a gamble: a career outcome relative to the status quo and its probability. */
export interface Branch {
  readonly outcome: number;
  readonly probability: number;
}

/** The value function: x^α for gains, −λ(−x)^β for losses (Kahneman & Tversky 1979). */
export function value(x: number, p: Pick<ProspectParams, 'alpha' | 'beta' | 'lambda'>): number {
  return x >= 0 ? x ** p.alpha : -p.lambda * (-x) ** p.beta;
}

/** TK1992's inverse-S probability weight w(q) = q^γ / (q^γ + (1 − q)^γ)^(1/γ). */
export function weight(q: number, gamma: number): number {
  if (q <= 0) return 0;
  if (q >= 1) return 1;
  const a = q ** gamma;
  return a / (a + (1 - q) ** gamma) ** (1 / gamma);
}

/** Decision weights of cumulative prospect theory, ranked from the most extreme outcome inward. */
function decisionWeights(branches: readonly Branch[], gamma: number, weighting: boolean): number[] {
  let cumulative = 0;
  return branches.map((b) => {
    const before = cumulative;
    cumulative += b.probability;
    return weighting ? weight(cumulative, gamma) - weight(before, gamma) : b.probability;
  });
}

/** Each branch's decision weight, in the order given (for a widget's "why" table). */
export function branchWeights(branches: readonly Branch[], p: ProspectParams): number[] {
  const gains = branches
    .map((b, i) => ({ ...b, i }))
    .filter((b) => b.outcome > 0)
    .sort((a, b) => b.outcome - a.outcome);
  const losses = branches
    .map((b, i) => ({ ...b, i }))
    .filter((b) => b.outcome < 0)
    .sort((a, b) => a.outcome - b.outcome);
  const out = branches.map(() => 0);
  const gainWeights = decisionWeights(gains, p.gammaGain, p.weighting);
  const lossWeights = decisionWeights(losses, p.gammaLoss, p.weighting);
  gains.forEach((b, k) => (out[b.i] = gainWeights[k] ?? 0));
  losses.forEach((b, k) => (out[b.i] = lossWeights[k] ?? 0));
  return out;
}

/** The prospect value of a gamble: Σ decision weight × value (cumulative prospect theory). */
export function prospectValue(branches: readonly Branch[], p: ProspectParams): number {
  const weights = branchWeights(branches, p);
  return branches.reduce((sum, b, i) => sum + (weights[i] ?? 0) * value(b.outcome, p), 0);
}

/** The plain expected outcome, for comparison with the prospect value. */
export function expectedOutcome(branches: readonly Branch[]): number {
  return branches.reduce((sum, b) => sum + b.probability * b.outcome, 0);
}

// Assumption: risk appetite r in [0, 1] runs from TK1992's median cadre (r = 0) to the mirror
// image of that cadre, a policy entrepreneur (r = 1, after Zhu 2013, cited in 'note 29'): λ and α
// are raised to the power 1 − 2r, so at r = 0.5 gains and losses weigh the same and the gain curve
// is straight, and at r = 1 a gain counts 2.25 times an equal loss and the gain curve is convex
// (risk seeking in gains). Probability weighting and β stay as estimated.
/** The prospect parameters a cadre with risk appetite r actually uses. */
export function withRiskAppetite(p: ProspectParams, riskAppetite: number): ProspectParams {
  const r = Math.min(1, Math.max(0, riskAppetite));
  return { ...p, lambda: p.lambda ** (1 - 2 * r), alpha: p.alpha ** (1 - 2 * r) };
}
