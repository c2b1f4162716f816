/**
 * `play FILE --role ID [--seed S] [--history] [--agents ...] [--save GAME.json]`: play one
 * role in the terminal against the agents. Each turn shows what the role can see and a
 * numbered menu of moves; type a number. Input that ends early stops the game cleanly
 * (exit 2), saving it first when --save is given.
 */
import { createInterface } from 'node:readline';
import { checkSaveTarget, writeAtomically } from './saveFile';
import { agentFor, DEFAULT_STRATEGY } from '../agents/registry';
import { moveMenu } from '../agents/moveMenu';
import { createSetup } from '../protocols/summitSetup';
import { finalPayoffs } from '../protocols/summitPayoffs';
import { logLine, visibleLog } from '../protocols/views';
import { startSession } from '../simulation/gameSession';
import { saveGame } from '../simulation/savedGame';
import { parseArgs, UsageError } from './args';
import { formatNumber } from './formatTable';
import type { Io } from './io';
import { loadScenarioArg, parseAgents, wholeNumber } from './simulateCommand';

export async function playCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['role', 'seed', 'agents', 'save'], ['history']);
  const [file, ...more] = args.positional;
  if (!file || more.length > 0) throw new UsageError('play takes exactly one scenario file');
  const target = args.flags.get('save');
  if (target === true) throw new UsageError('--save takes a file name');
  if (typeof target === 'string') await checkSaveTarget(target, [file]);
  const model = await loadScenarioArg(file, io);
  if (!model) return 2;
  const { scenario } = model;
  const role = args.flags.get('role');
  const ids = scenario.players.map((p) => p.id);
  if (typeof role !== 'string' || !ids.includes(role))
    throw new UsageError(`--role takes one of ${ids.join(', ')}`);
  const seed = wholeNumber(args.flags.get('seed'), 'seed', 1, 0, 2 ** 31 - 1);
  const history = args.flags.has('history');
  const strategies = parseAgents(args.flags.get('agents'), scenario);
  const setup = createSetup(model, { seed, history });
  const agents = Object.fromEntries(
    setup.players
      .filter((p) => p !== role)
      .map((p) => [p, agentFor(setup, p, strategies[p] ?? DEFAULT_STRATEGY)]),
  );
  const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
  const save = async (events: Parameters<typeof saveGame>[4]) => {
    if (typeof target !== 'string') return;
    const players = Object.fromEntries(
      setup.players.map((p) => [p, p === role ? 'human' : (strategies[p] ?? DEFAULT_STRATEGY)]),
    );
    await writeAtomically(
      target,
      JSON.stringify(
        saveGame(scenario, setup, { history, west: false }, players, events),
        null,
        1,
      ) + '\n',
    );
    io.out(`Saved to ${target}.`);
  };
  io.out(
    `You play ${setup.names[role] ?? role} in "${scenario.file.title}" (seed ${seed}${history ? ', history mode' : ''}).`,
  );
  io.out(
    `Your value of each clause: ${setup.clauseIds.map((c) => `${c} ${formatNumber(setup.value[c]?.[role] ?? 0)}`).join(', ')}; refusing is worth ${formatNumber(setup.disagreement[role] ?? 0)} bn.`,
  );
  // One game on the summit machine's actor: the AI roles move as soon as it is their turn.
  const session = startSession(setup, agents, { humans: new Set([role]) });
  try {
    let shown = 0;
    for (;;) {
      const state = session.state();
      const log = visibleLog(state, role);
      for (const entry of log.slice(shown))
        io.out(`  day ${String(entry.day).padStart(2)}  ${logLine(entry)}`);
      shown = log.length;
      if (!session.waitingFor()) {
        const payoffs = finalPayoffs(setup, state);
        io.out(
          `\nDebrief: ${state.adopted ? 'adopted' : 'not adopted'} — ${state.draft?.join(', ') ?? 'no text'}`,
        );
        io.out(
          `Your payoff: ${formatNumber(payoffs[role] ?? 0)} bn. Everyone: ${Object.entries(payoffs)
            .map(([p, x]) => `${p} ${formatNumber(x)}`)
            .join(', ')}`,
        );
        await save([...session.events]);
        return 0;
      }
      const menu = moveMenu(setup, state, role);
      io.out(`\nDay ${state.day} of ${setup.days}, ${state.phase}. Your moves:`);
      menu.forEach((m, i) => io.out(`  ${i + 1}. ${m.label}${m.detail ? ` (${m.detail})` : ''}`));
      const line = await lines.next();
      if (line.done) {
        io.err('input ended before the game did');
        await save([...session.events]);
        return 2;
      }
      const choice = Number(String(line.value).trim());
      const item = menu[choice - 1];
      if (!Number.isInteger(choice) || !item) {
        io.out(`Type a number from 1 to ${menu.length}.`);
        continue;
      }
      const refused = session.play(item.event ?? { type: 'pass', actor: role });
      if (refused) io.out(`That move is refused: ${refused}.`);
    }
  } finally {
    session.stop();
  }
}
