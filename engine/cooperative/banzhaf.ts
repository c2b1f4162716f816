/**
 * Banzhaf value (mean marginal contribution) and the normalized Banzhaf index.
 *
 * β_i = 2^{1−n} Σ_{S∌i} (v(S∪i) − v(S)) = 2^{1−n} (2·Σ_{T∋i} v(T) − Σ_T v(T)),
 * so like the Shapley value it is one cache-friendly pass over the 2^n values.
 * Ref: Banzhaf (1965); Owen (1975) for the value on general TU games.
 */
import { TOL } from '../shared/numeric';
import { sizeWeightedSums } from '../shared/bits';
import { sum } from '../shared/numeric';
import type { Allocation, Maybe } from '../shared/types';
import type { TuGame } from './tuGame';

export function banzhafValue(game: TuGame): Allocation {
  const { n, v } = game;
  if (n === 0) return [];
  const scale = 2 ** (1 - n);
  const { containing, total } = sizeWeightedSums(
    v,
    n,
    new Float64Array(n + 1).fill(2 * scale),
    new Float64Array(n + 1).fill(scale),
  );
  return containing.map((x) => x - total);
}

/** Banzhaf values rescaled to sum to 1; undefined when they sum to 0. */
export function normalizedBanzhaf(raw: Allocation): Maybe<Allocation> {
  const total = sum(raw);
  if (Math.abs(total) < TOL.amount) {
    return { ok: false, reason: 'the Banzhaf values sum to 0, so they cannot be normalized' };
  }
  return { ok: true, value: raw.map((b) => b / total) };
}

export function banzhafIndex(game: TuGame): Maybe<Allocation> {
  return normalizedBanzhaf(banzhafValue(game));
}
