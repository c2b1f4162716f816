/**
 * The checks a scenario file needs beyond its schema: unique ids, every reference to a
 * player, clause, instrument or parameter resolving, rule and calendar bounds, the size of
 * the leader's optimum, and what a dated event may move. Problems carry JSON paths.
 */
import { MAX_OPTIMUM_WORK } from '../shared/limits';
import { pointer } from '../shared/jsonPointer';
import { dayOf, MAX_LOBBYING_DAYS } from './calendar';
import {
  FORMULA_NAMES,
  OBJECT_KEYS,
  RESERVED_FORMULA_NAME,
  RESERVED_OBJECT_KEY,
  type ScenarioFile,
} from './schema';
import type { ScenarioProblem } from './scenario';

/** Check ids, references and ranges that the schema alone cannot. */
export function checkReferences(file: ScenarioFile, problems: ScenarioProblem[]): void {
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
