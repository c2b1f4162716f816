/**
 * Vertices of the core for small games (n ≤ 5), for drawing: every vertex is the unique
 * solution of x(N) = v(N) and n − 1 tight coalition constraints x(S) = v(S) that is
 * feasible for all the others. Enumerates the C(2^n − 2, n − 1) bases (27,405 at n = 5).
 * Ref: the vertex enumeration of a polytope by basis enumeration (Dyer 1983, naive form).
 */
import { TOL } from '../shared/numeric';
import { grandCoalition } from '../shared/bits';
import { solveLinearSystem } from '../shared/linearSystem';
import type { Allocation, Maybe } from '../shared/types';
import { isInCore } from './leastCore';
import type { TuGame } from './tuGame';

export const MAX_CORE_VERTEX_PLAYERS = 5;

export function coreVertices(game: TuGame): Maybe<Allocation[]> {
  const { n } = game;
  if (n > MAX_CORE_VERTEX_PLAYERS) {
    return {
      ok: false,
      reason: `core vertices are enumerated for at most ${MAX_CORE_VERTEX_PLAYERS} players`,
    };
  }
  const all = grandCoalition(n);
  const coalitions = Array.from({ length: all - 1 }, (_, k) => k + 1);
  const rowOf = (s: number) => Array.from({ length: n }, (_, i) => ((s >>> i) & 1 ? 1 : 0));
  const vertices: Allocation[] = [];
  const chosen: number[] = [];
  const visit = (from: number) => {
    if (chosen.length === n - 1) {
      const a = [rowOf(all), ...chosen.map(rowOf)];
      const b = [game.v[all] as number, ...chosen.map((s) => game.v[s] as number)];
      const x = solveLinearSystem(a, b);
      if (
        x &&
        isInCore(game, x) &&
        !vertices.some((y) => y.every((yi, i) => Math.abs(yi - (x[i] as number)) < TOL.check))
      ) {
        vertices.push(x);
      }
      return;
    }
    for (let k = from; k < coalitions.length; k++) {
      chosen.push(coalitions[k] as number);
      visit(k + 1);
      chosen.pop();
    }
  };
  visit(0);
  return { ok: true, value: vertices };
}
