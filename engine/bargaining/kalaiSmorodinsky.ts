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

/**
 * Largest t ≥ 0 with d + t·dir feasible (dir ≥ 0, not both 0). Along the ray, the slack
 * g(t) = f(d1 + t·dir1) − (d2 + t·dir2) is linear between the frontier's vertices, so the
 * root is found exactly on one piece. Vertices are evaluated at their own coordinates:
 * recomputing u1 from t can overshoot the last vertex by one ulp and fall off the set.
 */
export function furthestAlong(f: Frontier, d: Point, dir: Point): number {
  if (dir[0] <= 0) return dir[1] > 0 ? Math.max(0, (frontierAt(f, d[0]) - d[1]) / dir[1]) : 0;
  const knots: { t: number; g: number }[] = [{ t: 0, g: frontierAt(f, d[0]) - d[1] }];
  for (const v of f.vertices) {
    const t = (v[0] - d[0]) / dir[0];
    if (t > 0) knots.push({ t, g: v[1] - (d[1] + t * dir[1]) });
  }
  if ((knots[0] as { g: number }).g < 0) return 0;
  for (let k = 1; k < knots.length; k++) {
    const a = knots[k - 1] as { t: number; g: number };
    const b = knots[k] as { t: number; g: number };
    if (b.g < 0) return a.t + (a.g * (b.t - a.t)) / (a.g - b.g);
  }
  // Never below the frontier: the set ends at the last vertex.
  return (knots[knots.length - 1] as { t: number }).t;
}

export function kalaiSmorodinskySolution(d: Point, points: readonly Point[]): Point {
  const f = paretoFrontier(d, points);
  const a = idealPoint(f, d);
  const dir: Point = [a[0] - d[0], a[1] - d[1]];
  if (dir[0] <= 0 || dir[1] <= 0) return d;
  const t = Math.min(1, furthestAlong(f, d, dir));
  return [d[0] + t * dir[0], d[1] + t * dir[1]];
}
