/**
 * The range of each player's payoff over the core — or, when the core is empty, over the
 * least core {x efficient : x(S) ≥ v(S) − ε* for all S ≠ ∅, N} — found by two linear
 * programs per player (minimize and maximize x_i, by the excess simplex of ./excessSimplex.ts
 * with the level t held fixed); and the same ranges over the least
 * core itself, which is a set, not a point. Ref: Maschler, Peleg and Shapley (1979)
 * for the least core; the bounds are the projections of the (least) core polytope.
 */
import type { Maybe } from '../shared/types';
import { solveRound, startRounds } from './excessSimplex';
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

/** Two LPs per player over 2^n coalitions each: the set-valued views stop here. */
export const MAX_CORE_BOUNDS_PLAYERS = 12;

/**
 * Each player's lowest and highest payoff over {x efficient : x(S) ≥ v(S) − ε, S ≠ ∅, N},
 * by the excess simplex with t held at ε, each LP started from `start` (a point of the set).
 */
function rangesAt(
  game: TuGame,
  epsilon: number,
  start: readonly number[],
): { lower: number[]; upper: number[] } {
  const lower: number[] = [];
  const upper: number[] = [];
  for (let i = 0; i < game.n; i++) {
    for (const sign of [1, -1] as const) {
      const rounds = startRounds(game, false, start, epsilon);
      solveRound(rounds, { column: i, sign });
      (sign > 0 ? lower : upper).push(rounds.x[i] as number);
    }
  }
  return { lower, upper };
}

export async function coreBounds(game: TuGame): Promise<Maybe<CoreBounds>> {
  const { n } = game;
  if (n > MAX_CORE_BOUNDS_PLAYERS)
    return { ok: false, reason: `core bounds stop at ${MAX_CORE_BOUNDS_PLAYERS} players` };
  const lc = await leastCore(game);
  if (!lc.ok) return lc;
  const epsilon = Math.max(0, lc.value.epsilon);
  // The least-core allocation lies in both sets: every LP starts there.
  const start = lc.value.allocation;
  const core = rangesAt(game, epsilon, start);
  // With a non-empty core the least core (at ε* < 0) is a smaller set inside it.
  const least = lc.value.epsilon < 0 ? rangesAt(game, lc.value.epsilon, start) : core;
  return {
    ok: true,
    value: { epsilon, ...core, leastCore: { epsilon: lc.value.epsilon, ...least } },
  };
}
