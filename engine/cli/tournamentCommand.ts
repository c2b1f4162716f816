/**
 * `tournament FILE --strategies a,b,c --games N [--seed S] [--workers K] [--json]`:
 * every strategy in every role, spread over worker threads (one per core by default).
 * The result does not depend on how cells are spread: each cell has its own seeds.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { STRATEGIES, type StrategyName } from '../agents/agent';
import { isStrategy } from '../agents/registry';
import {
  rankTournament,
  tournamentCells,
  playCell,
  type CellResult,
} from '../simulation/tournament';
import { parseArgs, UsageError } from './args';
import { formatNumber, formatTable } from './formatTable';
import type { Io } from './io';
import { readJsonFile } from './readJson';
import { loadScenarioArg, wholeNumber } from './simulateCommand';

function runInWorkers(
  doc: unknown,
  cells: ReturnType<typeof tournamentCells>,
  games: number,
  seed: number,
  workers: number,
): Promise<CellResult[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<CellResult>(cells.length);
    let next = 0;
    let done = 0;
    const pool = Array.from({ length: Math.min(workers, cells.length) }, () => {
      // The CLI runs through tsx with no build step; workers register tsx themselves.
      const entry = new URL('./tournamentWorker.ts', import.meta.url).href;
      const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
      // Games allocate many short-lived states: a roomier young generation saves GC time.
      const w = new Worker(bootstrap, {
        eval: true,
        workerData: { doc, games, seed },
        resourceLimits: { maxYoungGenerationSizeMb: 64 },
      });
      const feed = () =>
        w.postMessage(next < cells.length ? { index: next, cell: cells[next++] } : null);
      w.on('message', (m: { index: number; result: CellResult }) => {
        results[m.index] = m.result;
        if (++done === cells.length) resolve(results);
        feed();
      });
      w.on('error', reject);
      feed();
      return w;
    });
    if (pool.length === 0) resolve(results);
  });
}

export async function tournamentCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['strategies', 'games', 'seed', 'workers'], ['json']);
  const [file, ...more] = args.positional;
  if (!file || more.length > 0) throw new UsageError('tournament takes exactly one scenario file');
  const model = await loadScenarioArg(file, io);
  if (!model) return 2;
  const { scenario } = model;
  const raw = args.flags.get('strategies');
  const strategies =
    typeof raw === 'string'
      ? raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [...STRATEGIES];
  if (strategies.length === 0)
    throw new UsageError(`--strategies names no strategy (known: ${STRATEGIES.join(', ')})`);
  for (const s of strategies)
    if (!isStrategy(s))
      throw new UsageError(`unknown strategy "${s}" (known: ${STRATEGIES.join(', ')})`);
  const games = wholeNumber(args.flags.get('games'), 'games', 100, 1, 1_000_000);
  const seed = wholeNumber(args.flags.get('seed'), 'seed', 1, 0, 2 ** 31 - 1);
  // One worker by default: games allocate so much that two threads on this project's 2-core
  // machines ran slower than one (measured: 7.2 s against 9.5 s for 42 cells × 300 games).
  // More workers than cores only add memory and contention: at most one per core.
  const cores = availableParallelism();
  const workers = Math.min(cores, wholeNumber(args.flags.get('workers'), 'workers', 1, 1, 256));
  const roles = scenario.players.map((p) => p.id);
  const leader = scenario.players.find((p) => p.role === 'leader')?.id ?? '';
  const cells = tournamentCells(roles, strategies as StrategyName[], leader);
  const read = await readJsonFile(file);
  const results =
    workers > 1 && read.ok
      ? await runInWorkers(read.value, cells, games, seed, workers)
      : cells.map((cell) => playCell(model, cell, games, seed));
  const t = rankTournament(results);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ games, seed, byRole: t.byRole, ranking: t.ranking }));
    return 0;
  }
  io.out(
    `${file}: ${strategies.length} strategies × ${roles.length} roles × ${games} games, seed ${seed}, ${Math.min(workers, cells.length)} worker(s)\n`,
  );
  for (const role of roles) {
    io.out(`${role}:`);
    io.out(
      formatTable(
        ['rank', 'strategy', 'mean payoff', '± 95%'],
        (t.byRole[role] ?? []).map((c, _, all) => [
          rankLabel(c, all),
          c.strategy,
          formatNumber(c.mean),
          formatNumber(c.ci95),
        ]),
      ),
    );
    io.out('');
  }
  io.out('"=" marks strategies whose mean payoffs tie in a role; they share the average place.');
  if (strategies.includes('history-2008'))
    io.out('history-2008 is a leader profile: its overall rank is its rank as the leader.');
  io.out('');
  io.out('Overall (mean rank across roles):');
  io.out(
    formatTable(
      ['rank', 'strategy', 'mean rank'],
      t.ranking.map((r, i) => [String(i + 1), r.strategy, formatNumber(r.meanRank)]),
    ),
  );
  return 0;
}

/** A role's rank: "2" or, when tied with another strategy, "2.5=". */
function rankLabel(c: CellResult, all: readonly CellResult[]): string {
  const tied = all.filter((x) => x.rank === c.rank).length > 1;
  return `${formatNumber(c.rank ?? 0)}${tied ? '=' : ''}`;
}
