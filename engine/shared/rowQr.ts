/**
 * A small dense QR of a set of row vectors, A = R·Q with Q's rows orthonormal and R lower
 * triangular, built row by row by Gram–Schmidt with one reorthogonalization ("twice is
 * enough": Giraud, Langou & Rozložník 2005). It answers the two questions an active-set LP
 * asks of its working rows: the part of a unit vector e_c outside their span, and the
 * multipliers λ with Aᵀλ = e_c when e_c lies in it. All storage is allocated once (at most
 * `cols` rows): for the n + 1 ≤ 26 columns of the excess LP a row costs a few hundred flops.
 */
import { TOL } from './numeric';

export class DenseRowQr {
  /** Row k of Q at [k·cols, (k+1)·cols); row k of R at [k·cols, k·cols + k]. */
  private readonly q: Float64Array;
  private readonly r: Float64Array;
  private readonly lambda: Float64Array;
  private readonly lengths: Float64Array;
  private rows = 0;

  constructor(private readonly cols: number) {
    this.q = new Float64Array(cols * cols);
    this.r = new Float64Array(cols * cols);
    this.lambda = new Float64Array(cols);
    this.lengths = new Float64Array(cols);
  }

  get rank(): number {
    return this.rows;
  }

  clear(): void {
    this.rows = 0;
  }

  /** Append a row if it is independent of the rows so far; returns whether it was added. */
  add(row: ArrayLike<number>): boolean {
    const { cols, q, r } = this;
    const k = this.rows;
    if (k === cols) return false;
    const at = k * cols;
    let rowNorm = 0;
    for (let j = 0; j < cols; j++) {
      const value = row[j] as number;
      q[at + j] = value;
      rowNorm += value * value;
      r[at + j] = 0;
    }
    for (let pass = 0; pass < 2; pass++) {
      for (let m = 0; m < k; m++) {
        const base = m * cols;
        let dot = 0;
        for (let j = 0; j < cols; j++) dot += (q[base + j] as number) * (q[at + j] as number);
        for (let j = 0; j < cols; j++)
          q[at + j] = (q[at + j] as number) - dot * (q[base + j] as number);
        r[at + m] = (r[at + m] as number) + dot;
      }
    }
    let norm = 0;
    for (let j = 0; j < cols; j++) norm += (q[at + j] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm <= 10 * TOL.pivot * Math.max(1, Math.sqrt(rowNorm))) return false;
    for (let j = 0; j < cols; j++) q[at + j] = (q[at + j] as number) / norm;
    r[at + k] = norm;
    this.rows = k + 1;
    return true;
  }

  /** out = e_c minus its projection on the rows' span; returns ‖out‖. */
  projectOut(c: number, out: Float64Array): number {
    const { cols, q } = this;
    out.fill(0);
    out[c] = 1;
    for (let m = 0; m < this.rows; m++) {
      const base = m * cols;
      const dot = q[base + c] as number;
      for (let j = 0; j < cols; j++) out[j] = (out[j] as number) - dot * (q[base + j] as number);
    }
    let norm = 0;
    for (let j = 0; j < cols; j++) norm += (out[j] as number) ** 2;
    return Math.sqrt(norm);
  }

  /**
   * λ with Σ_k λ_k·row_k = e_c, for e_c in the rows' span: back-substitution in Rᵀλ = Q·e_c.
   * The returned array is reused by the next call; entries past `rank` are stale.
   */
  solveTransposed(c: number): Float64Array {
    const { cols, q, r, lambda } = this;
    for (let j = this.rows - 1; j >= 0; j--) {
      let rhs = q[j * cols + c] as number;
      for (let m = j + 1; m < this.rows; m++)
        rhs -= (r[m * cols + j] as number) * (lambda[m] as number);
      lambda[j] = rhs / (r[j * cols + j] as number);
    }
    return lambda;
  }

  /**
   * ‖R⁻¹e_k‖ for every row k: when the rows are square (a vertex), the length of the edge
   * u_k = A⁻¹e_k along which row k alone leaves equality — for steepest-edge pricing
   * (Goldfarb & Reid 1977). The returned array is reused by the next call.
   */
  edgeLengths(): Float64Array {
    const { cols, r } = this;
    const k = this.rows;
    const y = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = c; j < k; j++) {
        let value = j === c ? 1 : 0;
        for (let m = c; m < j; m++) value -= (r[j * cols + m] as number) * (y[m] as number);
        value /= r[j * cols + j] as number;
        y[j] = value;
        norm += value * value;
      }
      this.lengths[c] = Math.sqrt(norm);
    }
    return this.lengths;
  }
}
