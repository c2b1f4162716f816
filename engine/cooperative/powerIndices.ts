/**
 * Power indices of weighted voting games [q; w] by dynamic programming over the weights,
 * exact for bodies of hundreds of members (the US Electoral College: 51 members, 538 votes).
 * For each player i, count the coalitions of the others by total weight (and, for
 * Shapley–Shubik, by size); i swings a coalition of weight t iff q − w_i ≤ t < q.
 * Cost O(n·Σw) per player for Banzhaf and O(n²·Σw) per player for Shapley–Shubik.
 * Counts are floats: exact below 2^53 (n ≤ 52), and relatively accurate beyond.
 * Ref: Brams & Affuso (1976); Matsui & Matsui (2000), "A survey of algorithms for
 * calculating power indices of weighted majority games".
 */
import type { Allocation } from '../shared/types';
import type { WeightedVotingGame } from './weightedVoting';

/** Steps of the Banzhaf dynamic programme: for each player, n weights × the total weight. */
export function banzhafWork(game: WeightedVotingGame): number {
  const n = game.weights.length;
  return n * n * (game.weights.reduce((s, w) => s + w, 0) + 1);
}

/** Steps of the Shapley–Shubik dynamic programme: n players × n weights × n sizes × quota. */
export function shapleyShubikWork(game: WeightedVotingGame): number {
  const n = game.weights.length;
  return n * n * n * (Math.ceil(game.quota) + 1);
}

/** Number of coalitions of the other players by total weight (index = weight). */
function countsByWeight(weights: readonly number[], skip: number, total: number): Float64Array {
  const c = new Float64Array(total + 1);
  c[0] = 1;
  let reach = 0;
  weights.forEach((w, j) => {
    if (j === skip || w === 0) {
      if (j !== skip) for (let t = reach; t >= 0; t--) c[t] = (c[t] as number) * 2; // a weight-0 voter doubles every count
      return;
    }
    for (let t = reach; t >= 0; t--) c[t + w] = (c[t + w] as number) + (c[t] as number);
    reach += w;
  });
  return c;
}

/** Raw Banzhaf swing counts η_i: coalitions S ∌ i that lose alone and win with i. */
export function banzhafSwings(game: WeightedVotingGame): number[] {
  const total = game.weights.reduce((s, w) => s + w, 0);
  return game.weights.map((wi, i) => {
    const c = countsByWeight(game.weights, i, total);
    let swings = 0;
    const lo = Math.max(0, Math.ceil(game.quota - wi));
    for (let t = lo; t < game.quota && t <= total; t++) swings += c[t] as number;
    return swings;
  });
}

/** Banzhaf value of the weighted game: swings / 2^{n−1}. */
export function weightedBanzhafValue(game: WeightedVotingGame): Allocation {
  const scale = 2 ** (1 - game.weights.length);
  return banzhafSwings(game).map((s) => s * scale);
}

/** Shapley–Shubik index: Σ_s s!(n−s−1)!/n! · #{S ∌ i : |S| = s, i swings S}. */
export function shapleyShubikIndex(game: WeightedVotingGame): Allocation {
  const { weights, quota } = game;
  const n = weights.length;
  const total = weights.reduce((s, w) => s + w, 0);
  // Weight of size s among the others: s!(n−1−s)!/n! = 1 / (n · C(n−1, s)).
  const coef = new Float64Array(n);
  coef[0] = 1 / n;
  for (let s = 1; s < n; s++) coef[s] = ((coef[s - 1] as number) * s) / (n - s);
  return weights.map((wi, i) => {
    const lo = Math.max(0, Math.ceil(quota - wi));
    const hi = Math.min(total, Math.ceil(quota) - 1);
    if (wi === 0 || hi < lo) return 0;
    // c[s][t]: coalitions of the others with s members and weight t (t capped at hi:
    // heavier coalitions already win without i, so they never matter).
    const width = hi + 1;
    const c = new Float64Array(n * width);
    c[0] = 1;
    let members = 0;
    weights.forEach((w, j) => {
      if (j === i) return;
      for (let s = members; s >= 0; s--) {
        const row = s * width;
        const next = (s + 1) * width;
        for (let t = hi - w; t >= 0; t--)
          c[next + t + w] = (c[next + t + w] as number) + (c[row + t] as number);
      }
      members++;
    });
    let phi = 0;
    for (let s = 0; s < n; s++) {
      let count = 0;
      for (let t = lo; t <= hi; t++) count += c[s * width + t] as number;
      phi += (coef[s] as number) * count;
    }
    return phi;
  });
}
