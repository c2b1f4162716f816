/**
 * Coalitions as bitmasks: player i is bit i, so a coalition of n ≤ 30 players is a
 * non-negative 32-bit integer and a TU game is an array indexed by it.
 */

/** Largest player count for which 2^n coalitions are enumerated explicitly. */
export const MAX_EXPLICIT_PLAYERS = 25;

/** Number of players in the coalition (population count). */
export function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The coalition of all n players. */
export function grandCoalition(n: number): number {
  return n >= 31 ? -1 >>> 0 : (1 << n) - 1;
}

/** Whether player i belongs to the coalition. */
export function hasPlayer(mask: number, i: number): boolean {
  return ((mask >>> i) & 1) === 1;
}

/** The players of a coalition in increasing order. */
export function membersOf(mask: number): number[] {
  const out: number[] = [];
  for (let i = 0; mask >>> i !== 0; i++) if ((mask >>> i) & 1) out.push(i);
  return out;
}

/** The coalition made of the given players. */
export function maskOf(players: Iterable<number>): number {
  let m = 0;
  for (const i of players) m |= 1 << i;
  return m >>> 0;
}

/**
 * x(S) for every coalition S, in one O(2^n) pass: x(S) = x(S without its lowest player) + x_low.
 */
export function coalitionSums(x: readonly number[], n: number): Float64Array {
  const size = 2 ** n;
  const out = new Float64Array(size);
  for (let s = 1; s < size; s++) {
    const low = s & -s;
    out[s] = (out[s ^ low] as number) + (x[31 - Math.clz32(low)] as number);
  }
  return out;
}

/**
 * For each player i, the sum of a[S] over all coalitions S that contain i.
 * n streaming passes over half of `a` each: the memory-bound kernel behind Shapley and Banzhaf.
 */
export function sumsOverCoalitionsContaining(a: Float64Array, n: number): number[] {
  const size = a.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    let acc = 0;
    for (let hi = bit; hi < size; hi += bit << 1) {
      const end = hi + bit;
      for (let s = hi; s < end; s++) acc += a[s] as number;
    }
    out.push(acc);
  }
  return out;
}
