/**
 * Seeded randomness for the engine (pure-rand's xoroshiro128+). Randomness is always a
 * parameter: functions take an Rng, never Math.random, so runs replay exactly.
 *
 * Seeding: pure-rand's `xoroshiro128plus(seed)` sets the state to (−1, ~seed, seed, 0), so
 * its first output is −1 for every seed (a first draw of 0.99999… whatever the seed). As
 * the generator's authors advise (Blackman & Vigna 2018, "Scrambled linear pseudorandom
 * number generators"), the 128-bit state is instead filled from the seed by a SplitMix-style
 * mixer (Steele, Lea & Flood 2014), here with MurmurHash3's 32-bit finaliser. Version 1 is
 * the old seeding, kept only so games saved with it replay exactly.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [from, to], both included. */
  int(from: number, to: number): number;
}

/** 1: the seed used as pure-rand takes it (biased first draw); 2: the state mixed from it. */
export type RngVersion = 1 | 2;
export const RNG_VERSION: RngVersion = 2;

/** MurmurHash3's fmix32: every input bit flips each output bit with probability ~1/2. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Four state words from a seed, SplitMix-style: mix seed + k·golden for k = 1..4. */
function stateOf(seed: number): number[] {
  const words = [1, 2, 3, 4].map((k) => fmix32((seed | 0) + Math.imul(k, 0x9e3779b9)));
  // xoroshiro's state must not be all zero.
  return words.every((w) => w === 0) ? [1, 0, 0, 0] : words;
}

export function seededRng(seed: number, version: RngVersion = RNG_VERSION): Rng {
  const gen = version === 1 ? xoroshiro128plus(seed | 0) : xoroshiro128plusFromState(stateOf(seed));
  return {
    next: () => uniformFloat64(gen),
    int: (from, to) => uniformInt(gen, from, to),
  };
}
