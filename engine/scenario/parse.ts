/**
 * Parse an untrusted scenario document: migrate its version, validate it against the
 * schema, check every cross-reference, compile every formula, order the parameters
 * (refusing cycles) and evaluate the whole model once, so that any non-finite number is
 * reported with the path of the formula that produced it. Never throws on bad input.
 */
import type { Result } from '../shared/types';
import { compileFormula, constantFormula, type Formula } from './formula';
import { migrateScenario } from './migrate';
import {
  FORMULA_NAMES,
  OBJECT_KEYS,
  RESERVED_FORMULA_NAME,
  RESERVED_OBJECT_KEY,
  scenarioSchema,
  type ScenarioFile,
} from './schema';
import type { CompiledScenario, ScenarioProblem } from './scenario';
import { evaluateScenario } from './evaluate';
import { dayOf, MAX_LOBBYING_DAYS } from './calendar';
import { MAX_OPTIMUM_WORK } from '../shared/limits';

const pointer = (path: readonly PropertyKey[]) =>
  path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

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

/** Check ids, references and ranges that the schema alone cannot. */
function checkReferences(file: ScenarioFile, problems: ScenarioProblem[]): void {
  const players = new Map(file.players.map((p, i) => [p.id, i]));
  const seenPlayers = new Set<string>();
  file.players.forEach((p, i) => {
    if (seenPlayers.has(p.id))
      problems.push({ path: `/players/${i}/id`, message: `player id "${p.id}" is used twice` });
    seenPlayers.add(p.id);
    if (p.role !== 'outside' && (p.active !== undefined || p.budget !== undefined)) {
      problems.push({
        path: `/players/${i}`,
        message: '"active" and "budget" are for outside actors only',
      });
    }
  });
  const leaders = file.players.filter((p) => p.role === 'leader');
  if (leaders.length !== 1)
    problems.push({
      path: '/players',
      message: `needs exactly one leader, found ${leaders.length}`,
    });
  if (!file.players.some((p) => p.role === 'member'))
    problems.push({ path: '/players', message: 'needs at least one member' });
  const inGame = (pid: string) => {
    const i = players.get(pid);
    return i !== undefined && file.players[i]?.role !== 'outside';
  };

  for (const key of Object.keys(file.parameters)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,59}$/.test(key)) {
      problems.push({
        path: pointer(['parameters', key]),
        message: 'a parameter id is a letter or "_" followed by letters, digits or "_"',
      });
    } else if (OBJECT_KEYS.includes(key) || FORMULA_NAMES.includes(key)) {
      problems.push({
        path: pointer(['parameters', key]),
        message: OBJECT_KEYS.includes(key) ? RESERVED_OBJECT_KEY : RESERVED_FORMULA_NAME,
      });
    }
    const p = file.parameters[key];
    if (p?.range && p.range[0] > p.range[1]) {
      problems.push({
        path: pointer(['parameters', key, 'range']),
        message: 'range must be [min, max] with min ≤ max',
      });
    }
  }

  if (file.clauses.length === 0 && !file.characteristic) {
    problems.push({
      path: '/clauses',
      message: 'needs at least one clause (or a "characteristic" formula)',
    });
  }
  if (file.history?.shares) {
    for (const pid of Object.keys(file.history.shares)) {
      if (!inGame(pid))
        problems.push({
          path: pointer(['history', 'shares', pid]),
          message: `"${pid}" is not a leader or member`,
        });
    }
  }
  const clauseIds = new Set<string>();
  file.clauses.forEach((c, ci) => {
    if (clauseIds.has(c.id))
      problems.push({ path: `/clauses/${ci}/id`, message: `clause id "${c.id}" is used twice` });
    clauseIds.add(c.id);
    for (const pid of Object.keys(c.value)) {
      if (!inGame(pid))
        problems.push({
          path: pointer(['clauses', ci, 'value', pid]),
          message: `"${pid}" is not a leader or member`,
        });
    }
  });
  for (const pid of Object.keys(file.disagreement)) {
    if (!inGame(pid))
      problems.push({
        path: pointer(['disagreement', pid]),
        message: `"${pid}" is not a leader or member`,
      });
  }
  const instrumentIds = new Set<string>();
  file.instruments.forEach((ins, k) => {
    if (instrumentIds.has(ins.id))
      problems.push({
        path: `/instruments/${k}/id`,
        message: `instrument id "${ins.id}" is used twice`,
      });
    instrumentIds.add(ins.id);
    if (!players.has(ins.from))
      problems.push({ path: `/instruments/${k}/from`, message: `unknown player "${ins.from}"` });
    if (!inGame(ins.to))
      problems.push({
        path: `/instruments/${k}/to`,
        message: `"${ins.to}" is not a leader or member`,
      });
    if (ins.min > ins.max)
      problems.push({
        path: `/instruments/${k}/max`,
        message: `max ${ins.max} is below min ${ins.min}`,
      });
  });
  if (file.decisionRule.kind === 'weighted') {
    file.players.forEach((p, i) => {
      if (p.role !== 'outside' && p.weight === undefined) {
        problems.push({
          path: `/players/${i}/weight`,
          message: 'is required by the weighted decision rule',
        });
      }
    });
  }
  if (file.decisionRule.kind === 'quota') {
    const n = file.players.filter((p) => p.role !== 'outside').length;
    if (file.decisionRule.k > n)
      problems.push({ path: '/decisionRule/k', message: `exceeds the ${n} possible signatories` });
  }
  file.privateInfo.forEach((pi, k) => {
    if (!(pi.parameter in file.parameters))
      problems.push({
        path: `/privateInfo/${k}/parameter`,
        message: `unknown parameter "${pi.parameter}"`,
      });
    pi.knownTo.forEach((pid, j) => {
      if (!players.has(pid))
        problems.push({
          path: `/privateInfo/${k}/knownTo/${j}`,
          message: `unknown player "${pid}"`,
        });
    });
  });
  const secret = new Set(file.privateInfo.map((pi) => pi.parameter));
  (file.calendar.events ?? []).forEach((e, i) =>
    (e.effects ?? []).forEach((x, j) => {
      const at = `/calendar/events/${i}/effects/${j}`;
      const p = file.parameters[x.parameter];
      if (!p)
        problems.push({ path: `${at}/parameter`, message: `unknown parameter "${x.parameter}"` });
      else if (typeof p.value !== 'number')
        problems.push({
          path: `${at}/parameter`,
          message: `"${x.parameter}" is a formula; an event sets a number`,
        });
      else if (secret.has(x.parameter))
        problems.push({
          path: `${at}/parameter`,
          message: `"${x.parameter}" is private; an event moves only public parameters`,
        });
      else if (p.range && (x.value < p.range[0] || x.value > p.range[1]))
        problems.push({
          path: `${at}/value`,
          message: `${x.value} is outside the parameter's range ${p.range[0]}…${p.range[1]}`,
        });
    }),
  );
  if (file.history) {
    file.history.text.forEach((c, j) => {
      if (!clauseIds.has(c))
        problems.push({ path: `/history/text/${j}`, message: `unknown clause "${c}"` });
    });
    file.history.signatories.forEach((pid, j) => {
      if (!players.has(pid))
        problems.push({ path: `/history/signatories/${j}`, message: `unknown player "${pid}"` });
    });
    file.history.payments.forEach((pay, j) => {
      if (!instrumentIds.has(pay.instrument)) {
        problems.push({
          path: `/history/payments/${j}/instrument`,
          message: `unknown instrument "${pay.instrument}"`,
        });
      }
    });
  }
  const texts = 2 ** file.clauses.length;
  const voters = file.players.filter((p) => p.role !== 'outside').length;
  const work = texts * (file.decisionRule.kind === 'weighted' ? 2 ** voters : voters);
  if (!file.characteristic && work > MAX_OPTIMUM_WORK)
    problems.push({
      path: file.decisionRule.kind === 'weighted' ? '/decisionRule' : '/clauses',
      message: `the leader's optimum would weigh ${work.toExponential(1)} cases (2^${file.clauses.length} texts × ${file.decisionRule.kind === 'weighted' ? `2^${voters} signatory sets under a weighted rule` : `${voters} players`}); Summit Lab stops at ${MAX_OPTIMUM_WORK.toExponential(1)}: use fewer clauses or players${file.decisionRule.kind === 'weighted' ? ', or a quota rule' : ''}`,
    });
  if (file.calendar.summit < file.calendar.start)
    problems.push({ path: '/calendar/summit', message: 'is before the start date' });
  else if (dayOf(file.calendar.start, file.calendar.summit) > MAX_LOBBYING_DAYS)
    problems.push({
      path: '/calendar/summit',
      message: `is more than ${MAX_LOBBYING_DAYS} days after the start; a game plays one round a day`,
    });
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
