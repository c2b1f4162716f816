/**
 * All-AI games in a series: game k uses seed + k for its private draws, and the leader's
 * credibility after each game (promises kept or broken) carries into the next, so a
 * series has a reputation. The same arguments always give the same summary.
 */
import { agentFor, DEFAULT_STRATEGY } from '../agents/registry';
import type { StrategyName } from '../agents/agent';
import { createSetup } from '../protocols/summitSetup';
import { finalPayoffs, keptValue } from '../protocols/summitPayoffs';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';
import type { ScenarioModel } from '../scenario/scenarioModel';
import { seriesPlanner } from '../scenario/leaderPlan';
import { playGame, type Driver } from './playGame';

export interface SimulationOptions {
  readonly games: number;
  readonly seed: number;
  /** Strategy per player id; everyone else plays the default (rational). */
  readonly agents?: Readonly<Record<string, StrategyName>>;
  readonly history?: boolean;
  readonly west?: boolean;
  /** What applies the moves; the summit machine unless a benchmark swaps it. */
  readonly driver?: (setup: SummitSetup) => Driver;
  /** Called with each finished game (tests check invariants here). */
  readonly onGame?: (
    setup: SummitSetup,
    state: SummitState,
    events: readonly ReasonedEvent[],
  ) => void;
}

export interface SimulationSummary {
  games: number;
  adopted: number;
  adoptionRate: number;
  /** Adopted texts ("clause+clause" in model order, "none" when nothing was adopted) → count. */
  texts: Record<string, number>;
  /** Mean value delivered to each member (paid now or delivered later), over all games. */
  meanPayments: Record<string, number>;
  meanPayoffs: Record<string, number>;
}

export function simulate(model: ScenarioModel, options: SimulationOptions): SimulationSummary {
  let credibility: number | undefined;
  const texts: Record<string, number> = {};
  const payments: Record<string, number> = {};
  const payoffs: Record<string, number> = {};
  let adopted = 0;
  // One planner for the series: games with the same beliefs and instruments share a plan.
  const planner = seriesPlanner();
  for (let k = 0; k < options.games; k++) {
    const setup = createSetup(model, {
      planner,
      seed: options.seed + k,
      history: options.history ?? false,
      ...(options.west !== undefined ? { west: options.west } : {}),
      ...(credibility !== undefined ? { credibility } : {}),
    });
    const roles = [...setup.players, ...(setup.west ? [setup.west.id] : [])];
    const agents = Object.fromEntries(
      roles.map((r) => [r, agentFor(setup, r, options.agents?.[r] ?? DEFAULT_STRATEGY)]),
    );
    const { state, events } = playGame(
      setup,
      agents,
      options.driver ? { driver: options.driver } : {},
    );
    options.onGame?.(setup, state, events);
    credibility = state.credibility;
    if (state.adopted) adopted++;
    const key = state.adopted
      ? setup.clauseIds.filter((c) => state.draft?.includes(c)).join('+') || '(empty)'
      : 'none';
    texts[key] = (texts[key] ?? 0) + 1;
    for (const m of setup.members) payments[m] = (payments[m] ?? 0) + keptValue(setup, state, m);
    for (const [p, x] of Object.entries(finalPayoffs(setup, state)))
      payoffs[p] = (payoffs[p] ?? 0) + x;
  }
  const mean = (r: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, Number((v / options.games).toFixed(12))]),
    );
  return {
    games: options.games,
    adopted,
    adoptionRate: options.games > 0 ? adopted / options.games : 0,
    texts,
    meanPayments: mean(payments),
    meanPayoffs: mean(payoffs),
  };
}
