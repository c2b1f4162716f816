/**
 * The core of a game seen through three chosen players, the others' payoffs held fixed —
 * for a 3-player game, the classic picture of the imputation triangle and the core
 * polygon (e.g. Maschler, Solan and Zamir 2013, Game Theory, §17.2).
 *
 * With R the other players and their payoffs x_R fixed, the chosen players C = {a, b, c}
 * share t = v(N) − x(R), and a coalition S ⊆ C must get at least
 *   b(S) = max over Q ⊆ R of v(S ∪ Q) − x(Q)      (every core constraint touching S).
 * The imputation triangle is {x_C ≥ b({i}) for each i, Σ x_C = t}; the core slice cuts it
 * with x_i + x_j ≥ b({i, j}), i.e. x_k ≤ t − b({i, j}). Both are convex polygons in the
 * plane Σ x_C = t, returned as points (x_a, x_b, x_c) in order around the boundary.
 */
import { EPS } from '../shared/numeric';
import type { TuGame } from './tuGame';

export type Point3 = readonly [number, number, number];

export interface CoreSlice {
  /** The amount the three chosen players share. */
  readonly total: number;
  /** Corners of the imputation triangle (empty if the players cannot all get b({i})). */
  readonly triangle: Point3[];
  /** Corners of the core slice, in order (empty if the core misses this slice). */
  readonly core: Point3[];
  /** b(S) for S = {a}, {b}, {c}, {a,b}, {a,c}, {b,c} (keys "0", "1", "2", "01", "02", "12"). */
  readonly bounds: Record<string, number>;
}

/** Sutherland–Hodgman clipping of a convex polygon by the half-space p·w ≤ limit. */
function clip(poly: Point3[], w: Point3, limit: number): Point3[] {
  const side = (p: Point3) => p[0] * w[0] + p[1] * w[1] + p[2] * w[2] - limit;
  const out: Point3[] = [];
  poly.forEach((p, i) => {
    const q = poly[(i + 1) % poly.length] as Point3;
    const sp = side(p);
    const sq = side(q);
    if (sp <= EPS) out.push(p);
    if ((sp < -EPS && sq > EPS) || (sp > EPS && sq < -EPS)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), p[2] + t * (q[2] - p[2])]);
    }
  });
  return out;
}

/**
 * @param chosen three distinct player indices
 * @param fixed payoffs of every player (only the others' entries are read)
 */
export function coreSlice(
  game: TuGame,
  chosen: readonly [number, number, number],
  fixed: readonly number[] = [],
): CoreSlice {
  const { n, v } = game;
  const [a, b, c] = chosen;
  if (new Set(chosen).size !== 3 || chosen.some((i) => i < 0 || i >= n))
    throw new RangeError('choose three distinct players of the game');
  const cMask = (1 << a) | (1 << b) | (1 << c);
  const all = (1 << n) - 1;
  const rest = all & ~cMask;
  const xOf = (q: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) if ((q >>> i) & 1) s += fixed[i] ?? 0;
    return s;
  };
  // b(S): walk the subsets Q of R (Q = 0 included).
  const bound = (s: number) => {
    let best = -Infinity;
    for (let q = rest; ; q = (q - 1) & rest) {
      const worth = (v[s | q] as number) - xOf(q);
      if (worth > best) best = worth;
      if (q === 0) break;
    }
    return best;
  };
  const total = (v[all] as number) - xOf(rest);
  const one = [bound(1 << a), bound(1 << b), bound(1 << c)] as const;
  const two = [bound((1 << a) | (1 << b)), bound((1 << a) | (1 << c)), bound((1 << b) | (1 << c))];
  const bounds: Record<string, number> = {
    '0': one[0],
    '1': one[1],
    '2': one[2],
    '01': two[0] as number,
    '02': two[1] as number,
    '12': two[2] as number,
  };
  const slack = total - one[0] - one[1] - one[2];
  if (slack < -EPS) return { total, triangle: [], core: [], bounds };
  const triangle: Point3[] = [
    [one[0] + slack, one[1], one[2]],
    [one[0], one[1] + slack, one[2]],
    [one[0], one[1], one[2] + slack],
  ];
  // Constraints without the chosen players, or with all three, do not cut the plane: they
  // either hold for every point of it or for none.
  const outside = bound(0) > EPS || bound(cMask) > total + EPS;
  // x_c ≤ t − b(ab), x_b ≤ t − b(ac), x_a ≤ t − b(bc).
  let core = outside ? [] : clip(triangle, [0, 0, 1], total - (two[0] as number));
  if (core.length) core = clip(core, [0, 1, 0], total - (two[1] as number));
  if (core.length) core = clip(core, [1, 0, 0], total - (two[2] as number));
  return { total, triangle, core, bounds };
}
