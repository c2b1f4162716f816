/**
 * Partial pricing for the excess simplex on large games: the ratio test reads a pool of the
 * coalitions with the smallest slack instead of all 2^n. Every coalition left out had slack
 * above θ when the pool was collected, and a step of length α along d lowers any
 * coalition's slack x(S) + t − v(S) = (1_S, 1)·(x, t) − v(S) by at most α·f(d), where
 * f(d) = Σ_j max(0, −d_j) (the most negative d(S) + d_t over all S). So while the total
 * `drift` Σ α·f(d) stays below θ, a step no longer than (θ − drift)/f(d) cannot pass any
 * coalition outside the pool and the pool's ratio test is exact; otherwise the caller
 * scans every coalition and collects the pool again. It is partial pricing (Maros 2003,
 * "Computational Techniques of the Simplex Method") made exact by a bound.
 */
import type { HalfSums } from '../shared/halfSums';

export class SlackPool {
  /** Coalition masks, their slack (kept current by `step`) and their rate in the last test. */
  readonly ids: Int32Array;
  readonly slack: Float64Array;
  readonly rate: Float64Array;
  size = 0;
  /** Every coalition outside the pool had slack > threshold at collection (∞: none outside). */
  threshold = Infinity;
  /** Σ α·√(n + 1) over the steps since collection. */
  drift = 0;

  constructor(readonly capacity: number) {
    this.ids = new Int32Array(capacity);
    this.slack = new Float64Array(capacity);
    this.rate = new Float64Array(capacity);
  }

  /**
   * Pool the unsettled proper coalitions whose slack x(S) + t − v(S) is at most θ, with θ the
   * quantile of a fixed sample of slacks that should fill about half the capacity (lowered
   * if the pool overflows).
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
      const threshold = sample[Math.floor(fraction * sample.length)] ?? Infinity;
      if (this.gather(x, t, v, settled, threshold)) return;
    }
  }

  /** Pool every coalition with slack ≤ threshold; false if they overflow the capacity. */
  private gather(
    x: HalfSums,
    t: number,
    v: Float64Array,
    settled: Uint8Array,
    threshold: number,
  ): boolean {
    const { ids, capacity } = this;
    const { low, high, mask, lowBits } = x;
    const last = v.length - 1;
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
      ids[size] = s;
      this.slack[size++] = slack;
    }
    this.size = size;
    this.threshold = left ? threshold : Infinity;
    this.drift = 0;
    return true;
  }

  /** The longest step along d that the pool's ratio test can certify for all coalitions. */
  safeStep(d: ArrayLike<number>): number {
    if (this.threshold === Infinity) return Infinity;
    return (this.threshold - this.drift) / fall(d);
  }

  /** Move every pooled slack by α·rate (rates from the last ratio test) and add the drift. */
  step(alpha: number, d: ArrayLike<number>): void {
    for (let k = 0; k < this.size; k++)
      this.slack[k] = (this.slack[k] as number) + alpha * (this.rate[k] as number);
    this.drift += alpha * fall(d);
  }

  /** Remove a coalition (settled or fixed) from the pool. */
  drop(id: number): void {
    for (let k = 0; k < this.size; k++) {
      if (this.ids[k] !== id) continue;
      const last = --this.size;
      this.ids[k] = this.ids[last] as number;
      this.slack[k] = this.slack[last] as number;
      this.rate[k] = this.rate[last] as number;
      return;
    }
  }
}

/** Σ_j max(0, −d_j): no coalition's slack falls faster along d. */
function fall(d: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < d.length; j++) total += Math.max(0, -(d[j] as number));
  return total;
}
