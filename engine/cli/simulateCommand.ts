/**
 * `simulate FILE --games N --seed S [--agents ID=strategy,...] [--history] [--west]
 * [--json] [--save GAME.json]`: all-AI games in a series. Same arguments, same output.
 */
import { STRATEGIES, type StrategyName } from '../agents/agent';
import { agentFor, DEFAULT_STRATEGY, isStrategy } from '../agents/registry';
import { createSetup } from '../protocols/summitSetup';
import { playGame } from '../simulation/playGame';
import { saveGame } from '../simulation/savedGame';
import { simulate } from '../simulation/simulate';
import type { CompiledScenario } from '../scenario/scenario';
import { buildScenarioModel, type ScenarioModel } from '../scenario/scenarioModel';
import { parseArgs, UsageError } from './args';
import { formatNumber, formatTable } from './formatTable';
import type { Io } from './io';
import { loadModelFile } from './loadModelFile';
import { checkSaveTarget, writeAtomically } from './saveFile';

export function parseAgents(
  raw: string | true | undefined,
  scenario: CompiledScenario,
): Record<string, StrategyName> {
  if (raw === undefined || raw === true) return {};
  const ids = scenario.file.players.map((p) => p.id);
  const out: Record<string, StrategyName> = {};
  for (const part of raw.split(',').filter(Boolean)) {
    const [id, strategy] = part.split('=').map((s) => s.trim());
    if (!id || !strategy) throw new UsageError(`--agents takes ID=strategy pairs, got "${part}"`);
    if (!ids.includes(id))
      throw new UsageError(`unknown player "${id}" in --agents (players: ${ids.join(', ')})`);
    if (!isStrategy(strategy))
      throw new UsageError(`unknown strategy "${strategy}" (known: ${STRATEGIES.join(', ')})`);
    out[id] = strategy;
  }
  return out;
}

export function wholeNumber(
  raw: string | true | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const x = Number(raw);
  if (raw === true || !Number.isInteger(x) || x < min || x > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return x;
}

export async function loadScenarioArg(
  file: string | undefined,
  io: Io,
): Promise<ScenarioModel | undefined> {
  if (!file) throw new UsageError('needs a scenario file');
  const loaded = await loadModelFile(file);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.err(line);
    return undefined;
  }
  if (loaded.kind !== 'scenario') throw new UsageError(`${file} is a game file, not a scenario`);
  if (loaded.scenario.file.characteristic)
    throw new UsageError(`${file} gives its game directly; there is no negotiation to play`);
  const built = buildScenarioModel(loaded.scenario);
  if (!built.ok) {
    for (const e of built.errors) io.err(`${file}: ${e.path}: ${e.message}`);
    return undefined;
  }
  return built.value;
}

export async function simulateCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['games', 'seed', 'agents', 'save'], ['history', 'west', 'json']);
  if (args.positional.length !== 1)
    throw new UsageError('simulate takes exactly one scenario file');
  const file = args.positional[0] as string;
  const save = args.flags.get('save');
  if (save === true) throw new UsageError('--save takes a file name');
  if (typeof save === 'string') await checkSaveTarget(save, [file]);
  const model = await loadScenarioArg(file, io);
  if (!model) return 2;
  const { scenario } = model;
  const games = wholeNumber(args.flags.get('games'), 'games', 1, 1, 1_000_000);
  const seed = wholeNumber(args.flags.get('seed'), 'seed', 1, 0, 2 ** 31 - 1);
  const agents = parseAgents(args.flags.get('agents'), scenario);
  const history = args.flags.has('history');
  const west = args.flags.has('west');
  const summary = simulate(model, { games, seed, agents, history, ...(west ? { west } : {}) });
  if (typeof save === 'string') {
    const setup = createSetup(model, { seed, history, ...(west ? { west } : {}) });
    const roles = [...setup.players, ...(setup.west ? [setup.west.id] : [])];
    const strategies = Object.fromEntries(roles.map((r) => [r, agents[r] ?? DEFAULT_STRATEGY]));
    const played = playGame(
      setup,
      Object.fromEntries(roles.map((r) => [r, agentFor(setup, r, strategies[r] as StrategyName)])),
    );
    await writeAtomically(
      save,
      JSON.stringify(
        saveGame(scenario, setup, { history, west }, strategies, played.events),
        null,
        1,
      ) + '\n',
    );
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(summary));
    return 0;
  }
  io.out(
    `${args.positional[0]}: ${games} game(s) from seed ${seed}${history ? ', history mode' : ''}${west ? ', the West active' : ''}`,
  );
  io.out(
    `adopted ${summary.adopted} of ${summary.games} (${formatNumber(summary.adoptionRate * 100)}%)`,
  );
  io.out('\ntexts adopted:');
  for (const [text, n] of Object.entries(summary.texts).sort((a, b) => b[1] - a[1]))
    io.out(`  ${n}×  ${text}`);
  io.out(
    '\n' +
      formatTable(
        ['player', 'mean payment', 'mean payoff'],
        Object.keys(summary.meanPayoffs).map((p) => [
          p,
          summary.meanPayments[p] !== undefined ? formatNumber(summary.meanPayments[p]) : '—',
          formatNumber(summary.meanPayoffs[p] as number),
        ]),
      ),
  );
  return 0;
}
