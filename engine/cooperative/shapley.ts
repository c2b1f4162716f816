/**
 * Exact Shapley value in O(n·2^n) time and one extra 2^n array.
 *
 * φ_i = Σ_{S∌i} |S|!(n−|S|−1)!/n! · (v(S∪i) − v(S)). Regrouping by T = S∪i or S gives
 * φ_i = Σ_{T∋i} a(T) − K with a(T) = (w(|T|−1) + w(|T|))·v(T) and K = Σ_T w(|T|)·v(T),
 * where w(s) = s!(n−s−1)!/n! (w(n) = 0): one cache-friendly pass over v (sizeWeightedSums).
 * Ref: Shapley (1953), "A value for n-person games".
 * @example shapleyValue(gameFromValues([0,0,0,1,0,1,0,1])) // glove game → [2/3, 1/6, 1/6]
 */
import { sizeWeightedSums } from '../shared/bits';
import type { Allocation } from '../shared/types';
import type { TuGame } from './tuGame';

/** w(s) = s!(n−s−1)!/n! for s = 0..n−1, and w(n) = 0; computed by a stable recurrence. */
export function shapleyWeights(n: number): Float64Array {
  const w = new Float64Array(n + 1);
  // w(0) = 1/n; w(s) = w(s−1) · s/(n−s).
  w[0] = 1 / n;
  for (let s = 1; s < n; s++) w[s] = ((w[s - 1] as number) * s) / (n - s);
  return w;
}

export function shapleyValue(game: TuGame): Allocation {
  const { n, v } = game;
  if (n === 0) return [];
  const w = shapleyWeights(n);
  // Coefficient of v(T), |T| = s, in Σ_{T∋i} a(T): w(s−1) + w(s).
  const inWeight = new Float64Array(n + 1);
  for (let s = 1; s <= n; s++) inWeight[s] = (w[s - 1] as number) + (w[s] as number);
  const { containing, total } = sizeWeightedSums(v, n, inWeight, w);
  return containing.map((x) => x - total);
}
