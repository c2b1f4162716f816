/**
 * A tournament: every strategy in every role, the other roles playing the default agent.
 * Each cell (role, strategy) is a series of games from the same seeds, so cells differ
 * only by the strategy; the result is each cell's mean payoff with a 95% confidence
 * interval (normal approximation), a ranking within each role, and an overall ranking by
 * mean rank. Cells are independent, so they can run on separate cores.
 */
import type { StrategyName } from '../agents/agent';
import type { ScenarioModel } from '../scenario/scenarioModel';
import { finalPayoffs } from '../protocols/summitPayoffs';
import { simulate } from './simulate';

export interface Cell {
  readonly role: string;
  readonly strategy: StrategyName;
}

export interface CellResult extends Cell {
  readonly games: number;
  readonly mean: number;
  /** Half-width of the 95% confidence interval of the mean. */
  readonly ci95: number;
}

export function tournamentCells(
  roles: readonly string[],
  strategies: readonly StrategyName[],
): Cell[] {
  return roles.flatMap((role) => strategies.map((strategy) => ({ role, strategy })));
}

/** Play one cell: `games` games with `role` playing `strategy`. */
export function playCell(
  model: ScenarioModel,
  cell: Cell,
  games: number,
  seed: number,
): CellResult {
  const payoffs: number[] = [];
  simulate(model, {
    games,
    seed,
    agents: { [cell.role]: cell.strategy },
    onGame: (setup, state) => payoffs.push(finalPayoffs(setup, state)[cell.role] ?? 0),
  });
  const mean = payoffs.reduce((s, x) => s + x, 0) / payoffs.length;
  const variance =
    payoffs.length > 1
      ? payoffs.reduce((s, x) => s + (x - mean) ** 2, 0) / (payoffs.length - 1)
      : 0;
  return { ...cell, games, mean, ci95: 1.96 * Math.sqrt(variance / payoffs.length) };
}

export interface TournamentResult {
  readonly cells: CellResult[];
  /** Per role, strategies best first. */
  readonly byRole: Record<string, CellResult[]>;
  /** Strategies by mean rank across roles, best first. */
  readonly ranking: { strategy: StrategyName; meanRank: number }[];
}

export function rankTournament(cells: readonly CellResult[]): TournamentResult {
  const byRole: Record<string, CellResult[]> = {};
  for (const c of cells) (byRole[c.role] ??= []).push(c);
  const ranks = new Map<StrategyName, number[]>();
  for (const list of Object.values(byRole)) {
    list.sort((a, b) => b.mean - a.mean || a.strategy.localeCompare(b.strategy));
    list.forEach((c, i) => ranks.set(c.strategy, [...(ranks.get(c.strategy) ?? []), i + 1]));
  }
  const ranking = [...ranks]
    .map(([strategy, r]) => ({ strategy, meanRank: r.reduce((s, x) => s + x, 0) / r.length }))
    .sort((a, b) => a.meanRank - b.meanRank || a.strategy.localeCompare(b.strategy));
  return { cells: [...cells], byRole, ranking };
}
