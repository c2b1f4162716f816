/**
 * Evaluate a compiled scenario to numbers: parameters in dependency order (with optional
 * overrides, as the model editor's sliders and sweeps set them), then every formula.
 * Non-finite results and values outside their meaningful range are reported with the path
 * of the formula that produced them.
 */
import type { Result } from '../shared/types';
import { MAGNITUDE_MESSAGE, withinMagnitude } from '../shared/limits';
import type { Formula } from './formula';
import type { CompiledScenario, ScenarioProblem } from './scenario';
import { pointer as jsonPointer } from '../shared/jsonPointer';

export interface ScenarioNumbers {
  readonly parameters: ReadonlyMap<string, number>;
  /** clauseValue[c][p] in US$ bn. */
  readonly clauseValue: readonly (readonly number[])[];
  readonly disagreement: readonly number[];
  readonly instrumentCost: readonly number[];
  readonly instrumentValue: readonly number[];
  readonly jointStatementFactor: number;
  readonly leaderBudget: number;
  readonly credibility: number;
  readonly discount: readonly number[];
  readonly bargainingPower: readonly number[];
  /** Worth of every coalition (bitmask over the game's players) when given directly. */
  readonly characteristic: Float64Array | undefined;
  /** Budgets of outside actors, by player id. */
  readonly outsideBudget: Readonly<Record<string, number>>;
}

const pointer = (...path: PropertyKey[]) => jsonPointer(path);

/** v(S) for every coalition from a direct formula, with in_<ID> bound to membership. */
function directCharacteristic(
  scenario: CompiledScenario,
  formula: Formula,
  parameters: ReadonlyMap<string, number>,
  problems: ScenarioProblem[],
): Float64Array {
  const n = scenario.players.length;
  const sign = scenario.file.characteristic?.kind === 'cost' ? -1 : 1;
  const v = new Float64Array(2 ** n);
  const scope = new Map(parameters);
  for (let s = 0; s < v.length; s++) {
    scenario.players.forEach((p, i) => scope.set(`in_${p.id}`, (s >>> i) & 1));
    const x = formula.evaluate(scope);
    if (!Number.isFinite(x)) {
      problems.push({
        path: '/characteristic/formula',
        message: `evaluates to ${x} for a coalition, not a finite number`,
      });
      break;
    }
    if (s === 0 && x !== 0) {
      problems.push({
        path: '/characteristic/formula',
        message: `gives the empty coalition ${x}; it must give 0`,
      });
      break;
    }
    v[s] = sign * x + 0; // + 0 turns −0 into 0
  }
  return v;
}

export function evaluateScenario(
  scenario: CompiledScenario,
  overrides: ReadonlyMap<string, number> = new Map(),
): Result<ScenarioNumbers, ScenarioProblem> {
  const problems: ScenarioProblem[] = [];
  const values = new Map<string, number>();
  const { file, formulas } = scenario;
  for (const id of scenario.parameterOrder) {
    const override = overrides.get(id);
    let x: number;
    try {
      x = override ?? (formulas.parameters.get(id) as Formula).evaluate(values);
    } catch (e) {
      problems.push({ path: pointer('parameters', id, 'value'), message: (e as Error).message });
      continue;
    }
    if (!Number.isFinite(x)) {
      problems.push({
        path: pointer('parameters', id, 'value'),
        message: `evaluates to ${x}, not a finite number`,
      });
      continue;
    }
    if (!withinMagnitude(x)) {
      problems.push({
        path: pointer('parameters', id, 'value'),
        message: `${x} ${MAGNITUDE_MESSAGE}`,
      });
      continue;
    }
    const range = file.parameters[id]?.range;
    if (override === undefined && range && (x < range[0] || x > range[1])) {
      problems.push({
        path: pointer('parameters', id, 'value'),
        message: `${x} is outside its range [${range[0]}, ${range[1]}]`,
      });
    }
    values.set(id, x);
  }
  if (problems.length > 0) return { ok: false, errors: problems };

  // The path is built only when there is a problem to report (a game evaluates the
  // model once per setup, so this runs thousands of times a second in a simulation).
  const run = (
    f: Formula,
    where: () => string,
    check?: (x: number) => string | undefined,
  ): number => {
    let x: number;
    try {
      x = f.evaluate(values);
    } catch (e) {
      problems.push({ path: where(), message: (e as Error).message });
      return Number.NaN;
    }
    if (!Number.isFinite(x)) {
      problems.push({
        path: where(),
        message: `formula "${f.text}" evaluates to ${x}, not a finite number`,
      });
    } else if (!withinMagnitude(x)) {
      problems.push({
        path: where(),
        message: `formula "${f.text}" evaluates to ${x}, which ${MAGNITUDE_MESSAGE}`,
      });
    } else {
      const why = check?.(x);
      if (why)
        problems.push({ path: where(), message: `formula "${f.text}" evaluates to ${x}; ${why}` });
    }
    return x;
  };
  const unit = (x: number) => (x < 0 || x > 1 ? 'it must lie in [0, 1]' : undefined);
  const playerIndex = (p: number) =>
    file.players.indexOf(scenario.players[p] as (typeof file.players)[number]);
  let numbers: ScenarioNumbers = {
    parameters: values,
    clauseValue: formulas.clauseValue.map((row, c) =>
      row.map((f, p) => run(f, () => pointer('clauses', c, 'value', scenario.players[p]?.id ?? p))),
    ),
    disagreement: formulas.disagreement.map((f, p) =>
      run(f, () => pointer('disagreement', scenario.players[p]?.id ?? p)),
    ),
    instrumentCost: formulas.instrumentCost.map((f, k) =>
      run(
        f,
        () => pointer('instruments', k, 'cost'),
        (x) => (x < 0 ? 'a cost must not be negative' : undefined),
      ),
    ),
    instrumentValue: formulas.instrumentValue.map((f, k) =>
      run(
        f,
        () => pointer('instruments', k, 'value'),
        (x) => (x < 0 ? 'a value must not be negative' : undefined),
      ),
    ),
    jointStatementFactor: run(formulas.jointStatementFactor, () => '/jointStatementFactor', unit),
    leaderBudget: run(
      formulas.leaderBudget,
      () => '/leaderBudget',
      (x) => (x < 0 ? 'a budget must not be negative' : undefined),
    ),
    credibility: run(formulas.credibility, () => '/credibility', unit),
    discount: formulas.discount.map((f, p) =>
      run(
        f,
        () => pointer('players', playerIndex(p), 'discount'),
        (x) => (x <= 0 || x >= 1 ? 'it must lie in (0, 1)' : undefined),
      ),
    ),
    bargainingPower: formulas.bargainingPower.map((f, p) =>
      run(
        f,
        () => pointer('players', playerIndex(p), 'bargainingPower'),
        (x) => (x <= 0 ? 'it must be positive' : undefined),
      ),
    ),
    characteristic: undefined,
    outsideBudget: Object.fromEntries(
      [...formulas.outsideBudget].map(([id, f]) => [
        id,
        run(
          f,
          () =>
            pointer(
              'players',
              file.players.findIndex((p) => p.id === id),
              'budget',
            ),
          (x) => (x < 0 ? 'a budget must not be negative' : undefined),
        ),
      ]),
    ),
  };
  if (formulas.characteristic && problems.length === 0) {
    numbers = {
      ...numbers,
      characteristic: directCharacteristic(scenario, formulas.characteristic, values, problems),
    };
  }
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, value: numbers };
}
