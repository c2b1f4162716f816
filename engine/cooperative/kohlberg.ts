/**
 * Kohlberg's criterion, an independent check of a (pre)nucleolus for small games: x is
 * the prenucleolus iff for every level t the coalitions with excess ≥ t form a balanced
 * collection (positive weights λ_S with Σ λ_S 1_S = 1_N). For the nucleolus the
 * singletons {i} with x_i = v(i) may join each collection with weight ≥ 0 (weak balance).
 * Each level is one feasibility LP, so use it for n ≤ 10 or so.
 * Ref: Kohlberg (1971), "On the nucleolus of a characteristic function game", SIAM J.
 * Appl. Math. 20; Peleg & Sudhölter (2007), Thm 5.2.7.
 */
import { coalitionSums, grandCoalition } from '../shared/bits';
import { approxEqual } from '../shared/numeric';
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
  if (!approxEqual(sums[all] as number, game.v[all] as number, 1e-7)) return false;
  const excess = Array.from({ length: all - 1 }, (_, k) => ({
    s: k + 1,
    e: (game.v[k + 1] as number) - (sums[k + 1] as number),
  }));
  excess.sort((a, b) => b.e - a.e);
  const atBound = imputation
    ? Array.from({ length: n }, (_, i) => 1 << i).filter((s) =>
        approxEqual(sums[s] as number, game.v[s] as number, 1e-7),
      )
    : [];
  const collection: number[] = [];
  for (let k = 0; k < excess.length;) {
    const level = (excess[k] as { e: number }).e;
    while (k < excess.length && approxEqual((excess[k] as { e: number }).e, level, 1e-7)) {
      collection.push((excess[k] as { s: number }).s);
      k++;
    }
    if (!(await isBalanced(n, collection, atBound))) return false;
  }
  return true;
}
