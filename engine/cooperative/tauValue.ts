/**
 * The τ-value: the efficient point on the segment between the minimal-rights vector m and
 * the utopia vector M, where M_i = v(N) − v(N∖i) and m_i = max_{S∋i} (v(S) − Σ_{j∈S∖i} M_j).
 * Defined for quasi-balanced games: m ≤ M and Σm ≤ v(N) ≤ ΣM.
 * Ref: Tijs (1981), "Bounds for the core and the τ-value".
 */
import { coalitionSums } from '../shared/bits';
import { approxLeq, sum } from '../shared/numeric';
import type { Allocation, Maybe } from '../shared/types';
import { grandWorth, marginalVector, type TuGame } from './tuGame';

/** Minimal rights m_i, by one pass for r(S) = v(S) − M(S) and a max over S ∋ i. */
export function minimalRights(game: TuGame, utopia: readonly number[]): number[] {
  const sums = coalitionSums(utopia, game.n);
  const size = game.v.length;
  return utopia.map((Mi, i) => {
    const bit = 1 << i;
    let best = -Infinity;
    for (let s = bit; s < size; s = ((s + 1) | bit) >>> 0) {
      const r = (game.v[s] as number) - (sums[s] as number);
      if (r > best) best = r;
    }
    return Mi + best;
  });
}

export function tauValue(game: TuGame): Maybe<Allocation> {
  const M = marginalVector(game);
  const m = minimalRights(game, M);
  const vN = grandWorth(game);
  const quasiBalanced =
    m.every((mi, i) => approxLeq(mi, M[i] as number)) &&
    approxLeq(sum(m), vN) &&
    approxLeq(vN, sum(M));
  if (!quasiBalanced) {
    return { ok: false, reason: 'the game is not quasi-balanced (needs m ≤ M and Σm ≤ v(N) ≤ ΣM)' };
  }
  const gap = sum(M) - sum(m);
  const alpha = gap > 0 ? (vN - sum(m)) / gap : 0;
  return { ok: true, value: m.map((mi, i) => mi + alpha * ((M[i] as number) - mi)) };
}
