/**
 * Linear programs through HiGHS (compiled to WebAssembly, MIT): the one place the
 * engine talks to an LP solver. Dense rows are packed to CSR; duals are returned so
 * callers can apply complementary slackness (the nucleolus needs it).
 * Ref: Huangfu & Hall (2018), "Parallelizing the dual revised simplex method".
 */
import loadHighs from 'highs';
import type { Highs } from 'highs';

type Loader = () => Promise<Highs>;

let loader: Loader = () => loadHighs();
let loaded: Promise<Highs> | undefined;

/**
 * Replace how HiGHS is loaded. The browser passes a loader with `locateFile` pointing
 * at the bundled .wasm asset; Node and Vitest use the default.
 */
export function setHighsLoader(next: Loader): void {
  loader = next;
  loaded = undefined;
}

/** The shared HiGHS runtime, loaded on first use. */
export function highsRuntime(): Promise<Highs> {
  loaded ??= loader();
  return loaded;
}

/** One linear constraint lo ≤ Σ coeffs[j]·x_j ≤ hi, with coefficients over all columns. */
export interface LpRow {
  readonly coeffs: ArrayLike<number>;
  readonly lo: number;
  readonly hi: number;
}

export interface LpProblem {
  readonly sense: 'min' | 'max';
  readonly cost: readonly number[];
  /** Column bounds; ±Infinity for none. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly rows: readonly LpRow[];
}

export type LpResult =
  | {
      readonly status: 'optimal';
      readonly x: number[];
      readonly objective: number;
      readonly rowDual: number[];
    }
  | { readonly status: 'infeasible' | 'unbounded' | 'other'; readonly message: string };

/** Solve a (small, dense) LP. Synchronous once HiGHS is loaded. */
export function solveLpWith(highs: Highs, lp: LpProblem): LpResult {
  const numCols = lp.cost.length;
  const starts: number[] = [];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const inf = highs.infinity;
  const bound = (b: number) => (b === Infinity ? inf : b === -Infinity ? -inf : b);
  for (const row of lp.rows) {
    starts.push(indices.length);
    for (let j = 0; j < numCols; j++) {
      const c = row.coeffs[j] as number;
      if (c !== 0) {
        indices.push(j);
        values.push(c);
      }
    }
    rowLower.push(bound(row.lo));
    rowUpper.push(bound(row.hi));
  }
  starts.push(indices.length);
  const model = highs.createModel({
    numCols,
    numRows: lp.rows.length,
    sense:
      lp.sense === 'max'
        ? highs.constants.objectiveSense.maximize
        : highs.constants.objectiveSense.minimize,
    colCost: lp.cost,
    colLower: lp.lower.map(bound),
    colUpper: lp.upper.map(bound),
    rowLower,
    rowUpper,
    matrix: {
      format: 'csr',
      numRows: lp.rows.length,
      numCols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
  });
  try {
    model.options.set({ output_flag: false });
    model.run();
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.optimal) {
      const sol = model.getSolution();
      return {
        status: 'optimal',
        x: Array.from(sol.colValue),
        objective: model.getObjectiveValue(),
        rowDual: Array.from(sol.rowDual),
      };
    }
    if (status === codes.infeasible) return { status: 'infeasible', message: 'LP is infeasible' };
    if (status === codes.unbounded) return { status: 'unbounded', message: 'LP is unbounded' };
    return { status: 'other', message: `HiGHS model status ${status}` };
  } finally {
    model.dispose();
  }
}

/** Load HiGHS if needed, then solve. */
export async function solveLp(lp: LpProblem): Promise<LpResult> {
  return solveLpWith(await highsRuntime(), lp);
}
