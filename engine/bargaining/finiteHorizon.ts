/**
 * Ståhl's finite-horizon bargaining, with n players and a fixed last proposer: one round a
 * day until a deadline, after which there is no agreement. Solved by backward induction on
 * expected values: on the last day the proposer needs to give the others nothing over
 * disagreement; on each earlier day the day's proposer (drawn with the day's probabilities)
 * gives each accepting player δ_j times its value tomorrow and keeps the rest. With two
 * players and strict alternation this is Ståhl (1972), and the proposer's share converges
 * to Rubinstein's (1982) as the horizon grows; unlike a two-player chain whose first mover
 * is fixed, the prediction here does not flip with the parity of the day count, because the
 * last proposer is fixed by the protocol.
 * Ref: Ståhl (1972), Bargaining Theory; Rubinstein (1982), Econometrica 50; Baron and
 *      Ferejohn (1989) for the recognition probabilities of a day.
 */
import { accumulate, bestResponses, type CoalitionalSet } from './coalitionalSet';

export interface FiniteHorizonResult {
  /** Expected gains at the start of day 1 (the prediction). */
  readonly gains: number[];
  readonly transfers: number[];
  /** Expected gains at the start of each day, day 1 first (the path as the deadline nears). */
  readonly path: number[][];
}

/**
 * @param proposers the recognition probabilities of day d (1-based; `days` is the last day)
 */
export function finiteHorizon(
  set: CoalitionalSet,
  discount: readonly number[],
  days: number,
  proposers: (day: number) => readonly number[],
): FiniteHorizonResult {
  const n = set.n;
  let e = new Array<number>(n).fill(0);
  let transfers = new Array<number>(n).fill(0);
  const path: number[][] = [];
  for (let day = days; day >= 1; day--) {
    const floors = e.map((x, j) => (discount[j] as number) * x);
    const gains = new Array<number>(n).fill(0);
    const paid = new Array<number>(n).fill(0);
    proposers(day).forEach((p, k) => {
      if (p > 0) accumulate(gains, paid, bestResponses(set, k, floors), p);
    });
    e = gains;
    transfers = paid;
    path.unshift(gains);
  }
  return { gains: e, transfers, path };
}
