/**
 * Seeded randomness for the engine (pure-rand's xoroshiro128+). Randomness is always a
 * parameter: functions take an Rng, never Math.random, so runs replay exactly.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [from, to], both included. */
  int(from: number, to: number): number;
}

export function seededRng(seed: number): Rng {
  const gen = xoroshiro128plus(seed | 0);
  return {
    next: () => uniformFloat64(gen),
    int: (from, to) => uniformInt(gen, from, to),
  };
}
