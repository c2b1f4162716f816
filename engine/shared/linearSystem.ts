import { TOL } from './numeric';
/** Dense Gaussian elimination with partial pivoting, for the small systems of core vertices. */

/** Solve A x = b; undefined when A is singular (pivot below tol). */
export function solveLinearSystem(
  a: number[][],
  b: number[],
  tol = TOL.pivot,
): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (
        Math.abs((m[r] as number[])[col] as number) >
        Math.abs((m[pivot] as number[])[col] as number)
      )
        pivot = r;
    }
    if (Math.abs((m[pivot] as number[])[col] as number) < tol) return undefined;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const p = m[col] as number[];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      if (f !== 0)
        for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}
