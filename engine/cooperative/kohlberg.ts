/**
 * Kohlberg's criterion, an independent check of a (pre)nucleolus for small games: x is
 * the prenucleolus iff for every level t the coalitions with excess ≥ t form a balanced
 * collection (positive weights λ_S with Σ λ_S 1_S = 1_N). For the nucleolus the
 * point must first be an imputation (x_i ≥ v(i)), and the singletons {i} with x_i = v(i)
 * may join each collection with weight ≥ 0 (weak balance). Comparisons use a tolerance
 * scaled by the game's largest worth. Each level is one feasibility LP: n ≤ 10 or so.
 * Ref: Kohlberg (1971), "On the nucleolus of a characteristic function game", SIAM J.
 * Appl. Math. 20; Peleg & Sudhölter (2007), Thm 5.2.7.
 */
import { coalitionSums, grandCoalition } from '../shared/bits';
import { TOL, approxEqual, approxLeq } from '../shared/numeric';
import { highsRuntime, solveLpWith, type LpRow } from '../shared/lp';
import type { TuGame } from './tuGame';

/** Whether the collection (with optional zero-weight extras) is (weakly) balanced. */
async function isBalanced(
  n: number,
  collection: readonly number[],
  extras: readonly number[],
): Promise<boolean> {
  // Variables: λ_S ≥ 1 for the collection (scaled positivity), μ_S ≥ 0 for extras, c ≥ 0:
  // Σ λ_S 1_S + Σ μ_S 1_S − c·1_N = 0.
  const cols = collection.length + extras.length + 1;
  const rows: LpRow[] = [];
  for (let i = 0; i < n; i++) {
    const coeffs = new Float64Array(cols);
    [...collection, ...extras].forEach((s, k) => {
      if ((s >>> i) & 1) coeffs[k] = 1;
    });
    coeffs[cols - 1] = -1;
    rows.push({ coeffs, lo: 0, hi: 0 });
  }
  const result = solveLpWith(await highsRuntime(), {
    sense: 'min',
    cost: new Array<number>(cols).fill(0),
    lower: [...collection.map(() => 1), ...extras.map(() => 0), 0],
    upper: new Array<number>(cols).fill(Infinity),
    rows,
  });
  return result.status === 'optimal';
}

export async function satisfiesKohlberg(
  game: TuGame,
  x: readonly number[],
  imputation: boolean,
): Promise<boolean> {
  const { n } = game;
  const all = grandCoalition(n);
  const sums = coalitionSums(x, n);
  // Absolute tolerance on the game's scale: excesses are differences of worths.
  let scale = 1;
  for (let s = 1; s <= all; s++) scale = Math.max(scale, Math.abs(game.v[s] as number));
  const tol = TOL.check * scale;
  const same = (a: number, b: number) => approxEqual(a / scale, b / scale, TOL.check);
  if (!same(sums[all] as number, game.v[all] as number)) return false;
  if (imputation) {
    for (let i = 0; i < n; i++)
      if (!approxLeq(game.v[1 << i] as number, x[i] as number, tol)) return false;
  }
  const excess = Array.from({ length: all - 1 }, (_, k) => ({
    s: k + 1,
    e: (game.v[k + 1] as number) - (sums[k + 1] as number),
  }));
  excess.sort((a, b) => b.e - a.e);
  const atBound = imputation
    ? Array.from({ length: n }, (_, i) => 1 << i).filter((s) =>
        same(sums[s] as number, game.v[s] as number),
      )
    : [];
  const collection: number[] = [];
  for (let k = 0; k < excess.length;) {
    const level = (excess[k] as { e: number }).e;
    while (k < excess.length && same((excess[k] as { e: number }).e, level)) {
      collection.push((excess[k] as { s: number }).s);
      k++;
    }
    if (!(await isBalanced(n, collection, atBound))) return false;
  }
  return true;
}
