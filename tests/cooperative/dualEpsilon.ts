/** An independent least-core check for tests: the ε of the dual LP, solved by HiGHS. */
import { grandCoalition } from '../../engine/shared/bits';
import { solveLp } from '../../engine/shared/lp';
import type { TuGame } from '../../engine/cooperative/tuGame';

/**
 * The least-core ε from the dual LP, formulated independently of the engine's primal:
 *   max Σ_S y_S v(S) − c·v(N)  s.t.  Σ_{S∋i} y_S = c for every i,  Σ_S y_S = 1,  y ≥ 0,
 * over proper coalitions S (a balanced collection with weights y/c). By LP duality this
 * equals the smallest ε with x(S) ≥ v(S) − ε for all S and x(N) = v(N).
 */
export async function dualEpsilon(g: TuGame): Promise<number> {
  const all = grandCoalition(g.n);
  const cols = all; // y_1 … y_{all−1}, then c
  const rows = [];
  for (let i = 0; i < g.n; i++) {
    const coeffs = new Float64Array(cols);
    for (let s = 1; s < all; s++) if ((s >>> i) & 1) coeffs[s - 1] = 1;
    coeffs[cols - 1] = -1;
    rows.push({ coeffs, lo: 0, hi: 0 });
  }
  const ones = new Float64Array(cols).fill(1);
  ones[cols - 1] = 0;
  rows.push({ coeffs: ones, lo: 1, hi: 1 });
  const cost = [
    ...Array.from({ length: all - 1 }, (_, k) => g.v[k + 1] as number),
    -(g.v[all] as number),
  ];
  const r = await solveLp({
    sense: 'max',
    cost,
    lower: new Array<number>(cols).fill(0),
    upper: new Array<number>(cols).fill(Infinity),
    rows,
  });
  if (r.status !== 'optimal') throw new Error(`dual LP: ${r.status}`);
  return r.objective;
}
