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
  const gain = furthestAlong(f, d, [reach, reach]) * reach;
  // Rounding in t·reach can step past the set's edge (5.000000000000001 against 5); the set
  // is comprehensive, so capping each coordinate at the frontier's extent stays inside it.
  const maxX = Math.max(...f.vertices.map((v) => v[0]));
  const maxY = Math.max(...f.vertices.map((v) => v[1]));
  return [Math.min(d[0] + gain, maxX), Math.min(d[1] + gain, maxY)];
}
