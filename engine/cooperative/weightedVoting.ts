/**
 * Weighted voting games [q; w_1, …, w_n]: a coalition wins (worth 1) iff its weight
 * reaches the quota. Kept as weights so that power indices can be computed by dynamic
 * programming for bodies far larger than 2^n enumeration allows (the US Electoral College).
 */
import { MAX_EXPLICIT_PLAYERS } from '../shared/bits';
import { defaultPlayers, gameFromFunction, type TuGame } from './tuGame';

export interface WeightedVotingGame {
  readonly players: readonly string[];
  readonly weights: readonly number[];
  readonly quota: number;
}

/** A weighted voting game; weights must be non-negative integers for the DP indices. */
export function weightedVotingGame(
  weights: readonly number[],
  quota: number,
  players?: readonly string[],
): WeightedVotingGame {
  const ids = players ? [...players] : defaultPlayers(weights.length);
  if (ids.length !== weights.length) throw new RangeError('one player id per weight');
  return { players: ids, weights: [...weights], quota };
}

/** Whether every weight is a non-negative integer (the DP indices need it). */
export function hasIntegerWeights(game: WeightedVotingGame): boolean {
  return game.weights.every((w) => Number.isInteger(w) && w >= 0);
}

/** The explicit TU game (only for n ≤ 25). */
export function gameFromWeights(game: WeightedVotingGame): TuGame {
  const n = game.weights.length;
  if (n > MAX_EXPLICIT_PLAYERS) throw new RangeError(`at most ${MAX_EXPLICIT_PLAYERS} players`);
  const weightOf = new Float64Array(2 ** n);
  for (let s = 1; s < weightOf.length; s++) {
    const low = s & -s;
    weightOf[s] = (weightOf[s ^ low] as number) + (game.weights[31 - Math.clz32(low)] as number);
  }
  return gameFromFunction(game.players, (s) => ((weightOf[s] as number) >= game.quota ? 1 : 0));
}
