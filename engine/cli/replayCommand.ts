/**
 * `replay GAME.json [--as ROLE] [--scenario FILE]`: print a saved game step by step, from
 * one role's view (what it could see) or in full. The scenario is the bundled one with the
 * save's id (models/<id>.json, looked up by id, never as a path) unless --scenario names it.
 */
import { parseSavedGame, replayGame } from '../simulation/savedGame';
import { finalPayoffs } from '../protocols/summitPayoffs';
import { logLine } from '../protocols/views';
import { parseArgs, UsageError } from './args';
import { formatNumber } from './formatTable';
import type { Io } from './io';
import { readJsonOrReport } from './readJson';
import { loadScenarioArg } from './simulateCommand';
import { bundledScenarioIds, bundledScenarioPath } from './bundledModels';
import { printable } from './printable';

export async function replayCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['as', 'scenario'], []);
  const [file, ...more] = args.positional;
  if (!file || more.length > 0) throw new UsageError('replay takes exactly one saved game');
  const read = await readJsonOrReport(file, io);
  if (!read) return 2;
  const saved = parseSavedGame(read.value);
  if (!saved.ok) {
    for (const e of saved.errors) io.err(`${file}: ${e}`);
    return 2;
  }
  const scenarioFile = args.flags.get('scenario');
  const scenarioPath =
    typeof scenarioFile === 'string' ? scenarioFile : bundledScenarioPath(saved.value.scenarioId);
  if (scenarioPath === undefined) {
    io.err(
      `${file}: /scenarioId: "${printable(saved.value.scenarioId)}" is not a bundled scenario (${bundledScenarioIds().join(', ')}); pass --scenario FILE for another model`,
    );
    return 2;
  }
  const model = await loadScenarioArg(scenarioPath, io);
  if (!model) return 2;
  const { scenario } = model;
  const replay = replayGame(model, saved.value);
  if (!replay.ok) {
    for (const e of replay.errors) io.err(`${file}: ${e}`);
    return 2;
  }
  const { setup, states } = replay.value;
  const as = args.flags.get('as');
  const roles = [...setup.players, ...(setup.west ? [setup.west.id] : [])];
  if (as !== undefined && (as === true || !roles.includes(as)))
    throw new UsageError(`--as takes a player id (${roles.join(', ')})`);
  const final = states[states.length - 1];
  if (!final) return 2;
  io.out(
    `${file}: ${scenario.file.title}, seed ${setup.seed}${as ? `, as seen by ${as}` : ', full view (private values revealed)'}`,
  );
  if (!as) {
    for (const m of setup.members) {
      const costs = setup.clauseIds
        .map((c) => `${c} ${formatNumber(setup.value[c]?.[m] ?? 0)}`)
        .join(', ');
      io.out(
        `  ${m}: disagreement ${formatNumber(setup.disagreement[m] ?? 0)}; clause values ${costs}`,
      );
    }
  }
  let step = 0;
  for (const entry of final.log) {
    if (as && entry.visibleTo !== 'all' && !entry.visibleTo.includes(as)) continue;
    io.out(
      `${String(++step).padStart(3)}. day ${String(entry.day).padStart(2)}  ${logLine(entry)}`,
    );
  }
  const payoffs = finalPayoffs(setup, final);
  io.out(
    `\n${final.adopted ? 'Adopted' : 'Not adopted'}: ${final.draft?.join(', ') ?? '(no text)'}`,
  );
  io.out(
    `Payoffs: ${Object.entries(payoffs)
      .filter(([p]) => !as || p === as)
      .map(([p, x]) => `${p} ${formatNumber(x)}`)
      .join(', ')}`,
  );
  return 0;
}
