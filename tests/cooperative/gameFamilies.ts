/**
 * The three families of issue 15's comparison, with integer worths and fixed seeds, for the
 * nucleolus bench and its property test:
 * - `random`: "type 1" games (as in Derks & Kuipers 1997 and Benedek, Fliege & Nguyen 2021):
 *   v(S) uniform on the integers 1 … 50·|S| for S ≠ N, and v(N) = 50·n so imputations exist;
 * - `convex-pairs`: v(S) = Σ_{i∈S} a_i + Σ_{{i,j}⊆S} d_ij with a_i, d_ij uniform on 0 … 10;
 * - `convex-triples`: the same with dividends d_ijk on triples instead of pairs.
 * Nonnegative Harsanyi dividends make a game totally monotone, hence convex (Shapley 1971):
 * its core is large and many coalitions are tight at once, the degenerate case for LPs.
 */
import { seededRng } from '../../engine/shared/rng';
import { gameFromValues, type TuGame } from '../../engine/cooperative/tuGame';
import { popcount } from '../../engine/shared/bits';

export type GameFamily = 'random' | 'convex-pairs' | 'convex-triples';
export const GAME_FAMILIES: readonly GameFamily[] = ['random', 'convex-pairs', 'convex-triples'];

/** Worths of a game whose Harsanyi dividends sit on the given coalitions (plus singletons). */
function fromDividends(n: number, dividends: ReadonlyMap<number, number>): TuGame {
  const v = new Float64Array(2 ** n);
  for (const [mask, d] of dividends) {
    // Add d to every superset of mask: enumerate the complement's subsets.
    const rest = (2 ** n - 1) & ~mask;
    for (let sub = rest; ; sub = (sub - 1) & rest) {
      v[mask | sub] = (v[mask | sub] as number) + d;
      if (sub === 0) break;
    }
  }
  return gameFromValues(v);
}

/** One game of a family, determined by n and the seed. */
export function familyGame(family: GameFamily, n: number, seed: number): TuGame {
  const rng = seededRng(seed * 1009 + n);
  if (family === 'random') {
    const v = new Float64Array(2 ** n);
    for (let s = 1; s < v.length - 1; s++) v[s] = rng.int(1, 50 * popcount(s));
    v[v.length - 1] = 50 * n;
    return gameFromValues(v);
  }
  const dividends = new Map<number, number>();
  for (let i = 0; i < n; i++) dividends.set(1 << i, rng.int(0, 10));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      if (family === 'convex-pairs') dividends.set((1 << i) | (1 << j), rng.int(0, 10));
      else
        for (let k = j + 1; k < n; k++)
          dividends.set((1 << i) | (1 << j) | (1 << k), rng.int(0, 10));
    }
  return fromDividends(n, dividends);
}
