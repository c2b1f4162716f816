/** Plain data types shared across the engine. Allocations are arrays in player order. */

/** A payoff vector, one entry per player, in player order. */
export type Allocation = number[];

/** A result for untrusted input: the value, or every problem found. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; errors: E[] };

/** A solution concept that may not exist for a game: a value or the reason it does not. */
export type Maybe<T> = { ok: true; value: T } | { ok: false; reason: string };
