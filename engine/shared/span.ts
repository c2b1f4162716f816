import { TOL } from './numeric';
/**
 * An orthonormal basis built by modified Gram–Schmidt, for asking whether a coalition's
 * characteristic vector is a linear combination of vectors already fixed (then its excess
 * is determined on the remaining feasible set). O(n·rank) per question.
 */

export class SpanBasis {
  private readonly rows: Float64Array[] = [];
  constructor(private readonly dim: number) {}

  get rank(): number {
    return this.rows.length;
  }

  /** The component of v orthogonal to the span. */
  private residual(v: ArrayLike<number>): Float64Array {
    const r = Float64Array.from(v);
    for (const q of this.rows) {
      let dot = 0;
      for (let j = 0; j < this.dim; j++) dot += (q[j] as number) * (r[j] as number);
      for (let j = 0; j < this.dim; j++) r[j] = (r[j] as number) - dot * (q[j] as number);
    }
    return r;
  }

  contains(v: ArrayLike<number>, tol = TOL.compare): boolean {
    const r = this.residual(v);
    let norm = 0;
    for (let j = 0; j < this.dim; j++) norm += (r[j] as number) ** 2;
    return Math.sqrt(norm) <= tol;
  }

  /** Add v if it is independent of the basis; returns whether it was added. */
  add(v: ArrayLike<number>, tol = TOL.compare): boolean {
    const r = this.residual(v);
    let norm = 0;
    for (let j = 0; j < this.dim; j++) norm += (r[j] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm <= tol) return false;
    for (let j = 0; j < this.dim; j++) r[j] = (r[j] as number) / norm;
    this.rows.push(r);
    return true;
  }
}

/** The 0/1 characteristic vector of a coalition. */
export function indicator(mask: number, n: number): Float64Array {
  const e = new Float64Array(n);
  for (let i = 0; i < n; i++) if ((mask >>> i) & 1) e[i] = 1;
  return e;
}
