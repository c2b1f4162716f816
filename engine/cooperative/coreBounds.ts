/**
 * The range of each player's payoff over the core — or, when the core is empty, over the
 * least core {x efficient : x(S) ≥ v(S) − ε* for all S ≠ ∅, N} — found by two linear
 * programs per player (minimize and maximize x_i); and the same ranges over the least
 * core itself, which is a set, not a point. Ref: Maschler, Peleg and Shapley (1979)
 * for the least core; the bounds are the projections of the (least) core polytope.
 */
import { TOL } from '../shared/numeric';
import { grandCoalition } from '../shared/bits';
import { solveLpWith, highsRuntime, type LpRow } from '../shared/lp';
import type { Maybe } from '../shared/types';
import { leastCore } from './leastCore';
import type { TuGame } from './tuGame';

export interface CoreBounds {
  /** 0 when the core is non-empty; else the least-core ε* the bounds are taken at. */
  readonly epsilon: number;
  readonly lower: number[];
  readonly upper: number[];
  /** The least core as a set: ε* (negative when the core is non-empty) and each player's range. */
  readonly leastCore: {
    readonly epsilon: number;
    readonly lower: number[];
    readonly upper: number[];
  };
}

/** Dense rows cost 2^n·n numbers: stop where that gets large. */
export const MAX_CORE_BOUNDS_PLAYERS = 12;

/** Each player's lowest and highest payoff over {x efficient : x(S) ≥ v(S) − ε, S ≠ ∅, N}. */
async function rangesAt(
  game: TuGame,
  epsilon: number,
): Promise<Maybe<{ lower: number[]; upper: number[] }>> {
  const { n, v } = game;
  const all = grandCoalition(n);
  const rows: LpRow[] = [];
  for (let s = 1; s <= all; s++) {
    const coeffs = Array.from({ length: n }, (_, i) => ((s >>> i) & 1 ? 1 : 0));
    const worth = v[s] as number;
    // Relax by a hair so the LP stays feasible at ε* despite rounding.
    rows.push(
      s === all
        ? { coeffs, lo: worth, hi: worth }
        : {
            coeffs,
            lo: worth - epsilon - TOL.compare * Math.max(1, Math.abs(worth)),
            hi: Infinity,
          },
    );
  }
  const highs = await highsRuntime();
  const lower: number[] = [];
  const upper: number[] = [];
  for (let i = 0; i < n; i++) {
    const cost = Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
    for (const sense of ['min', 'max'] as const) {
      const r = solveLpWith(highs, {
        sense,
        cost,
        lower: new Array<number>(n).fill(-Infinity),
        upper: new Array<number>(n).fill(Infinity),
        rows,
      });
      if (r.status !== 'optimal') return { ok: false, reason: `the core LP is ${r.status}` };
      (sense === 'min' ? lower : upper).push(r.objective);
    }
  }
  return { ok: true, value: { lower, upper } };
}

export async function coreBounds(game: TuGame): Promise<Maybe<CoreBounds>> {
  const { n } = game;
  if (n > MAX_CORE_BOUNDS_PLAYERS)
    return { ok: false, reason: `core bounds stop at ${MAX_CORE_BOUNDS_PLAYERS} players` };
  const lc = await leastCore(game);
  if (!lc.ok) return lc;
  const epsilon = Math.max(0, lc.value.epsilon);
  const core = await rangesAt(game, epsilon);
  if (!core.ok) return core;
  // With a non-empty core the least core (at ε* < 0) is a smaller set inside it.
  const least = lc.value.epsilon < 0 ? await rangesAt(game, lc.value.epsilon) : core;
  if (!least.ok) return least;
  return {
    ok: true,
    value: {
      epsilon,
      ...core.value,
      leastCore: { epsilon: lc.value.epsilon, ...least.value },
    },
  };
}
