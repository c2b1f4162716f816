/**
 * Egalitarian (proportional with equal weights) solution: the maximal feasible point
 * that gives both players the same gain over d.
 * Ref: Kalai (1977), "Proportional solutions to bargaining situations", Econometrica 45.
 */
import { paretoFrontier, type Point } from './frontier';
import { furthestAlong } from './kalaiSmorodinsky';

export function egalitarianSolution(d: Point, points: readonly Point[]): Point {
  const f = paretoFrontier(d, points);
  // Scale the direction (1, 1) far enough that t ≤ 1 covers the whole frontier.
  const reach = Math.max(
    1,
    ...f.vertices.map((v) => Math.abs(v[0] - d[0]) + Math.abs(v[1] - d[1])),
  );
  const t = furthestAlong(f, d, [reach, reach]);
  return [d[0] + t * reach, d[1] + t * reach];
}
