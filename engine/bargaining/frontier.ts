/**
 * The Pareto frontier of a two-player bargaining set given as the comprehensive convex
 * hull of a disagreement point d and finitely many payoff points: the feasible set is
 * {u : u ≤ p for some p in conv({d} ∪ points)}. Its upper boundary is a concave,
 * non-increasing, piecewise-linear function u2 = f(u1), flat up to the highest point.
 * Ref: Andrew's monotone chain (1979) for the upper hull.
 */

export type Point = readonly [number, number];

export interface Frontier {
  /** Strictly Pareto-optimal vertices, u1 increasing and u2 decreasing. */
  readonly vertices: readonly Point[];
}

const cross = (o: Point, a: Point, b: Point) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The Pareto chain of conv({d} ∪ points): from the highest point to the rightmost. */
export function paretoFrontier(d: Point, points: readonly Point[]): Frontier {
  const pts = [d, ...points].slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const upper: Point[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as Point;
    while (
      upper.length >= 2 &&
      cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0
    ) {
      upper.pop();
    }
    upper.push(p);
  }
  upper.reverse(); // left to right along the upper hull
  // Keep the part from the highest point (rightmost among ties) to the rightmost point.
  let top = 0;
  upper.forEach((p, i) => {
    const t = upper[top] as Point;
    if (p[1] > t[1] || (p[1] === t[1] && p[0] > t[0])) top = i;
  });
  const chain = upper.slice(top);
  // Drop a trailing vertex that is not strictly better in u1 (vertical segments).
  const vertices: Point[] = [];
  for (const p of chain) {
    const last = vertices[vertices.length - 1];
    if (last && p[0] <= last[0]) continue;
    vertices.push(p);
  }
  return { vertices };
}

/** f(u1): the most player 2 can get when player 1 gets u1; −Infinity beyond the frontier. */
export function frontierAt(f: Frontier, u1: number): number {
  const vs = f.vertices;
  const first = vs[0] as Point;
  if (u1 <= first[0]) return first[1];
  for (let i = 1; i < vs.length; i++) {
    const a = vs[i - 1] as Point;
    const b = vs[i] as Point;
    if (u1 <= b[0]) return a[1] + ((b[1] - a[1]) * (u1 - a[0])) / (b[0] - a[0]);
  }
  return -Infinity;
}

/** The frontier's segments, with the flat part left of the highest point as a ray. */
export function frontierSegments(f: Frontier, d: Point): [Point, Point][] {
  const vs = f.vertices;
  const first = vs[0] as Point;
  const segs: [Point, Point][] = [];
  if (d[0] < first[0]) segs.push([[d[0], first[1]], first]);
  for (let i = 1; i < vs.length; i++) segs.push([vs[i - 1] as Point, vs[i] as Point]);
  if (segs.length === 0) segs.push([first, first]);
  return segs;
}

/** Whether some feasible point gives both players strictly more than d. */
export function hasGainsFromTrade(f: Frontier, d: Point): boolean {
  return (
    f.vertices.some((p) => p[0] > d[0] && frontierAt(f, p[0]) > d[1]) ||
    ((f.vertices[0] as Point)[0] > d[0] && (f.vertices[0] as Point)[1] > d[1])
  );
}
