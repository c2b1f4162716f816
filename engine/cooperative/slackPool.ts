/**
 * Partial pricing for the excess simplex on large games: the ratio test reads a pool of the
 * coalitions with the smallest slack instead of all 2^n. Every coalition left out had slack
 * above θ when the pool was collected, and a step of length α along d lowers any
 * coalition's slack x(S) + t − v(S) = (1_S, 1)·(x, t) − v(S) by at most α·f(d), where
 * f(d) = Σ_j max(0, −d_j) (the most negative d(S) + d_t over all S). So while the total
 * `drift` Σ α·f(d) stays below θ, a step no longer than (θ − drift)/f(d) cannot pass any
 * coalition outside the pool and the pool's ratio test is exact; otherwise the caller
 * scans every coalition and collects the pool again. The same bound orders the pool: it is
 * kept in buckets of rising slack at collection, and a bucket whose floor, less the drift,
 * exceeds (best step so far)·f(d) cannot hold the blocking row, so the test stops there.
 * It is partial pricing (Maros 2003, "Computational Techniques of the Simplex Method") made
 * exact by a bound.
 */
import type { HalfSums } from '../shared/halfSums';

/** Buckets of rising slack the pool is kept in. */
const BUCKETS = 32;

export class SlackPool {
  /** Coalition masks, bucket by bucket: bucket b is ids[start[b] … start[b + 1]). */
  readonly ids: Int32Array;
  /** v(S) of each pooled coalition, beside its id (read in order, not from all 2^n worths). */
  readonly worth: Float64Array;
  readonly start = new Int32Array(BUCKETS + 1);
  /** Every coalition of bucket b had slack ≥ floor[b] at collection. */
  readonly floor = new Float64Array(BUCKETS);
  /** Every coalition outside the pool had slack > threshold at collection (∞: none outside). */
  threshold = Infinity;
  /** Σ α·f(d) over the steps since collection. */
  drift = 0;
  private readonly scratchIds: Int32Array;
  private readonly scratchBucket: Uint8Array;

  constructor(readonly capacity: number) {
    this.ids = new Int32Array(capacity);
    this.worth = new Float64Array(capacity);
    this.scratchIds = new Int32Array(capacity);
    this.scratchBucket = new Uint8Array(capacity);
  }

  get size(): number {
    return this.start[BUCKETS] as number;
  }

  /**
   * Pool the unsettled proper coalitions whose slack x(S) + t − v(S) is at most θ, with θ the
   * quantile of a fixed sample of slacks that should fill about half the capacity (lowered
   * if the pool overflows), in buckets split at the sample's quantiles below θ.
   */
  collect(x: HalfSums, t: number, v: Float64Array, settled: Uint8Array): void {
    const last = v.length - 1;
    // A fixed pseudo-random sample: an odd multiplier permutes the masks modulo 2^n.
    const drawn = new Float64Array(Math.min(1024, last));
    let count = 0;
    for (let k = 0; k < drawn.length; k++) {
      const s = Math.imul(k + 1, 0x9e3779b1) & last;
      if (s !== 0 && s !== last && !settled[s]) drawn[count++] = x.at(s) + t - (v[s] as number);
    }
    const sample = drawn.subarray(0, count).sort();
    for (let fraction = this.capacity / 2 / last; ; fraction /= 4) {
      const top = Math.floor(fraction * sample.length);
      const threshold = sample[top] ?? Infinity;
      const cuts = new Float64Array(BUCKETS - 1);
      for (let b = 1; b < BUCKETS; b++)
        cuts[b - 1] = sample[Math.floor((b * Math.min(top, sample.length)) / BUCKETS)] ?? Infinity;
      if (this.gather(x, t, v, settled, threshold, cuts)) return;
    }
  }

  /** Pool every coalition with slack ≤ threshold; false if they overflow the capacity. */
  private gather(
    x: HalfSums,
    t: number,
    v: Float64Array,
    settled: Uint8Array,
    threshold: number,
    cuts: Float64Array,
  ): boolean {
    const { capacity, scratchIds, scratchBucket, start, floor } = this;
    const { low, high, mask, lowBits } = x;
    const last = v.length - 1;
    const counts = new Int32Array(BUCKETS);
    let size = 0;
    let left = false;
    for (let s = 1; s < last; s++) {
      const slack =
        (low[s & mask] as number) + (high[s >>> lowBits] as number) + t - (v[s] as number);
      if (slack > threshold) {
        left = true;
        continue;
      }
      if (settled[s]) continue;
      if (size === capacity) return false;
      // The bucket: the number of cuts at or below the slack (binary search).
      let lo = 0;
      let hi = cuts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cuts[mid] as number) <= slack) lo = mid + 1;
        else hi = mid;
      }
      scratchIds[size] = s;
      scratchBucket[size++] = lo;
      counts[lo] = (counts[lo] as number) + 1;
    }
    // Counting sort into buckets.
    start[0] = 0;
    for (let b = 0; b < BUCKETS; b++) start[b + 1] = (start[b] as number) + (counts[b] as number);
    const next = start.slice(0, BUCKETS);
    for (let k = 0; k < size; k++) {
      const b = scratchBucket[k] as number;
      const id = scratchIds[k] as number;
      this.ids[next[b] as number] = id;
      this.worth[next[b] as number] = v[id] as number;
      next[b] = (next[b] as number) + 1;
    }
    floor[0] = -Infinity;
    for (let b = 1; b < BUCKETS; b++) floor[b] = cuts[b - 1] as number;
    this.threshold = left ? threshold : Infinity;
    this.drift = 0;
    return true;
  }

  /** The longest step along d that the pool's ratio test can certify for all coalitions. */
  safeStep(d: ArrayLike<number>): number {
    if (this.threshold === Infinity) return Infinity;
    return (this.threshold - this.drift) / fall(d);
  }

  /** Account for a step of length α along d. */
  advance(alpha: number, d: ArrayLike<number>): void {
    this.drift += alpha * fall(d);
  }

  /** Remove a coalition (settled or fixed) from the pool. */
  drop(id: number): void {
    const { ids, worth, start } = this;
    for (let b = 0; b < BUCKETS; b++) {
      for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
        if (ids[k] !== id) continue;
        // Fill the hole with the bucket's last, then shift each later bucket's boundary.
        let hole = k;
        for (let c = b; c < BUCKETS; c++) {
          const lastOfBucket = (start[c + 1] as number) - 1;
          ids[hole] = ids[lastOfBucket] as number;
          worth[hole] = worth[lastOfBucket] as number;
          hole = lastOfBucket;
          start[c + 1] = lastOfBucket;
        }
        return;
      }
    }
  }
}

/** Σ_j max(0, −d_j): no coalition's slack falls faster along d. */
export function fall(d: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < d.length; j++) total += Math.max(0, -(d[j] as number));
  return total;
}
