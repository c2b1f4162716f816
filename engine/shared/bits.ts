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

/** x(S) for every coalition S, in one O(2^n) pass (see {@link coalitionSumsInto}). */
export function coalitionSums(x: readonly number[], n: number): Float64Array {
  const out = new Float64Array(2 ** n);
  coalitionSumsInto(x, n, out);
  return out;
}

/**
 * x(S) for every S into `out` (length ≥ 2^n), with no allocation: the coalitions whose
 * highest member is player i are S = 2^i + T for T < 2^i, so x(S) = x(T) + x_i.
 */
export function coalitionSumsInto(x: ArrayLike<number>, n: number, out: Float64Array): void {
  out[0] = 0;
  for (let i = 0, bit = 1; i < n; i++, bit *= 2) {
    const xi = x[i] as number;
    for (let s = bit; s < 2 * bit; s++) out[s] = (out[s - bit] as number) + xi;
  }
}

/** Coalitions are processed in chunks of 2^CHUNK_BITS that stay in L1 cache. */
const CHUNK_BITS = 10;
const CHUNK_POPCOUNT = Uint8Array.from({ length: 1 << CHUNK_BITS }, (_, l) => popcount(l));

/**
 * Size-weighted sums of a game's worths in ONE streaming pass over v:
 *   containing[i] = Σ_{T ∋ i} inWeight[|T|] · v(T),   total = Σ_T allWeight[|T|] · v(T).
 * Each chunk of 1024 coalitions shares its high bits, so |T| = |high| + table[low]; the
 * weighted chunk goes to a small scratch buffer, whose sums by low bit (5 adds per
 * coalition) and its total (for the high bits) feed the players' accumulators. This is
 * the kernel of the exact Shapley and Banzhaf values: O(n·2^n)/memory-bound becomes one
 * read of v plus cache-resident work, with no 2^n scratch allocation.
 */
export function sizeWeightedSums(
  v: Float64Array,
  n: number,
  inWeight: Float64Array,
  allWeight: Float64Array,
): { containing: number[]; total: number } {
  const bits = Math.min(n, CHUNK_BITS);
  const chunk = 1 << bits;
  const scratch = new Float64Array(chunk);
  const acc = new Float64Array(n);
  let total = 0;
  for (let hi = 0; hi < v.length; hi += chunk) {
    const base = popcount(hi);
    let chunkSum = 0;
    for (let lo = 0; lo < chunk; lo++) {
      const size = base + (CHUNK_POPCOUNT[lo] as number);
      const x = v[hi + lo] as number;
      total += (allWeight[size] as number) * x;
      const y = (inWeight[size] as number) * x;
      scratch[lo] = y;
      chunkSum += y;
    }
    for (let i = 0; i < bits; i++) {
      const bit = 1 << i;
      let t = 0;
      for (let start = bit; start < chunk; start += bit << 1) {
        const end = start + bit;
        for (let lo = start; lo < end; lo++) t += scratch[lo] as number;
      }
      acc[i] = (acc[i] as number) + t;
    }
    for (let i = bits; i < n; i++) if ((hi >>> i) & 1) acc[i] = (acc[i] as number) + chunkSum;
  }
  return { containing: Array.from(acc), total };
}
