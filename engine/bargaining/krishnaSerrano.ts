/**
 * Krishna–Serrano multilateral bargaining under unanimity: a proposer offers everyone a
 * share; those who accept leave with it, those who reject bargain on, a rejecter proposing
 * next. In the unique stationary subgame-perfect equilibrium each responder j is offered
 * exactly δ_j·y_j, where y_j is what j keeps when it proposes, so the proposals solve
 * y_i = best_i(δ_j·y_j for j ≠ i) and the first proposal is accepted at once. With a TU pie
 * S and a common δ the proposer keeps S/(1 + (n − 1)δ) and each responder δS/(1 + (n − 1)δ);
 * as δ → 1 the split tends to the Nash bargaining solution.
 * Ref: Krishna and Serrano (1996), "Multilateral bargaining", Review of Economic Studies 63.
 * @example krishnaSerrano(tuSet(3, () => 1, [7]), [0.5, 0.5, 0.5], 0).gains // → [0.5, 0.25, 0.25]
 */
import type { CoalitionalSet, Proposal } from './coalitionalSet';
import { fixedPoint } from './fixedPoint';

export interface KrishnaSerranoResult extends Proposal {
  /** y_i: what each player keeps as proposer. */
  readonly proposerShares: number[];
  readonly residual: number;
  readonly iterations: number;
}

/** The stationary proposals, with `first` proposing the agreement that is accepted. */
export function krishnaSerrano(
  set: CoalitionalSet,
  discount: readonly number[],
  first: number,
  maxIterations?: number,
): KrishnaSerranoResult | undefined {
  const n = set.n;
  const all = (1 << n) - 1;
  if (!set.winning.includes(all)) return undefined;
  const floorsFor = (i: number, y: readonly number[]) =>
    y.map((x, j) => (j === i ? 0 : (discount[j] as number) * x));
  // A proposer who cannot give everyone its floor waits: it keeps δ_i·y_i.
  const keep = (i: number, y: readonly number[]) =>
    Math.max(
      set.propose(i, all, floorsFor(i, y))?.gains[i] ?? -Infinity,
      (discount[i] as number) * (y[i] as number),
    );
  const result = fixedPoint(
    (y) => y.map((_, i) => keep(i, y)),
    new Array<number>(n).fill(0),
    maxIterations,
  );
  const accepted = set.propose(first, all, floorsFor(first, result.x));
  if (!accepted) return undefined;
  return {
    ...accepted,
    proposerShares: result.x,
    residual: result.residual,
    iterations: result.iterations,
  };
}
