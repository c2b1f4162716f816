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
  /** Rank within the role; tied means share the average of their places (1, 2.5, 2.5, 4). */
  readonly rank?: number;
  /** Half-width of the 95% confidence interval of the mean. */
  readonly ci95: number;
}

/**
 * The cells to play. "history-2008" is a leader's profile (members in it play rational,
 * agents/registry.ts), so it is played only by the leader: a member's row for it would
 * repeat the rational one.
 */
export function tournamentCells(
  roles: readonly string[],
  strategies: readonly StrategyName[],
  leader: string,
): Cell[] {
  return roles.flatMap((role) =>
    strategies
      .filter((strategy) => strategy !== 'history-2008' || role === leader)
      .map((strategy) => ({ role, strategy })),
  );
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
  for (const [role, list] of Object.entries(byRole)) {
    list.sort((a, b) => b.mean - a.mean || a.strategy.localeCompare(b.strategy));
    const ranked = withTiedRanks(list);
    byRole[role] = ranked;
    for (const c of ranked) ranks.set(c.strategy, [...(ranks.get(c.strategy) ?? []), c.rank ?? 0]);
  }
  const ranking = [...ranks]
    .map(([strategy, r]) => ({ strategy, meanRank: r.reduce((s, x) => s + x, 0) / r.length }))
    .sort((a, b) => a.meanRank - b.meanRank || a.strategy.localeCompare(b.strategy));
  return { cells: [...cells], byRole, ranking };
}

/** Means equal to 1e-12 (relative) are ties: they share the average of their places. */
function withTiedRanks(sorted: readonly CellResult[]): CellResult[] {
  const out: CellResult[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    const m = (sorted[i] as CellResult).mean;
    while (
      j < sorted.length &&
      Math.abs((sorted[j] as CellResult).mean - m) <= 1e-12 * Math.max(1, Math.abs(m))
    )
      j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) out.push({ ...(sorted[k] as CellResult), rank });
    i = j;
  }
  return out;
}
