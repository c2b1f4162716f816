/**
 * Parse an untrusted scenario document: migrate its version, validate it against the
 * schema, check every cross-reference, compile every formula, order the parameters
 * (refusing cycles) and evaluate the whole model once, so that any non-finite number is
 * reported with the path of the formula that produced it. Never throws on bad input.
 */
import type { Result } from '../shared/types';
import { compileFormula, constantFormula, type Formula } from './formula';
import { migrateScenario } from './migrate';
import { scenarioSchema } from './schema';
import type { CompiledScenario, ScenarioProblem } from './scenario';
import { evaluateScenario } from './evaluate';
import { checkReferences } from './references';
import { pointer } from '../shared/jsonPointer';

/** What a value is, for messages: "a string", "an array", "nothing". */
function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'object'
    ? 'an object'
    : `${typeof x === 'number' ? 'the number' : 'the ' + typeof x} ${JSON.stringify(x)}`;
}

/** Plain-language messages for schema violations (zod's defaults are for programmers). */
function plainMessage(iss: {
  code: string;
  input?: unknown;
  expected?: unknown;
  values?: unknown[];
  options?: unknown[];
  discriminator?: string;
}): string | undefined {
  if (iss.code === 'invalid_union' && Array.isArray(iss.options)) {
    const given =
      iss.discriminator && typeof iss.input === 'object' && iss.input !== null
        ? (iss.input as Record<string, unknown>)[iss.discriminator]
        : iss.input;
    return `must be one of ${iss.options.map((o) => JSON.stringify(o)).join(', ')}, not ${describe(given)}`;
  }
  if (iss.input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_union')) {
    return 'is required';
  }
  if (iss.code === 'invalid_type') {
    const expected = String(iss.expected);
    const name = expected === 'record' ? 'object' : expected;
    return `must be ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}, not ${describe(iss.input)}`;
  }
  if (iss.code === 'invalid_union')
    return `must be a number or a formula (a string), not ${describe(iss.input)}`;
  if (iss.code === 'invalid_value' && Array.isArray(iss.values)) {
    return `must be ${iss.values.map((v) => JSON.stringify(v)).join(' or ')}, not ${describe(iss.input)}`;
  }
  return undefined;
}

/** Compile a number-or-formula field, recording a problem at its path on failure. */
function compileAt(
  raw: number | string | undefined,
  fallback: number,
  path: string,
  isKnown: (name: string) => boolean,
  problems: ScenarioProblem[],
): Formula {
  if (raw === undefined) return constantFormula(fallback);
  if (typeof raw === 'number') return constantFormula(raw);
  const r = compileFormula(raw, isKnown);
  if (!r.ok) {
    for (const e of r.errors)
      problems.push({
        path,
        message: `formula "${raw.length > 60 ? raw.slice(0, 57) + '…' : raw}": ${e}`,
      });
    return constantFormula(Number.NaN);
  }
  return r.value;
}

/** Order parameters so each follows those it reads; report each cycle once. */
function orderParameters(
  formulas: ReadonlyMap<string, Formula>,
  problems: ScenarioProblem[],
): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]) => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      problems.push({
        path: pointer(['parameters', id, 'value']),
        message: `parameters form a cycle: ${cycle.join(' → ')}`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const dep of formulas.get(id)?.symbols ?? []) visit(dep, [...trail, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of formulas.keys()) visit(id, []);
  return order;
}

export function parseScenario(doc: unknown): Result<CompiledScenario, ScenarioProblem> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, errors: [{ path: '', message: 'a scenario file must be a JSON object' }] };
  }
  const migrated = migrateScenario(doc as Record<string, unknown>);
  if (!migrated.ok) return migrated;
  const checked = scenarioSchema.safeParse(migrated.value, { error: plainMessage });
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({
              path: pointer([...issue.path, key]),
              message: `unknown field "${key}"`,
            }))
          : [{ path: pointer(issue.path), message: issue.message }],
      ),
    };
  }
  const file = checked.data;
  const problems: ScenarioProblem[] = [];
  checkReferences(file, problems);
  if (problems.length > 0) return { ok: false, errors: problems };

  const isKnown = (name: string) => Object.prototype.hasOwnProperty.call(file.parameters, name);
  const parameters = new Map<string, Formula>();
  for (const [key, p] of Object.entries(file.parameters)) {
    parameters.set(
      key,
      compileAt(p.value, 0, pointer(['parameters', key, 'value']), isKnown, problems),
    );
  }
  const players = file.players.filter((p) => p.role !== 'outside');
  const leader = players.findIndex((p) => p.role === 'leader');
  const playerFormulas = (field: 'discount' | 'bargainingPower', fallback: number) =>
    players.map((p) =>
      compileAt(
        p[field],
        fallback,
        `/players/${file.players.indexOf(p)}/${field}`,
        isKnown,
        problems,
      ),
    );
  const formulas = {
    parameters,
    clauseValue: file.clauses.map((c, ci) =>
      players.map((p) =>
        compileAt(c.value[p.id], 0, pointer(['clauses', ci, 'value', p.id]), isKnown, problems),
      ),
    ),
    disagreement: players.map((p) =>
      compileAt(file.disagreement[p.id], 0, pointer(['disagreement', p.id]), isKnown, problems),
    ),
    instrumentCost: file.instruments.map((ins, k) =>
      compileAt(ins.cost, 0, `/instruments/${k}/cost`, isKnown, problems),
    ),
    instrumentValue: file.instruments.map((ins, k) =>
      compileAt(ins.value, 0, `/instruments/${k}/value`, isKnown, problems),
    ),
    jointStatementFactor: compileAt(
      file.jointStatementFactor,
      0,
      '/jointStatementFactor',
      isKnown,
      problems,
    ),
    leaderBudget: compileAt(file.leaderBudget, 0, '/leaderBudget', isKnown, problems),
    credibility: compileAt(file.credibility, 1, '/credibility', isKnown, problems),
    discount: playerFormulas('discount', 0.99),
    bargainingPower: playerFormulas('bargainingPower', 1),
    characteristic: file.characteristic
      ? compileAt(
          file.characteristic.formula,
          0,
          '/characteristic/formula',
          (name) => isKnown(name) || players.some((p) => `in_${p.id}` === name),
          problems,
        )
      : undefined,
    outsideBudget: new Map(
      file.players.flatMap((p, i) =>
        p.role === 'outside'
          ? [[p.id, compileAt(p.budget, 0, `/players/${i}/budget`, isKnown, problems)] as const]
          : [],
      ),
    ),
  };
  const parameterOrder = orderParameters(parameters, problems);
  if (problems.length > 0) return { ok: false, errors: problems };
  const scenario: CompiledScenario = {
    file,
    players,
    leader,
    outside: file.players.filter((p) => p.role === 'outside'),
    parameterOrder,
    formulas,
  };
  // Evaluate once at the file's values: every non-finite or out-of-range number is reported.
  const evaluated = evaluateScenario(scenario);
  if (!evaluated.ok) return { ok: false, errors: evaluated.errors };
  return { ok: true, value: scenario };
}
