/**
 * Kalai–Smorodinsky solution: the maximal feasible point on the segment from d to the
 * ideal point a (each player's best payoff given the other gets at least d).
 * Ref: Kalai & Smorodinsky (1975), Econometrica 43.
 */
import { frontierAt, paretoFrontier, type Frontier, type Point } from './frontier';

/** a_i = max u_i over feasible u ≥ d. */
export function idealPoint(f: Frontier, d: Point): Point {
  const a2 = frontierAt(f, d[0]);
  let a1 = d[0];
  const vs = f.vertices;
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i] as Point;
    if (v[1] >= d[1]) a1 = Math.max(a1, v[0]);
    const next = vs[i + 1];
    if (next && v[1] >= d[1] && next[1] < d[1]) {
      a1 = Math.max(a1, v[0] + ((next[0] - v[0]) * (d[1] - v[1])) / (next[1] - v[1]));
    }
  }
  return [a1, a2];
}

/** Largest t ∈ [0, 1] with d + t·dir feasible, by bisection-free segment intersection. */
export function furthestAlong(f: Frontier, d: Point, dir: Point): number {
  // g(t) = f(d1 + t·dir1) − (d2 + t·dir2) is concave and decreasing past its root; its
  // zero lies on one segment: scan the frontier's vertices for the sign change.
  const g = (t: number) => frontierAt(f, d[0] + t * dir[0]) - (d[1] + t * dir[1]);
  let lo = 0;
  const ts = f.vertices
    .map((v) => (dir[0] > 0 ? (v[0] - d[0]) / dir[0] : NaN))
    .filter((t) => t > 0 && Number.isFinite(t))
    .sort((x, y) => x - y);
  for (const t of ts) {
    if (g(t) >= 0) lo = t;
    else {
      // Root between lo and t, where f is linear: solve exactly.
      const glo = g(lo);
      const gt = g(t);
      return lo + (glo * (t - lo)) / (glo - gt);
    }
  }
  return dir[0] > 0 ? lo : g(1) >= 0 ? 1 : 0;
}

export function kalaiSmorodinskySolution(d: Point, points: readonly Point[]): Point {
  const f = paretoFrontier(d, points);
  const a = idealPoint(f, d);
  const dir: Point = [a[0] - d[0], a[1] - d[1]];
  if (dir[0] <= 0 || dir[1] <= 0) return d;
  const t = Math.min(1, furthestAlong(f, d, dir));
  return [d[0] + t * dir[0], d[1] + t * dir[1]];
}
