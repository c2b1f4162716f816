/**
 * Transferable-utility games on bitmask coalitions: player i is bit i and v[S] is the
 * worth of coalition S, so a game of n players is a Float64Array of 2^n values with v[0] = 0.
 * Constructors validate their input and throw on programmer errors; untrusted files go
 * through engine/cli/gameFile.ts, which returns errors instead.
 */
import { grandCoalition, MAX_EXPLICIT_PLAYERS } from '../shared/bits';

export interface TuGame {
  /** Number of players. */
  readonly n: number;
  /** Player ids, in bit order. */
  readonly players: readonly string[];
  /** Worth of each coalition, indexed by bitmask; length 2^n, v[0] = 0. */
  readonly v: Float64Array;
}

/** Default player ids "1".."n" ("1" is bit 0). */
export function defaultPlayers(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(i + 1));
}

/**
 * A game from its 2^n coalition values (index = bitmask, player i is bit i).
 * @example shapleyValue(gameFromValues([0, 0, 0, 1])) // two players who only gain together → [0.5, 0.5]
 */
export function gameFromValues(values: ArrayLike<number>, players?: readonly string[]): TuGame {
  const n = Math.round(Math.log2(values.length));
  if (values.length < 1 || 2 ** n !== values.length) {
    throw new RangeError(`values must have 2^n entries, got ${values.length}`);
  }
  if (n > MAX_EXPLICIT_PLAYERS) throw new RangeError(`at most ${MAX_EXPLICIT_PLAYERS} players`);
  if (values[0] !== 0) throw new RangeError('v(∅) must be 0');
  const ids = players ? [...players] : defaultPlayers(n);
  if (ids.length !== n) throw new RangeError(`${ids.length} player ids for ${n} players`);
  return { n, players: ids, v: Float64Array.from(values) };
}

/** A game from a worth function on coalitions, evaluated for every S ⊆ N. */
export function gameFromFunction(
  players: readonly string[],
  worth: (mask: number) => number,
): TuGame {
  const n = players.length;
  if (n > MAX_EXPLICIT_PLAYERS) throw new RangeError(`at most ${MAX_EXPLICIT_PLAYERS} players`);
  const v = new Float64Array(2 ** n);
  for (let s = 1; s < v.length; s++) v[s] = worth(s);
  return { n, players: [...players], v };
}

/** Worth of the grand coalition v(N). */
export function grandWorth(game: TuGame): number {
  return game.v[grandCoalition(game.n)] as number;
}

/** v({i}) for every player. */
export function singletonWorths(game: TuGame): number[] {
  return Array.from({ length: game.n }, (_, i) => game.v[1 << i] as number);
}

/** M_i = v(N) − v(N∖{i}): each player's marginal contribution to the grand coalition. */
export function marginalVector(game: TuGame): number[] {
  const all = grandCoalition(game.n);
  return Array.from(
    { length: game.n },
    (_, i) => (game.v[all] as number) - (game.v[all ^ (1 << i)] as number),
  );
}

/** The game with players relabelled: player perm[i] of the new game is player i of the old. */
export function permuteGame(game: TuGame, perm: readonly number[]): TuGame {
  const v = new Float64Array(game.v.length);
  for (let s = 0; s < v.length; s++) {
    let t = 0;
    for (let i = 0; i < game.n; i++) if ((s >>> i) & 1) t |= 1 << (perm[i] as number);
    v[t] = game.v[s] as number;
  }
  const players: string[] = new Array<string>(game.n);
  game.players.forEach((p, i) => (players[perm[i] as number] = p));
  return { n: game.n, players, v };
}
