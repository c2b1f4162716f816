/**
 * Least core: the smallest ε such that some efficient x has x(S) ≥ v(S) − ε for every
 * nonempty S ≠ N (singletons included), with one allocation attaining it. The core is
 * non-empty iff ε ≤ 0 (Bondareva–Shapley: the game is balanced).
 * Ref: Maschler, Peleg & Shapley (1979), "Geometric properties of the kernel, nucleolus,
 * and related solution concepts".
 */
import { grandCoalition, coalitionSums } from '../shared/bits';
import { approxLeq, EPS } from '../shared/numeric';
import type { Allocation, Maybe } from '../shared/types';
import { solveRound, startRounds } from './excessSimplex';
import { asPromise } from '../shared/asPromise';
import { grandWorth, type TuGame } from './tuGame';

export interface LeastCore {
  readonly epsilon: number;
  readonly allocation: Allocation;
}

export function leastCore(game: TuGame): Promise<Maybe<LeastCore>> {
  return asPromise((): Maybe<LeastCore> => {
    const worth = grandWorth(game);
    if (game.n === 1) return { ok: true, value: { epsilon: 0, allocation: [worth] } };
    const rounds = startRounds(game, false, new Array<number>(game.n).fill(worth / game.n));
    const opt = solveRound(rounds);
    return { ok: true, value: { epsilon: opt.t, allocation: Array.from(rounds.x) } };
  });
}

/** Whether the core is empty: the least-core ε is positive (beyond the tolerance). */
export async function isCoreEmpty(game: TuGame): Promise<boolean> {
  const lc = await leastCore(game);
  return lc.ok && lc.value.epsilon > EPS * Math.max(1, Math.abs(grandWorth(game)));
}

/** Whether x is efficient and no coalition can improve on it: x(S) ≥ v(S) for all S. */
export function isInCore(game: TuGame, x: readonly number[]): boolean {
  const all = grandCoalition(game.n);
  const sums = coalitionSums(x, game.n);
  if (
    Math.abs((sums[all] as number) - (game.v[all] as number)) >
    EPS * Math.max(1, Math.abs(game.v[all] as number))
  ) {
    return false;
  }
  for (let s = 1; s < all; s++)
    if (!approxLeq(game.v[s] as number, sums[s] as number)) return false;
  return true;
}
