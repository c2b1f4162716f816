/**
 * Exact Shapley value in O(n·2^n) time and one extra 2^n array.
 *
 * φ_i = Σ_{S∌i} |S|!(n−|S|−1)!/n! · (v(S∪i) − v(S)). Regrouping by T = S∪i or S gives
 * φ_i = Σ_{T∋i} a(T) − K with a(T) = (w(|T|−1) + w(|T|))·v(T) and K = Σ_T w(|T|)·v(T),
 * where w(s) = s!(n−s−1)!/n! (w(n) = 0). So one pass builds a, then n streaming passes
 * sum it over the coalitions containing each player — memory-bound, no inner bit loop.
 * Ref: Shapley (1953), "A value for n-person games".
 * @example shapleyValue(gameFromValues([0,0,0,1,0,1,0,1])) // glove game → [2/3, 1/6, 1/6]
 */
import { popcount, sumsOverCoalitionsContaining } from '../shared/bits';
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
  const a = new Float64Array(v.length);
  let k = 0;
  for (let t = 1; t < v.length; t++) {
    const size = popcount(t);
    const vt = v[t] as number;
    k += (w[size] as number) * vt;
    a[t] = ((w[size - 1] as number) + (w[size] as number)) * vt;
  }
  return sumsOverCoalitionsContaining(a, n).map((s) => s - k);
}
