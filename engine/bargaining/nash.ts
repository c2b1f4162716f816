/**
 * Nash bargaining solution: the feasible point maximizing (u1 − d1)(u2 − d2) over points
 * that weakly improve on d. On each frontier segment u2 = a + b·u1 the product is a
 * concave quadratic, maximized in closed form, so the result is exact for rational input.
 * Ref: Nash (1950), "The bargaining problem", Econometrica 18.
 * @example nashBargainingSolution([0, 0], [[0, 1], [1, 0]]) // → [0.5, 0.5]
 */
import { frontierSegments, paretoFrontier, type Point } from './frontier';

export function nashBargainingSolution(d: Point, points: readonly Point[]): Point {
  const f = paretoFrontier(d, points);
  let best: Point = d;
  let bestProduct = 0;
  for (const [p, q] of frontierSegments(f, d)) {
    const candidates: number[] = [p[0], q[0]];
    if (q[0] > p[0]) {
      const b = (q[1] - p[1]) / (q[0] - p[0]);
      const a = p[1] - b * p[0];
      if (b < 0) candidates.push((d[1] - a + b * d[0]) / (2 * b));
    }
    for (const u1 of candidates) {
      if (u1 < p[0] || u1 > q[0]) continue;
      const u2 = q[0] > p[0] ? p[1] + ((q[1] - p[1]) * (u1 - p[0])) / (q[0] - p[0]) : p[1];
      const product = (u1 - d[0]) * (u2 - d[1]);
      if (u1 >= d[0] && u2 >= d[1] && product > bestProduct) {
        bestProduct = product;
        best = [u1, u2];
      }
    }
  }
  return best;
}

/**
 * n-player Nash bargaining over a transferable surplus with bargaining powers α:
 * maximizing Π (x_i − d_i)^{α_i} s.t. Σx = v gives x_i = d_i + α_i/Σα · (v − Σd).
 * Ref: Kalai (1977), "Nonsymmetric Nash solutions".
 */
export function nashTuSolution(
  total: number,
  d: readonly number[],
  powers?: readonly number[],
): number[] {
  const alpha = powers ?? d.map(() => 1);
  const surplus = total - d.reduce((s, x) => s + x, 0);
  const weight = alpha.reduce((s, x) => s + x, 0);
  return d.map((di, i) => di + ((alpha[i] as number) / weight) * surplus);
}
